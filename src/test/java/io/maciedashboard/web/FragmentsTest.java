package io.maciedashboard.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.Schedule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared fragments and expression objects, rendered by a real Thymeleaf engine with
 * the dialect.
 */
class FragmentsTest {

	private final SpringTemplateEngine engine = engine();

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new ViewHelpersDialect());
		return engine;
	}

	private Document render(JobStatus status) {
		Context context = new Context();
		context.setVariables(Map.of("status", status, "instant", Instant.parse("2026-11-21T23:28:14Z"), "bytes",
				1_500_000_000L, "message", "Connection refused.", "type", JobType.SCHEDULED, "schedule",
				new Schedule.Weekly(DayOfWeek.MONDAY), "duration", Duration.ofHours(3)));
		return Jsoup.parse(this.engine.process("test/fragments", context));
	}

	private Document render() {
		return render(JobStatus.USER_PAUSED);
	}

	@Test
	void statusBadgeHasThePlainLabelAndAClassPerStatus() {
		for (JobStatus status : JobStatus.values()) {
			Element badge = render(status).selectFirst("#badge span.badge");
			assertThat(badge.text()).isEqualTo(status.label());
			assertThat(badge.hasClass("badge--" + status.name().toLowerCase())).isTrue();
		}
	}

	@Test
	void timeCarriesTheInstantTheUtcTextAndTheExactTitle() {
		assertThat(render().select("#time time")).hasSize(1);
		Element time = render().selectFirst("#time time");
		assertThat(time.attr("datetime")).isEqualTo("2026-11-21T23:28:14Z");
		assertThat(time.attr("data-local-time")).isEqualTo("absolute");
		assertThat(time.attr("title")).isEqualTo("2026-11-21 23:28:14 UTC");
		assertThat(time.text()).isEqualTo("21 Nov 2026, 23:28 UTC");
		assertThat(render().selectFirst("#ago time").attr("data-local-time")).isEqualTo("relative");
	}

	@Test
	void missingTimeIsADash() {
		Element none = render().selectFirst("#no-time");
		assertThat(none.select("time")).isEmpty();
		assertThat(none.text()).isEqualTo("—");
	}

	@Test
	void sizeIsHumanWithTheExactCountOnHover() {
		Element size = render().selectFirst("#size data");
		assertThat(size.text()).isEqualTo("1.5 GB");
		assertThat(size.attr("value")).isEqualTo("1500000000");
		assertThat(size.attr("title")).isEqualTo("1,500,000,000 bytes");
	}

	@Test
	void errorPanelIsAnAlertWithARetryLink() {
		Element panel = render().selectFirst("#error section.panel--error");
		assertThat(panel.attr("role")).isEqualTo("alert");
		assertThat(panel.selectFirst("h2").text()).isEqualTo("Macie could not be reached");
		assertThat(panel.selectFirst("p").text()).isEqualTo("Connection refused.");
		assertThat(panel.selectFirst("a").attr("href")).isEqualTo("/jobs?status=RUNNING");
	}

	@Test
	void expressionObjectsReachTheHelpers() {
		Document page = render();
		assertThat(page.selectFirst("#schedule").text()).isEqualTo("Weekly on Monday");
		assertThat(page.selectFirst("#duration").text()).isEqualTo("3 hours");
	}

}
