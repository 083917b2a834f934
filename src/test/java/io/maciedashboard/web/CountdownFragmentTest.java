package io.maciedashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.PauseDetails;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownFragmentTest {

	private static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");

	private static String render(PauseExpiry expiry) {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setOrder(1);
		files.setCheckExistence(true);
		StringTemplateResolver page = new StringTemplateResolver();
		page.setOrder(2);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(page);
		return engine.process("<p th:replace=\"~{fragments/countdown :: countdown(${expiry})}\"></p>",
				new Context(null, Map.of("expiry", expiry)));
	}

	@Test
	void carriesTheServerInstantsAndTheExpiredTextForTheScript() {
		Instant expiresAt = NOW.plus(Duration.parse("P2DT3H4M5S"));
		String html = render(PauseExpiry.of(new PauseDetails(NOW, expiresAt, null), JobType.SCHEDULED, NOW));

		assertThat(html).contains("class=\"countdown countdown--warning\"")
			.contains("data-countdown")
			.contains("data-expires-at=\"" + expiresAt.toEpochMilli() + "\"")
			.contains("data-server-now=\"" + NOW.toEpochMilli() + "\"")
			.contains("data-expired-text=\"Expired: Macie cancels this run (scheduled)\"")
			.contains(">2 days 3 hours 4 minutes 5 seconds</span>")
			.contains("role=\"timer\"");
	}

	@Test
	void anExpiredPauseShowsTheExpiredMessageWithoutScript() {
		String html = render(PauseExpiry.of(new PauseDetails(NOW.minus(Duration.ofDays(31)),
				NOW.minus(Duration.ofDays(1)), "arn:aws:health:us-east-1::event/x"), JobType.ONE_TIME, NOW));

		assertThat(html).contains("countdown--expired").contains(">Expired: Macie cancels this job (one-time)</span>");
	}

}
