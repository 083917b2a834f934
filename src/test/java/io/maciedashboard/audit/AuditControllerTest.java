package io.maciedashboard.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.security.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuditController.class)
@Import(SecurityConfiguration.class)
class AuditControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditRepository repository;

	@MockitoBean
	MacieJobs macie;

	private static RequestPostProcessor auditor() {
		return oidcLogin().authorities(() -> "ROLE_AUDITOR");
	}

	@Test
	void thePlaceFilterOffersTheConfiguredPlacesAndMatchesOne() throws Exception {
		given(this.macie.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));

		Document page = page("/audit?place=111122223333/eu-west-1");

		assertThat(page.select("#place option")).extracting((option) -> option.val(), (option) -> option.text())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("", "Any place"),
					org.assertj.core.groups.Tuple.tuple("111122223333/us-east-1", "us-east-1 / 111122223333"),
					org.assertj.core.groups.Tuple.tuple("111122223333/eu-west-1",
							"Production (Ireland) (eu-west-1 / 111122223333)"));
		assertThat(page.selectFirst("#place option[selected]").val()).isEqualTo("111122223333/eu-west-1");
		ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
		verify(this.repository).find(query.capture(), eq(AuditController.PAGE_SIZE + 1));
		assertThat(query.getValue().place()).isEqualTo("111122223333/eu-west-1");
	}

	@Test
	void theUrlsFiltersMakeTheQueryAndShowInTheForm() throws Exception {
		Document page = page("/audit?person=otto&action=PAUSE&outcome=REFUSED&job=job1&place=eu-west-1"
				+ "&from=2026-11-01&to=2026-11-30");

		ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
		verify(this.repository).find(query.capture(), eq(AuditController.PAGE_SIZE + 1));
		assertThat(query.getValue()).isEqualTo(new AuditQuery("otto", AuditAction.PAUSE, Outcome.REFUSED, "job1",
				"eu-west-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null));
		assertThat(page.selectFirst("#person").val()).isEqualTo("otto");
		assertThat(page.selectFirst("#action option[selected]").val()).isEqualTo("PAUSE");
		assertThat(page.selectFirst("#outcome option[selected]").val()).isEqualTo("REFUSED");
		assertThat(page.select("#action option")).hasSize(AuditAction.values().length + 1)
			.first()
			.satisfies((any) -> assertThat(any.text()).isEqualTo("Any action"));
		assertThat(page.select("#outcome option").eachText()).contains("Any outcome", Outcome.REFUSED.label());
		assertThat(page.select("main option")).hasSize(page.select("select option").size());
		assertThat(page.selectFirst("#from").val()).isEqualTo("2026-11-01");
		assertThat(page.selectFirst("a[download]").attr("href")).isEqualTo(
				"/audit/export.csv?person=otto&action=PAUSE&outcome=REFUSED&job=job1&place=eu-west-1&from=2026-11-01&to=2026-11-30");
		assertThat(page.selectFirst("main").text()).contains("No attempts match these filters.");
	}

	@Test
	void valuesThatCannotBeReadAreExplainedAndLeftOutNeverA500() throws Exception {
		Document page = page("/audit?action=DROP&from=yesterday&to=2026-13-01&before=x&outcome=%3Cb%3E");

		assertThat(page.selectFirst("#action-error").text()).isEqualTo("Choose an action from the list.");
		assertThat(page.selectFirst("#from-error").text()).isEqualTo("Enter a day as 2026-11-30.");
		assertThat(page.selectFirst("#to-error").text()).isEqualTo("Enter a day as 2026-11-30.");
		assertThat(page.selectFirst("#outcome-error").text()).isEqualTo("Choose an outcome from the list.");
		verify(this.repository).find(eq(AuditQuery.everything()), any(Integer.class));
	}

	@Test
	void aFullPageLinksToTheOlderOneKeepingTheFilters() throws Exception {
		given(this.repository.find(any(), eq(AuditController.PAGE_SIZE + 1))).willReturn(
				LongStream.rangeClosed(1, 51).map((i) -> 200 - i).mapToObj(AuditControllerTest::entry).toList());

		Document page = page("/audit?person=otto");

		assertThat(page.select(".audit-table tbody tr")).hasSize(AuditController.PAGE_SIZE);
		assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/audit?person=otto&before=150");
		assertThat(page.select(".pager a")).hasSize(1);

		Document older = page("/audit?person=otto&before=150");
		assertThat(older.selectFirst(".pager a").attr("href")).isEqualTo("/audit?person=otto");
	}

	@Test
	void theExportStreamsEveryMatchingRowAsCsvThatNoSpreadsheetRunsAsAFormula() throws Exception {
		willAnswer((invocation) -> {
			Consumer<AuditEntry> each = invocation.getArgument(1);
			each.accept(new AuditEntry(2, Instant.parse("2026-11-20T10:00:00Z"), "=cmd|' /C calc'!A0", "+Mallory",
					"m@example.com", List.of("a", "b"), "us-east-1", "111122223333", "job1", "@SUM(1,2)",
					AuditAction.PAUSE, null, Outcome.REFUSED, "-1 \"quoted\"\nnext line", null, "127.0.0.1", "r-2"));
			each.accept(entry(1));
			return null;
		}).given(this.repository).stream(any(), any());

		MvcResult started = this.mvc.perform(get("/audit/export.csv?person=otto&before=99").with(auditor()))
			.andExpect(request().asyncStarted())
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-trail.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
		verify(this.repository).stream(query.capture(), any());
		assertThat(query.getValue().person()).isEqualTo("otto");
		assertThat(query.getValue().before()).as("the export is every page").isNull();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0))
			.isEqualTo(String.join(",", AuditCsv.HEADER.stream().map((name) -> "\"" + name + "\"").toList()));
		assertThat(lines.get(1))
			.startsWith(
					"\"2\",\"2026-11-20T10:00:00Z\",\"'=cmd|' /C calc'!A0\",\"'+Mallory\",\"m@example.com\",\"a b\"")
			.contains("\"'@SUM(1,2)\"", "\"'-1 \"\"quoted\"\"");
		assertThat(csv).contains("next line\"").endsWith("\r\n");
	}

	@Test
	void viewersMayNotReadTheTrail() throws Exception {
		this.mvc.perform(get("/audit").with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/export.csv").with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andExpect(status().isForbidden());
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static AuditEntry entry(long id) {
		return new AuditEntry(id, Instant.parse("2026-11-20T10:00:00Z"), "otto", "Otto Operator", "otto@example.com",
				List.of("macie-operators"), "us-east-1", "111122223333", "job1", "Job", AuditAction.PAUSE, null,
				Outcome.DONE, null, null, "127.0.0.1", "r-" + id);
	}

}
