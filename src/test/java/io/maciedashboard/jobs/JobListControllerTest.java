package io.maciedashboard.jobs;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.history.Observation;
import io.maciedashboard.history.ObservationRepository;
import io.maciedashboard.history.RunHistories;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.PauseDetails;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.security.SecurityConfiguration;
import io.maciedashboard.watch.DirectWatcher.DirectWatchConfiguration;
import io.maciedashboard.web.BidiIsolation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(JobListController.class)
@Import({ SecurityConfiguration.class, DirectWatchConfiguration.class, JobRows.class, MergedJobList.class,
		MacieThreads.class, WatchedLists.class, TriageScan.class, RunHistories.class, FindingsColumn.class,
		JobListControllerTest.FixedClock.class })
@EnableConfigurationProperties(JobListProperties.class)
// every render scans for the triage strip afresh (no answer of another test is kept)
@TestPropertySource(properties = { "dashboard.jobs.refresh-interval=20s", "dashboard.jobs.triage-scan-ttl=0s" })
class JobListControllerTest {

	private static final Instant CREATED = Instant.parse("2026-11-01T09:30:00Z");

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private MacieJobs macieJobs;

	@MockitoBean
	private ObservationRepository observations;

	@MockitoBean
	private MacieFindings macieFindings;

	@BeforeEach
	void onePageOfOneCompleteJob() {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME));
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-1", JobStatus.COMPLETE)), null));
		given(this.macieJobs.describeJob(any(), anyString()))
			.willAnswer((call) -> job(call.getArgument(1), JobStatus.COMPLETE, null));
	}

	@Test
	void onlyOperatorsAreOfferedANewJob() throws Exception {
		assertThat(page(get("/jobs")).select("a[href=/jobs/new]")).isEmpty();
		MvcResult operatorPage = this.mvc
			.perform(get("/jobs").with(oidcLogin().authorities(() -> "ROLE_VIEWER", () -> "ROLE_OPERATOR")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(operatorPage.getResponse().getContentAsString()).select("a[href=/jobs/new]"))
			.extracting(Element::text)
			.containsExactly("New job");
	}

	// --- progress of running jobs

	@Test
	void aRunningJobShowsItsObjectsLeftAndTheTimeLeftFromTheStoredReadingsWithoutMoreMacieCalls() throws Exception {
		Instant runStart = Instant.parse("2026-11-02T00:00:00Z");
		Job running = job("j-1", JobStatus.RUNNING, null);
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-1", JobStatus.RUNNING)), null));
		given(this.macieJobs.describeJob(any(), anyString())).willReturn(new Job("j-1", running.jobArn(),
				running.definition(), JobStatus.RUNNING, CREATED, runStart, false, 1, 9_000L, null));
		// 3,000 processed in the 10 minutes before NOW: 300 a minute, 30 minutes for
		// 9,000
		given(this.observations.recent(eq(TestPlaces.HOME), eq("j-1"), anyInt())).willReturn(
				List.of(new Observation(NOW.minusSeconds(600), JobStatus.RUNNING, 1, 12_000L, runStart, false)));

		Element status = page(get("/jobs")).selectFirst("tr[data-job-id=j-1] td.col-status");

		assertThat(status.select(".cell-sub")).extracting(Element::text)
			.containsExactly("9,000 objects left", "about 30 minutes left");
		verify(this.macieJobs).describeJob(TestPlaces.HOME, "j-1");
	}

	@Test
	void withoutReadingsOrWithoutTheDatabaseARunningJobShowsItsObjectsLeftAlone() throws Exception {
		Job running = job("j-1", JobStatus.RUNNING, null);
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-1", JobStatus.RUNNING)), null));
		given(this.macieJobs.describeJob(any(), anyString())).willReturn(new Job("j-1", running.jobArn(),
				running.definition(), JobStatus.RUNNING, CREATED, running.lastRunTime(), false, 1, 9_000L, null));

		assertThat(page(get("/jobs")).select("tr[data-job-id=j-1] td.col-status .cell-sub")).extracting(Element::text)
			.containsExactly("9,000 objects left");

		given(this.observations.recent(any(), any(), anyInt()))
			.willThrow(new DataAccessResourceFailureException("down"));
		assertThat(page(get("/jobs")).select("tr[data-job-id=j-1] td.col-status .cell-sub")).extracting(Element::text)
			.containsExactly("9,000 objects left");
	}

	// --- translation of the query string into the query for Macie

	@Test
	void rootRedirectsToTheJobList() throws Exception {
		this.mvc.perform(get("/").with(viewer()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/jobs"));
	}

	@Test
	void noParametersAskForTheFirstPageNewestFirst() throws Exception {
		assertThat(queryFor(get("/jobs"))).isEqualTo(JobListQuery.firstPage());
	}

	@Test
	void everyFilterIsPushedDown() throws Exception {
		JobListQuery query = queryFor(get("/jobs").queryParam("status", "RUNNING", "user_paused", "IDLE")
			.queryParam("type", "SCHEDULED")
			.queryParam("name", "  payroll ")
			.queryParam("createdAfter", "2026-10-01")
			.queryParam("createdBefore", "2026-11-15")
			.queryParam("size", "50"));
		assertThat(query.statuses()).containsExactlyInAnyOrder(JobStatus.RUNNING, JobStatus.USER_PAUSED,
				JobStatus.IDLE);
		assertThat(query.type()).isEqualTo(JobType.SCHEDULED);
		assertThat(query.nameContains()).isEqualTo("payroll");
		assertThat(query.createdAfter()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
		assertThat(query.createdBefore()).isEqualTo(Instant.parse("2026-11-15T00:00:00Z"));
		assertThat(query.pageSize()).isEqualTo(50);
		assertThat(query.nextToken()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "created,asc,CREATED_AT,true", "created,desc,CREATED_AT,false", "name,asc,NAME,true",
			"name,desc,NAME,false", "status,asc,STATUS,true", "status,desc,STATUS,false", "type,asc,TYPE,true",
			"type,desc,TYPE,false" })
	void everySortFieldAndOrderIsPushedDown(String sort, String dir, SortField field, boolean ascending)
			throws Exception {
		JobListQuery query = queryFor(get("/jobs").queryParam("sort", sort).queryParam("dir", dir));
		assertThat(query.sortBy()).isEqualTo(field);
		assertThat(query.ascending()).isEqualTo(ascending);
	}

	@ParameterizedTest
	@CsvSource({ "created,false", "name,true", "status,true", "type,true" })
	void sortWithoutOrderUsesTheFieldsNaturalOrder(String sort, boolean ascending) throws Exception {
		assertThat(queryFor(get("/jobs").queryParam("sort", sort)).ascending()).isEqualTo(ascending);
	}

	@Test
	void pageTokenIsPassedToMacieUntouched() throws Exception {
		String token = "eyJvZmZzZXQiOjI1fQ==/+x";
		assertThat(queryFor(get("/jobs").queryParam("token", cursor(token))).nextToken()).isEqualTo(token);
	}

	@Test
	void aDamagedCursorIsReportedAndTheFirstPageShown() throws Exception {
		Document page = page(get("/jobs").queryParam("token", "T2"));
		assertThat(capturedQuery().nextToken()).isNull();
		assertThat(page.text()).contains("The link to this page is damaged: showing the first page.");
	}

	// --- invalid values: a message next to the filter, a sane default, never a 500

	@Test
	void unknownStatusIsReportedAndIgnored() throws Exception {
		Document page = page(get("/jobs").queryParam("status", "SLEEPING"));
		assertThat(capturedQuery().statuses()).isEmpty();
		assertThat(page.selectFirst("#status-error").text())
			.isEqualTo("Unknown status “SLEEPING”: showing every status.");
	}

	@Test
	void unknownStatusBesideKnownOnesKeepsTheKnownOnes() throws Exception {
		Document page = page(get("/jobs").queryParam("status", "RUNNING", "bogus"));
		assertThat(capturedQuery().statuses()).containsExactly(JobStatus.RUNNING);
		assertThat(page.selectFirst("#status-error").text())
			.isEqualTo("Unknown status “bogus”: showing the other statuses.");
		assertThat(page.selectFirst("#status-RUNNING").hasAttr("checked")).isTrue();
	}

	@Test
	void unknownTypeIsReportedAndBothTypesShown() throws Exception {
		Document page = page(get("/jobs").queryParam("type", "WEEKLY"));
		assertThat(capturedQuery().type()).isNull();
		assertThat(page.selectFirst("#type-error").text()).contains("Unknown type “WEEKLY”");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-01", "yesterday", "01/11/2026", "2026-11-01T00:00:00Z" })
	void malformedDateIsReportedAndTheFilterDropped(String value) throws Exception {
		Document page = page(get("/jobs").queryParam("createdAfter", value).queryParam("createdBefore", value));
		assertThat(capturedQuery().createdAfter()).isNull();
		assertThat(capturedQuery().createdBefore()).isNull();
		assertThat(page.selectFirst("#createdAfter-error").text())
			.isEqualTo("“" + value + "” is not a date (YYYY-MM-DD): this filter is ignored.");
		assertThat(page.selectFirst("#createdBefore-error")).isNotNull();
		assertThat(page.selectFirst("#createdAfter").parent().hasClass("field--invalid")).isTrue();
	}

	@Test
	void beforeThatIsNotAfterAfterIsReported() throws Exception {
		Document page = page(
				get("/jobs").queryParam("createdAfter", "2026-11-10").queryParam("createdBefore", "2026-11-10"));
		assertThat(capturedQuery().createdAfter()).isEqualTo(Instant.parse("2026-11-10T00:00:00Z"));
		assertThat(capturedQuery().createdBefore()).isNull();
		assertThat(page.selectFirst("#createdBefore-error").text()).startsWith("Must be a later day");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "10000", "-5", "abc", "2.5", "201" })
	void pageSizeOutOfRangeFallsBackToTheDefault(String size) throws Exception {
		Document page = page(get("/jobs").queryParam("size", size));
		assertThat(capturedQuery().pageSize()).isEqualTo(JobListQuery.DEFAULT_PAGE_SIZE);
		assertThat(page.selectFirst("#size-error").text())
			.isEqualTo("Page size must be a whole number from 1 to 200: showing 25 per page.");
		assertThat(page.selectFirst("#size option[selected]").val()).isEqualTo("25");
	}

	@Test
	void pageSizeOutsideTheChoicesButValidIsKeptAndOffered() throws Exception {
		Document page = page(get("/jobs").queryParam("size", "30"));
		assertThat(capturedQuery().pageSize()).isEqualTo(30);
		assertThat(page.selectFirst("#size option[selected]").val()).isEqualTo("30");
		assertThat(page.selectFirst("#size-error")).isNull();
	}

	@Test
	void unknownSortAndOrderFallBackToNewestFirst() throws Exception {
		Document page = page(get("/jobs").queryParam("sort", "size").queryParam("dir", "sideways"));
		assertThat(capturedQuery().sortBy()).isEqualTo(SortField.CREATED_AT);
		assertThat(capturedQuery().ascending()).isFalse();
		assertThat(page.selectFirst("#sort-error").text()).contains("Unknown sort “size”");
		assertThat(page.selectFirst("#dir-error").text()).contains("Unknown order “sideways”");
	}

	@Test
	void overlongNameIsReportedAndTheTypedTextKept() throws Exception {
		String name = "x".repeat(501);
		Document page = page(get("/jobs").queryParam("name", name));
		assertThat(capturedQuery().nameContains()).isNull();
		assertThat(page.selectFirst("#name-error")).isNotNull();
		assertThat(page.selectFirst("input#name").val()).isEqualTo(name);
	}

	@Test
	void typedValuesStayInTheFormEvenWhenInvalid() throws Exception {
		Document page = page(get("/jobs").queryParam("name", "pay<roll>").queryParam("createdBefore", "2026-02-30"));
		assertThat(page.selectFirst("input#name").val()).isEqualTo("pay<roll>");
		assertThat(page.selectFirst("#createdBefore-error")).isNotNull();
	}

	@Test
	void damagedPageHistoryIsReportedAndPreviousGoesToTheFirstPage() throws Exception {
		Document page = page(get("/jobs").queryParam("token", cursor("T2")).queryParam("prev", "!!!"));
		assertThat(capturedQuery().nextToken()).isEqualTo("T2");
		assertThat(page.text()).contains("The page history in this link is damaged");
		assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/jobs");
	}

	// --- paging

	@Test
	void nextLinkCarriesTheTokenAndPreviousWalksBackThroughTheHistory() throws Exception {
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-1", JobStatus.COMPLETE)), "next+token/3=="));
		Document first = page(get("/jobs").queryParam("status", "COMPLETE").queryParam("sort", "name"));
		String next = first.selectFirst("a[rel=next]").attr("href");
		String nextCursor = URLEncoder.encode(cursor("next+token/3=="), StandardCharsets.UTF_8);
		assertThat(next).isEqualTo("/jobs?status=COMPLETE&sort=name&dir=asc&token=" + nextCursor);
		assertThat(first.selectFirst("a[rel=prev]")).isNull();

		Document second = page(get(URI.create(next)));
		assertThat(capturedQuery().nextToken()).isEqualTo("next+token/3==");
		assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/jobs?status=COMPLETE&sort=name&dir=asc");
		String third = second.selectFirst("a[rel=next]").attr("href");
		assertThat(third).startsWith("/jobs?status=COMPLETE&sort=name&dir=asc&token=" + nextCursor + "&prev=");

		Document page3 = page(get(URI.create(third)));
		assertThat(page3.selectFirst("caption").text()).isEqualTo("Jobs, page 3");
		assertThat(page3.selectFirst("a[rel=prev]").attr("href"))
			.isEqualTo("/jobs?status=COMPLETE&sort=name&dir=asc&token=" + nextCursor);
	}

	@Test
	void sortHeadersFlipTheCurrentOrderAndStartFromTheFirstPage() throws Exception {
		Document page = page(get("/jobs").queryParam("sort", "name").queryParam("dir", "asc").queryParam("token", "T"));
		Element name = page.selectFirst("th.col-name");
		assertThat(name.attr("aria-sort")).isEqualTo("ascending");
		assertThat(name.selectFirst("a").attr("href")).isEqualTo("/jobs?sort=name&dir=desc");
		assertThat(page.selectFirst("th.col-created").hasAttr("aria-sort")).isFalse();
		assertThat(page.selectFirst("th.col-created a").attr("href")).isEqualTo("/jobs");
		assertThat(page.selectFirst("th.col-status a").attr("href")).isEqualTo("/jobs?sort=status&dir=asc");
	}

	// --- htmx: fragment vs full page

	@Test
	void htmxFilterRequestGetsTheFinderFragmentAndTheCanonicalUrlPushed() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/jobs").with(viewer())
				.queryParam("status", "RUNNING")
				.queryParam("type", "")
				.queryParam("name", "")
				.queryParam("size", "25")
				.header("HX-Request", "true")
				.header("HX-Target", "job-finder"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/jobs?status=RUNNING"))
			.andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(body).doesNotContain("<html").doesNotContain("<header");
		Document fragment = Jsoup.parseBodyFragment(body);
		assertThat(fragment.selectFirst("#job-finder form#job-filters")).isNotNull();
		assertThat(fragment.selectFirst("#job-finder #job-results table")).isNotNull();
	}

	@Test
	void liveRefreshGetsOnlyTheResultsAndPushesNothing() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/jobs").with(viewer()).header("HX-Request", "true").header("HX-Target", "job-results"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Push-Url"))
			.andReturn();
		Document fragment = Jsoup.parseBodyFragment(result.getResponse().getContentAsString());
		assertThat(fragment.selectFirst("form")).isNull();
		assertThat(fragment.body().child(0).id()).isEqualTo("job-results");
	}

	@Test
	void htmxHistoryRestoreGetsTheFullPage() throws Exception {
		String body = this.mvc.perform(
				get("/jobs").with(viewer()).header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("<html").contains("<h1>Classification jobs</h1>");
	}

	@Test
	void plainRequestGetsTheFullPageInTheLayout() throws Exception {
		Document page = page(get("/jobs"));
		assertThat(page.title()).isEqualTo("Jobs · Macie Jobs");
		assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#content");
		assertThat(page.selectFirst("header.site-header a.brand").attr("href")).isEqualTo("/jobs");
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/css/app.css");
		assertThat(page.selectFirst("script[type=module]").attr("src")).isEqualTo("/js/app.js");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		Element form = page.selectFirst("form#job-filters");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/jobs");
	}

	// --- what the rows show

	@Test
	void rowsShowNameLinkBadgeScheduleTimesErrorsAndScope() throws Exception {
		JobSummary weekly = new JobSummary("j-w", "Weekly <PII> scan", JobStatus.IDLE, JobType.SCHEDULED, CREATED, true,
				new BucketScope.SpecificBuckets(List.of(new BucketScope.AccountBuckets("111", List.of("a", "b")),
						new BucketScope.AccountBuckets("222", List.of("c")))),
				null);
		JobSummary criteria = new JobSummary("j-c", "By criteria", JobStatus.COMPLETE, JobType.ONE_TIME, CREATED, false,
				new BucketScope.BucketCriteria(List.of(), List.of()), null);
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(List.of(weekly, criteria), null));
		given(this.macieJobs.describeJob(TestPlaces.HOME, "j-w"))
			.willReturn(job("j-w", JobStatus.IDLE, new Schedule.Weekly(DayOfWeek.MONDAY)));
		given(this.macieJobs.describeJob(TestPlaces.HOME, "j-c")).willReturn(job("j-c", JobStatus.COMPLETE, null));

		Document page = page(get("/jobs"));
		Element row = page.selectFirst("tr[data-job-id=j-w]");
		assertThat(row.selectFirst("a").attr("href")).isEqualTo("/jobs/111122223333/us-east-1/j-w");
		assertThat(row.selectFirst("a").text()).isEqualTo("Weekly <PII> scan");
		assertThat(row.selectFirst(".badge").text()).isEqualTo("Idle, waiting for next run");
		assertThat(row.selectFirst(".badge").hasClass("badge--idle")).isTrue();
		assertThat(row.select("td").get(2).text()).isEqualTo("Weekly on Monday");
		assertThat(row.select("time")).hasSize(2);
		assertThat(row.select("time").get(0).attr("datetime")).isEqualTo("2026-11-01T09:30:00Z");
		assertThat(row.select("time").get(1).attr("datetime")).isEqualTo("2026-11-02T00:00:00Z");
		assertThat(row.select("time").get(1).attr("data-local-time")).isEqualTo("absolute");
		assertThat(row.selectFirst(".marker--error")).isNotNull();
		assertThat(row.select("td").get(5).attr("title")).isEqualTo("3 buckets in 2 accounts");
		assertThat(row.select("td").get(5).text()).endsWith(" +2 more");

		Element other = page.selectFirst("tr[data-job-id=j-c]");
		assertThat(other.select("td").get(2).text()).isEqualTo("One-time");
		assertThat(other.select("td").get(5).text()).isEqualTo("Bucket criteria");
		assertThat(other.selectFirst(".marker--error")).isNull();
	}

	@Test
	void jobNamesAndMaciesMessagesAreIsolatedSoThatTheyCannotReorderThePage() throws Exception {
		JobSummary spoofed = new JobSummary("j-s", BidiIsolation.SPOOFED_NAME, JobStatus.IDLE, JobType.ONE_TIME,
				CREATED, false, null, null);
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(List.of(spoofed), null));

		Document page = page(get("/jobs"));

		assertThat(BidiIsolation.assertIsolated(page)).isEqualTo(1);
		assertThat(page.selectFirst("tr[data-job-id=j-s] a bdi").text()).isEqualTo(BidiIsolation.SPOOFED_NAME);

		given(this.macieJobs.listJobs(any(), any())).willThrow(new MacieException(MacieException.Kind.UNAVAILABLE,
				"Macie said " + BidiIsolation.OVERRIDE + "on.", null));
		assertThat(BidiIsolation.assertIsolated(page(get("/jobs")))).isEqualTo(1);
	}

	@Test
	void aJobThatCannotBeDescribedStillGetsItsRow() throws Exception {
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-undescribed", JobStatus.IDLE)), null));
		given(this.macieJobs.describeJob(TestPlaces.HOME, "j-undescribed"))
			.willThrow(new MacieException(MacieException.Kind.THROTTLED, "Too many requests.", null));
		Document page = page(get("/jobs"));
		Element row = page.selectFirst("tr[data-job-id=j-undescribed]");
		assertThat(row.select("td").get(2).text()).isEqualTo("Scheduled");
		assertThat(row.select("td").get(4).text()).isEqualTo("—");
		assertThat(page.text()).contains("The last run and schedule of some jobs could not be loaded");
	}

	@Test
	void aRowWhoseDetailsAreLateSaysItIsLoadingAndTheListRefreshesToFillItIn() throws Exception {
		CountDownLatch macieAnswers = new CountDownLatch(1);
		given(this.macieJobs.listJobs(any(), any())).willReturn(
				new JobPage(List.of(summary("j-quick", JobStatus.COMPLETE), summary("j-slow", JobStatus.IDLE)), null));
		given(this.macieJobs.describeJob(TestPlaces.HOME, "j-slow")).willAnswer((call) -> {
			macieAnswers.await(10, TimeUnit.SECONDS);
			return job("j-slow", JobStatus.IDLE, null);
		});
		try {
			Document page = page(get("/jobs"));

			Element slow = page.selectFirst("tr[data-job-id=j-slow]");
			assertThat(slow.attr("data-details-late")).isEqualTo("true");
			assertThat(slow.selectFirst(".col-last-run").text()).isEqualTo("Loading…");
			assertThat(page.selectFirst("tr[data-job-id=j-quick]").hasAttr("data-details-late")).isFalse();
			assertThat(page.selectFirst("#job-results").attr("data-refresh-every")).isEqualTo("20");
			assertThat(page.selectFirst("#job-results .updated").text()).contains("while details are loading");
			assertThat(page.text()).contains("still loading")
				.doesNotContain("The last run and schedule of some jobs could not be loaded");
		}
		finally {
			macieAnswers.countDown();
		}
	}

	// --- live refresh

	@ParameterizedTest
	@ValueSource(strings = { "RUNNING", "PAUSED", "USER_PAUSED" })
	void aRunningOrPausedJobMakesThePageRefreshAtTheConfiguredInterval(JobStatus live) throws Exception {
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("done", JobStatus.COMPLETE), summary("live", live)), null));
		Document page = page(get("/jobs").queryParam("status", "RUNNING"));
		Element results = page.selectFirst("#job-results");
		assertThat(results.attr("data-refresh-every")).isEqualTo("20");
		assertThat(results.attr("hx-get")).isEqualTo("/jobs?status=RUNNING");
		assertThat(results.attr("hx-trigger")).isEqualTo("refresh");
		assertThat(results.selectFirst(".updated time[data-local-time=clock]")).isNotNull();
		assertThat(results.selectFirst(".updated").text()).contains("refreshing every 20 s");
	}

	@ParameterizedTest
	@ValueSource(strings = { "IDLE", "COMPLETE", "CANCELLED" })
	void otherwiseThePageDoesNotRefresh(JobStatus status) throws Exception {
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(List.of(summary("j", status)), null));
		Element results = page(get("/jobs")).selectFirst("#job-results");
		assertThat(results.hasAttr("data-refresh-every")).isFalse();
		assertThat(results.selectFirst(".updated").text()).startsWith("Last updated").doesNotContain("refreshing");
	}

	// --- empty, not enabled, errors

	@Test
	void emptyAccountSaysThereAreNoJobsYet() throws Exception {
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(List.of(), null));
		Document page = page(get("/jobs"));
		assertThat(page.selectFirst(".panel--empty h2").text()).isEqualTo("No classification jobs yet");
		assertThat(page.selectFirst("table")).isNull();
	}

	@Test
	void emptyFilteredListSaysNothingMatches() throws Exception {
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(List.of(), null));
		Document page = page(get("/jobs").queryParam("name", "nothing"));
		assertThat(page.selectFirst(".panel--empty h2").text()).isEqualTo("No jobs match these filters");
	}

	@Test
	void macieNotEnabledIsAStateNotAnError() throws Exception {
		given(this.macieJobs.listJobs(any(), any())).willThrow(new MacieException(MacieException.Kind.NOT_ENABLED,
				"Macie is not enabled for this account in eu-west-1.", null));
		Document page = page(get("/jobs"));
		assertThat(page.selectFirst("#job-results h2.panel__heading").text())
			.isEqualTo("Macie is not enabled in this region");
		assertThat(page.text()).contains("Macie is not enabled for this account in eu-west-1.");
		assertThat(page.selectFirst(".panel--error")).isNull();
		assertThat(page.selectFirst("form#job-filters")).isNotNull();
		verify(this.macieJobs, never()).describeJob(any(), anyString());
	}

	@Test
	void otherMacieFailuresShowAnErrorPanelWithRetryAndNoStackTrace() throws Exception {
		given(this.macieJobs.listJobs(any(), any())).willThrow(new MacieException(MacieException.Kind.UNAVAILABLE,
				"Macie could not be reached: connection refused.", new IllegalStateException("socket detail")));
		Document page = page(get("/jobs").queryParam("status", "RUNNING"));
		Element panel = page.selectFirst(".panel--error");
		assertThat(panel.attr("role")).isEqualTo("alert");
		assertThat(panel.selectFirst("h2").text()).isEqualTo("The jobs could not be loaded");
		assertThat(panel.text()).contains("Macie could not be reached: connection refused.");
		assertThat(panel.selectFirst("a").attr("href")).isEqualTo("/jobs?status=RUNNING");
		assertThat(page.html()).doesNotContain("socket detail").doesNotContain("at io.maciedashboard");
	}

	@Test
	void staleTokenLeadsBackToTheFirstPageWithTheSameFilters() throws Exception {
		given(this.macieJobs.listJobs(any(), any()))
			.willThrow(new MacieException(MacieException.Kind.VALIDATION, "The nextToken is not valid.", null));
		Document page = page(get("/jobs").queryParam("type", "ONE_TIME").queryParam("token", cursor("old")));
		Element panel = page.selectFirst(".panel--error");
		assertThat(panel.selectFirst("h2").text()).isEqualTo("This page of the list is no longer available");
		assertThat(panel.selectFirst("a").attr("href")).isEqualTo("/jobs?type=ONE_TIME");
	}

	// --- places

	@Test
	void withOnePlaceThereIsNoPlaceColumnOrFilter() throws Exception {
		Document page = page(get("/jobs"));
		assertThat(page.select("th").eachText()).doesNotContain("Place");
		assertThat(page.select("input[name=place]")).isEmpty();
	}

	@Test
	void severalPlacesAreMergedInTheChosenOrderWithAPlaceColumn() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		given(this.macieJobs.listJobs(eq(TestPlaces.HOME), any()))
			.willReturn(new JobPage(List.of(summary("h-2", CREATED.plusSeconds(20)), summary("h-1", CREATED)), null));
		given(this.macieJobs.listJobs(eq(TestPlaces.IRELAND), any()))
			.willReturn(new JobPage(List.of(summary("i-1", CREATED.plusSeconds(10))), null));

		Document page = page(get("/jobs"));

		assertThat(page.select("tbody tr").eachAttr("data-job-id")).containsExactly("h-2", "i-1", "h-1");
		assertThat(page.select("tbody tr").eachAttr("data-place")).containsExactly("111122223333/us-east-1",
				"111122223333/eu-west-1", "111122223333/us-east-1");
		assertThat(page.select("th").eachText()).contains("Place");
		assertThat(page.selectFirst("tr[data-job-id=i-1] td.col-place").text())
			.isEqualTo("Production (Ireland) eu-west-1 / 111122223333");
		assertThat(page.selectFirst("tr[data-job-id=i-1] td.col-name a").attr("href"))
			.isEqualTo("/jobs/111122223333/eu-west-1/i-1");
		assertThat(page.select("input[name=place]").eachAttr("value")).containsExactly("111122223333/us-east-1",
				"111122223333/eu-west-1");
		assertThat(page.selectFirst("a[rel=next]")).isNull();
	}

	@Test
	void theFindingsColumnCostsOneCallPerPlaceOnThePageAndLinksEachJobsFindings() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		given(this.macieJobs.listJobs(eq(TestPlaces.HOME), any()))
			.willReturn(new JobPage(List.of(summary("h-2", CREATED.plusSeconds(20)), summary("h-1", CREATED)), null));
		given(this.macieJobs.listJobs(eq(TestPlaces.IRELAND), any()))
			.willReturn(new JobPage(List.of(summary("i-1", CREATED.plusSeconds(10))), null));
		given(this.macieFindings.countsByJob(eq(TestPlaces.HOME), any())).willReturn(java.util.Map.of("h-2", 1204L));
		given(this.macieFindings.countsByJob(eq(TestPlaces.IRELAND), any()))
			.willThrow(new MacieException(MacieException.Kind.THROTTLED, "Macie is busy", null));

		Document page = page(get("/jobs"));

		verify(this.macieFindings).keptCountsByJob(TestPlaces.HOME, List.of("h-2", "h-1"));
		verify(this.macieFindings).keptCountsByJob(TestPlaces.IRELAND, List.of("i-1"));
		verify(this.macieFindings).countsByJob(TestPlaces.HOME, List.of("h-2", "h-1"));
		verify(this.macieFindings).countsByJob(TestPlaces.IRELAND, List.of("i-1"));
		org.mockito.Mockito.verifyNoMoreInteractions(this.macieFindings);
		assertThat(page.select("th").eachText()).contains("Findings");
		assertThat(page.selectFirst("tr[data-job-id=h-2] td.col-findings a").attr("href"))
			.isEqualTo("/jobs/111122223333/us-east-1/h-2/findings");
		assertThat(page.select("td.col-findings").eachText()).containsExactly("1,204", "—", "None");
	}

	@Test
	void findingsCountsLaterThanTheDetailsDeadlineDoNotHoldThePage() throws Exception {
		CountDownLatch macieAnswers = new CountDownLatch(1);
		given(this.macieFindings.countsByJob(eq(TestPlaces.HOME), any())).willAnswer((call) -> {
			macieAnswers.await(10, TimeUnit.SECONDS);
			return java.util.Map.of("j-1", 3L);
		});
		try {
			Document page = page(get("/jobs"));

			// waiting for Macie would have shown its count (3)
			assertThat(page.selectFirst("tr[data-job-id=j-1] td.col-findings").text()).isEqualTo("—");
		}
		finally {
			macieAnswers.countDown();
		}
	}

	@Test
	void keptFindingsCountsAreShownAtOnceAndOnlyTheOtherPlacesAreAwaitedUntilTheDeadline() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		given(this.macieJobs.listJobs(eq(TestPlaces.HOME), any()))
			.willReturn(new JobPage(List.of(summary("h-1", CREATED)), null));
		given(this.macieJobs.listJobs(eq(TestPlaces.IRELAND), any()))
			.willReturn(new JobPage(List.of(summary("i-1", CREATED.plusSeconds(10))), null));
		given(this.macieFindings.keptCountsByJob(eq(TestPlaces.HOME), any()))
			.willReturn(Optional.of(Map.of("h-1", 7L)));
		CountDownLatch macieAnswers = new CountDownLatch(1);
		given(this.macieFindings.countsByJob(eq(TestPlaces.IRELAND), any())).willAnswer((call) -> {
			macieAnswers.await(10, TimeUnit.SECONDS);
			return Map.of("i-1", 3L);
		});
		try {
			Document page = page(get("/jobs"));

			verify(this.macieFindings, never()).countsByJob(eq(TestPlaces.HOME), any());
			assertThat(page.selectFirst("tr[data-job-id=h-1] td.col-findings").text()).isEqualTo("7");
			assertThat(page.selectFirst("tr[data-job-id=i-1] td.col-findings").text()).isEqualTo("—");
		}
		finally {
			macieAnswers.countDown();
		}
	}

	@Test
	void thePlaceFilterAsksOnlyTheChosenPlacesAndStaysInTheLinks() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND, TestPlaces.DATA_LAKE));
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-1", JobStatus.COMPLETE)), "more"));

		Document page = page(get("/jobs").queryParam("place", "111122223333/eu-west-1", "444455556666/us-east-1")
			.queryParam("sort", "name"));

		verify(this.macieJobs, never()).listJobs(eq(TestPlaces.HOME), listPage());
		verify(this.macieJobs).listJobs(eq(TestPlaces.IRELAND), listPage());
		verify(this.macieJobs).listJobs(eq(TestPlaces.DATA_LAKE), listPage());
		// the triage strip's scan covers every place, and counts in the places shown
		verify(this.macieJobs, atLeastOnce()).listJobs(eq(TestPlaces.HOME), triageScan());
		assertThat(page.selectFirst("#triage-2").attr("href"))
			.isEqualTo("/jobs?place=111122223333%2Feu-west-1&place=444455556666%2Fus-east-1&status=PAUSED");
		assertThat(page.select("input[name=place][checked]").eachAttr("value"))
			.containsExactly("111122223333/eu-west-1", "444455556666/us-east-1");
		assertThat(page.selectFirst("th.col-name a").attr("href"))
			.isEqualTo("/jobs?place=111122223333%2Feu-west-1&place=444455556666%2Fus-east-1&sort=name&dir=desc");
		assertThat(page.selectFirst("a[rel=next]").attr("href"))
			.startsWith("/jobs?place=111122223333%2Feu-west-1&place=444455556666%2Fus-east-1&sort=name&dir=asc&token=");
	}

	@Test
	void anUnknownPlaceIsReportedAndEveryPlaceShown() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));

		Document page = page(get("/jobs").queryParam("place", "999999999999/mars-north-1"));

		assertThat(page.selectFirst("#place-error").text())
			.isEqualTo("Unknown place “999999999999/mars-north-1”: showing every place.");
		verify(this.macieJobs).listJobs(eq(TestPlaces.HOME), listPage());
		verify(this.macieJobs).listJobs(eq(TestPlaces.IRELAND), listPage());
	}

	@Test
	void aFailingPlaceGetsABannerWhileTheOthersShow() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		given(this.macieJobs.listJobs(eq(TestPlaces.IRELAND), any())).willThrow(new MacieException(
				MacieException.Kind.NOT_ENABLED, "Macie is not enabled in eu-west-1 / 111122223333.", null));

		Document page = page(get("/jobs"));

		Element banner = page.selectFirst(".place-failure");
		assertThat(banner.attr("role")).isEqualTo("alert");
		assertThat(banner.selectFirst("h2").text())
			.isEqualTo("Jobs of Production (Ireland), eu-west-1 / 111122223333, are not shown");
		assertThat(banner.text()).contains("Macie is not enabled in eu-west-1 / 111122223333.");
		assertThat(page.select("tbody tr").eachAttr("data-job-id")).containsExactly("j-1");
	}

	@Test
	void theNextPageGoesOnInEachPlaceFromWhereItsPartStopped() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		given(this.macieJobs.listJobs(eq(TestPlaces.HOME), any())).willReturn(
				new JobPage(List.of(summary("h-2", CREATED.plusSeconds(30)), summary("h-1", CREATED)), "home-2"));
		given(this.macieJobs.listJobs(eq(TestPlaces.IRELAND), any())).willReturn(
				new JobPage(List.of(summary("i-2", CREATED.plusSeconds(20)), summary("i-1", CREATED.plusSeconds(10))),
						"ireland-2"));

		Document first = page(get("/jobs").queryParam("size", "2"));

		assertThat(first.select("tbody tr").eachAttr("data-job-id")).containsExactly("h-2", "i-2");
		String next = first.selectFirst("a[rel=next]").attr("href");
		ListCursor cursor = ListCursor
			.parse(java.net.URLDecoder.decode(next.replaceAll(".*token=", ""), StandardCharsets.UTF_8));
		assertThat(cursor.of(TestPlaces.HOME)).isEqualTo(new ListCursor.Position(null, 1, false));
		assertThat(cursor.of(TestPlaces.IRELAND)).isEqualTo(new ListCursor.Position(null, 1, false));

		page(get(URI.create(next)));
		ArgumentCaptor<JobListQuery> home = ArgumentCaptor.forClass(JobListQuery.class);
		verify(this.macieJobs, atLeastOnce()).listJobs(eq(TestPlaces.HOME), home.capture());
		List<JobListQuery> pages = home.getAllValues()
			.stream()
			.filter((query) -> query.pageSize() != MacieLimits.JOBS_PER_PAGE)
			.toList();
		assertThat(pages).as("two pages (besides the triage scans)").hasSize(2);
		assertThat(pages.get(1).nextToken()).isNull();
		assertThat(pages.get(1).pageSize()).as("the jobs shown and a page more").isEqualTo(3);
	}

	// --- pause expiry

	@Test
	void userPausedJobsShowTheTimeLeftWithItsSeverity() throws Exception {
		JobSummary critical = new JobSummary("p-crit", "Paused long ago", JobStatus.USER_PAUSED, JobType.ONE_TIME,
				CREATED, false, null,
				new PauseDetails(NOW.minusSeconds(29 * 86_400), NOW.plusSeconds(3_600), "arn:health"));
		JobSummary warning = new JobSummary("p-warn", "Paused a while", JobStatus.USER_PAUSED, JobType.SCHEDULED,
				CREATED, false, null,
				new PauseDetails(NOW.minusSeconds(25 * 86_400), NOW.plusSeconds(2 * 86_400), null));
		JobSummary neutral = new JobSummary("p-new", "Just paused", JobStatus.USER_PAUSED, JobType.ONE_TIME, CREATED,
				false, null, new PauseDetails(NOW, NOW.plusSeconds(30 * 86_400), null));
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(critical, warning, neutral, summary("done", JobStatus.COMPLETE)), null));
		Document page = page(get("/jobs"));
		assertThat(page.select("thead th").last().text()).isEqualTo("Pause expires in");
		Element soon = page.selectFirst("tr[data-job-id=p-crit] .countdown");
		assertThat(soon.text()).isEqualTo("1 h");
		assertThat(soon.attr("title")).isEqualTo("1 hour 0 minutes 0 seconds");
		assertThat(soon.hasClass("countdown--critical")).isTrue();
		assertThat(soon.attr("data-server-now")).isEqualTo(Long.toString(NOW.toEpochMilli()));
		assertThat(page.selectFirst("tr[data-job-id=p-warn] .countdown").hasClass("countdown--warning")).isTrue();
		assertThat(page.selectFirst("tr[data-job-id=p-new] .countdown").hasClass("countdown--neutral")).isTrue();
		assertThat(page.selectFirst("tr[data-job-id=done] .countdown")).isNull();
	}

	@Test
	void withoutPausedJobsThereIsNoExpiryColumn() throws Exception {
		assertThat(page(get("/jobs")).text()).doesNotContain("Pause expires in");
	}

	// --- security

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/jobs")).andExpect(status().isFound());
		verify(this.macieJobs, never()).listJobs(any(), any());
	}

	// --- the pages' own additions: pasted ids, triage, chips, counts, failed refreshes

	@Test
	void aPastedJobIdOpensTheJobWithAndWithoutHtmx() throws Exception {
		this.mvc.perform(get("/jobs").queryParam("name", " 3CE05DBB7EC5505DEF334104BF3BA4C2 ").with(viewer()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/jobs/3ce05dbb7ec5505def334104bf3ba4c2"));
		this.mvc
			.perform(get("/jobs").queryParam("name", "3ce05dbb7ec5505def334104bf3ba4c2")
				.header("HX-Request", "true")
				.header("HX-Target", "job-finder")
				.with(viewer()))
			.andExpect(header().string("HX-Redirect", "/jobs/3ce05dbb7ec5505def334104bf3ba4c2"));
		// 31 hex digits are a name
		assertThat(queryFor(get("/jobs").queryParam("name", "3ce05dbb7ec5505def334104bf3ba4c")).nameContains())
			.isEqualTo("3ce05dbb7ec5505def334104bf3ba4c");
	}

	@Test
	void theTriageStripCountsFromOneScanAndEachCountLinksToItsFilter() throws Exception {
		JobSummary expiring = pausedFor("p-soon", NOW.plusSeconds(3_600));
		JobSummary later = pausedFor("p-later", NOW.plusSeconds(3 * 86_400));
		JobSummary failed = new JobSummary("f-1", "Failed", JobStatus.IDLE, JobType.SCHEDULED, CREATED, true, null,
				null);
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(
				List.of(expiring, later, failed, summary("q-1", JobStatus.PAUSED), summary("c-1", JobStatus.COMPLETE)),
				null));

		Document page = page(get("/jobs"));

		assertThat(page.select("#job-triage a"))
			.extracting((link) -> link.attr("href"), (link) -> link.selectFirst(".triage__count").text(),
					(link) -> link.hasClass("triage__item--alert"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("/jobs?triage=expiring", "1", true),
					org.assertj.core.groups.Tuple.tuple("/jobs?triage=errors", "1", true),
					org.assertj.core.groups.Tuple.tuple("/jobs?status=PAUSED", "1", false));
		assertThat(page.selectFirst("#job-result-count").text()).isEqualTo("Jobs 1–5 of 5");
		assertThat(page.selectFirst(".triage__note")).as("the scan read every job").isNull();

		Document triaged = page(get("/jobs").queryParam("triage", "expiring"));
		assertThat(triaged.select("tbody tr")).extracting((row) -> row.attr("data-job-id")).containsExactly("p-soon");
		assertThat(triaged.selectFirst("#job-triage a[aria-current=true]").attr("href"))
			.isEqualTo("/jobs?triage=expiring");
		assertThat(triaged.select("#job-filter-chips .chip bdi")).extracting(Element::text)
			.containsExactly("Pauses expiring within 48 hours");
		assertThat(triaged.selectFirst("#job-result-count").text())
			.isEqualTo("1 job matches “Pauses expiring within 48 hours”");
		assertThat(page(get("/jobs").queryParam("triage", "errors")).select("tbody tr"))
			.extracting((row) -> row.attr("data-job-id"))
			.containsExactly("f-1");
		assertThat(
				page(get("/jobs").queryParam("triage", "sleeping")).selectFirst("#job-triage + details, body").text())
			.contains("Unknown triage filter “sleeping”");
	}

	@Test
	void theTriageScanCoversEveryPlaceAndItsViewsShowThePlace() throws Exception {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		given(this.macieJobs.listJobs(eq(TestPlaces.HOME), any()))
			.willReturn(new JobPage(List.of(pausedFor("h-soon", NOW.plusSeconds(3_600))), null));
		given(this.macieJobs.listJobs(eq(TestPlaces.IRELAND), any()))
			.willReturn(new JobPage(List.of(pausedFor("i-soon", NOW.plusSeconds(7_200))), null));

		Document all = page(get("/jobs").queryParam("triage", "expiring"));

		assertThat(all.selectFirst("#triage-0 .triage__count").text()).isEqualTo("2");
		assertThat(all.select("tbody tr"))
			.extracting((row) -> row.attr("data-place"), (row) -> row.selectFirst("td.col-place bdi").text(),
					(row) -> row.selectFirst("td.col-name a").attr("href"))
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("111122223333/us-east-1", "us-east-1 / 111122223333",
							TestPlaces.HOME.jobPath("h-soon")),
					org.assertj.core.groups.Tuple.tuple("111122223333/eu-west-1", "Production (Ireland)",
							TestPlaces.IRELAND.jobPath("i-soon")));

		Document ireland = page(
				get("/jobs").queryParam("triage", "expiring").queryParam("place", "111122223333/eu-west-1"));

		assertThat(ireland.selectFirst("#triage-0 .triage__count").text()).isEqualTo("1");
		assertThat(ireland.selectFirst("#triage-0").attr("href"))
			.isEqualTo("/jobs?place=111122223333%2Feu-west-1&triage=expiring");
		assertThat(ireland.select("tbody tr").eachAttr("data-job-id")).containsExactly("i-soon");
		assertThat(ireland.select("#job-filter-chips .chip bdi")).extracting(Element::text)
			.containsExactly("Place: Production (Ireland)", "Pauses expiring within 48 hours");
	}

	@Test
	void aScanThatStopsAtItsBoundSaysHowManyJobsItsCountsCover() throws Exception {
		given(this.macieJobs.listJobs(any(), any()))
			.willReturn(new JobPage(List.of(summary("j-1", JobStatus.COMPLETE)), "more"));

		Document page = page(get("/jobs"));

		assertThat(page.selectFirst(".triage__note").text()).isEqualTo("Counts cover the newest 5 jobs.");
		assertThat(page.selectFirst("#job-result-count").text()).as("no total when the scan did not read all")
			.isEqualTo("Jobs 1–1");
	}

	@Test
	void activeFiltersAreChipsThatEachLeadToTheListWithoutThem() throws Exception {
		Document page = page(get("/jobs").queryParam("status", "RUNNING", "IDLE")
			.queryParam("name", "payroll")
			.queryParam("sort", "name")
			.queryParam("dir", "asc"));

		assertThat(page.select("#job-filter-chips .chip"))
			.extracting((chip) -> chip.selectFirst("bdi").text(), (chip) -> chip.selectFirst("a").attr("href"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Status: Running",
							"/jobs?status=IDLE&name=payroll&sort=name&dir=asc"),
					org.assertj.core.groups.Tuple.tuple("Status: Idle, waiting for next run",
							"/jobs?status=RUNNING&name=payroll&sort=name&dir=asc"),
					org.assertj.core.groups.Tuple.tuple("Name contains “payroll”",
							"/jobs?status=RUNNING&status=IDLE&sort=name&dir=asc"));
		assertThat(page.selectFirst("summary.filter-panel__summary").text()).isEqualTo("Filters (3)");
		assertThat(page.selectFirst("#job-result-count").text()).isEqualTo("Jobs 1–1 matching these filters");
		assertThat(page.selectFirst("#job-result-count").attr("role")).isEqualTo("status");
	}

	@Test
	void aFailedLiveRefreshAnswers503SoThatTheTableOnScreenStays() throws Exception {
		given(this.macieJobs.listJobs(any(), any()))
			.willThrow(new MacieException(MacieException.Kind.THROTTLED, "Macie is busy.", null));

		MvcResult result = this.mvc
			.perform(get("/jobs").queryParam("status", "RUNNING")
				.header("HX-Request", "true")
				.header("HX-Target", "job-results")
				.with(viewer()))
			.andExpect(status().isServiceUnavailable())
			.andReturn();

		assertThat(Jsoup.parseBodyFragment(result.getResponse().getContentAsString()).text())
			.isEqualTo("Macie is busy.");
	}

	@Test
	void aOneTimeJobsLastRunDoesNotRepeatItsCreation() throws Exception {
		given(this.macieJobs.listJobs(any(), any())).willReturn(new JobPage(List
			.of(new JobSummary("j-1", "Once", JobStatus.COMPLETE, JobType.ONE_TIME, CREATED, false, null, null)),
				null));

		Document page = page(get("/jobs"));

		assertThat(page.selectFirst("tr[data-job-id=j-1] td.col-last-run").text()).isEqualTo("Once, at creation");
	}

	/** A page of the list (the triage scan reads pages of 200). */
	private static JobListQuery listPage() {
		return argThat((query) -> query.pageSize() != MacieLimits.JOBS_PER_PAGE);
	}

	private static JobListQuery triageScan() {
		return argThat((query) -> query.pageSize() == MacieLimits.JOBS_PER_PAGE);
	}

	private static JobSummary pausedFor(String jobId, Instant expiresAt) {
		return new JobSummary(jobId, "Paused " + jobId, JobStatus.USER_PAUSED, JobType.ONE_TIME, CREATED, false, null,
				new PauseDetails(CREATED, expiresAt, null));
	}

	// --- helpers

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(viewer())).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private JobListQuery queryFor(MockHttpServletRequestBuilder request) throws Exception {
		page(request);
		return capturedQuery();
	}

	private JobListQuery capturedQuery() {
		ArgumentCaptor<JobListQuery> query = ArgumentCaptor.forClass(JobListQuery.class);
		verify(this.macieJobs, org.mockito.Mockito.atLeastOnce()).listJobs(eq(TestPlaces.HOME), query.capture());
		return query.getValue();
	}

	/** The list's cursor of the default place at Macie's token. */
	private static String cursor(String token) {
		return "111122223333.us-east-1.0."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor viewer() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER");
	}

	private static JobSummary summary(String jobId, JobStatus status) {
		PauseDetails pause = (status == JobStatus.USER_PAUSED)
				? new PauseDetails(CREATED, CREATED.plusSeconds(30 * 86_400), null) : null;
		return new JobSummary(jobId, "Job " + jobId, status, JobType.SCHEDULED, CREATED, false,
				new BucketScope.SpecificBuckets(List.of(new BucketScope.AccountBuckets("111122223333", List.of("b")))),
				pause);
	}

	private static JobSummary summary(String jobId, Instant created) {
		return new JobSummary(jobId, "Job " + jobId, JobStatus.COMPLETE, JobType.ONE_TIME, created, false, null, null);
	}

	private static Job job(String jobId, JobStatus status, Schedule schedule) {
		JobDefinition definition = new JobDefinition("Job " + jobId, null,
				(schedule != null) ? JobType.SCHEDULED : JobType.ONE_TIME, schedule, false, null, null, null, null,
				List.of(), List.of(), List.of(), Map.of());
		return new Job(jobId, "arn:aws:macie2:eu-west-1:111122223333:classification-job/" + jobId, definition, status,
				CREATED, Instant.parse("2026-11-02T00:00:00Z"), false, 1, null, null);
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
