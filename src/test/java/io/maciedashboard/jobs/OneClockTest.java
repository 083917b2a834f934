package io.maciedashboard.jobs;

import java.time.Duration;
import java.time.Instant;

import io.maciedashboard.emulator.MacieEmulator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One "now" for every page: after the emulator's clock is moved, the job list and the job
 * page count a paused job's expiry down from the same instant (the whole application, in
 * emulator mode).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class OneClockTest {

	private static final String JOB_NAME = "Invoices by size (expires in twenty days)";

	@Autowired
	MockMvc mvc;

	@Autowired
	MacieEmulator emulator;

	@Test
	void theListAndThePageCountDownFromMaciesNowAfterItsClockMoves() throws Exception {
		// a minute more, so that "14 days" does not depend on how long the start took
		this.emulator.clock().advance(Duration.ofDays(5).plusMinutes(1));
		Instant macieNow = this.emulator.clock().instant();

		Element listed = countdown("/jobs?name=" + JOB_NAME.substring(0, 16));
		String jobPage = listed.closest("tr[data-job-id]").selectFirst("td.col-name a").attr("href");
		Element onItsPage = countdown(jobPage);

		assertThat(onItsPage.attr("data-expires-at")).isEqualTo(listed.attr("data-expires-at"));
		assertThat(serverNow(listed)).isBetween(macieNow, macieNow.plusSeconds(60));
		assertThat(serverNow(onItsPage)).isBetween(macieNow, macieNow.plusSeconds(60));
		assertThat(firstWords(listed.text())).isEqualTo(firstWords(onItsPage.text())).isEqualTo("14 days");
	}

	private Element countdown(String url) throws Exception {
		String html = this.mvc.perform(get(url).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).selectFirst(".countdown[data-countdown]");
	}

	private static Instant serverNow(Element countdown) {
		return Instant.ofEpochMilli(Long.parseLong(countdown.attr("data-server-now")));
	}

	private static String firstWords(String text) {
		String[] words = text.split(" ");
		return words[0] + " " + words[1];
	}

}
