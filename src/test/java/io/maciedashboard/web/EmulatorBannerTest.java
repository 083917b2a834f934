package io.maciedashboard.web;

import java.net.URI;
import java.time.Clock;

import io.maciedashboard.macie.EmbeddedMacie;
import io.maciedashboard.security.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The layout's banner: on every page while the embedded emulator serves the data, on none
 * against Amazon Macie.
 */
@WebMvcTest(EmulatorBannerTest.PageProbe.class)
@Import({ SecurityConfiguration.class, EmulatorBannerTest.PageProbe.class, EmulatorBannerTest.EmulatorMode.class })
class EmulatorBannerTest {

	@Autowired
	MockMvc mvc;

	/**
	 * Any page of the dashboard: they all share the layout. Imported, not scanned: a test
	 * class's nested classes are left out of component scans.
	 */
	@Controller
	static class PageProbe {

		@GetMapping("/probe")
		String page() {
			return "security/signed-out";
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmulatorMode {

		@Bean
		EmbeddedMacie embeddedMacie() {
			return new EmbeddedMacie(URI.create("http://127.0.0.1:18083"), "us-east-1", "111122223333",
					Clock.systemUTC());
		}

	}

	static Document page(MockMvc mvc) throws Exception {
		return Jsoup.parse(mvc.perform(get("/probe").with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void inEmulatorModeThePageSaysItsDataIsMadeUpAndWhereItComesFrom() throws Exception {
		Element banner = page(this.mvc).selectFirst("body > .emulator-banner");
		assertThat(banner).isNotNull();
		assertThat(banner.attr("role")).isEqualTo("note");
		assertThat(banner.hasAttr("style")).isFalse();
		assertThat(banner.text()).startsWith("Demo data, not Amazon Macie.")
			.contains("embedded Macie emulator at http://127.0.0.1:18083");
	}

	@Nested
	@NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
	@WebMvcTest(PageProbe.class)
	@Import({ SecurityConfiguration.class, PageProbe.class })
	class AgainstAmazonMacie {

		@Autowired
		MockMvc mvc;

		@Test
		void thereIsNoBanner() throws Exception {
			Document page = page(this.mvc);
			assertThat(page.select("h1").text()).isNotEmpty();
			assertThat(page.select(".emulator-banner")).isEmpty();
			assertThat(page.text()).doesNotContain("emulator");
		}

	}

}
