package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.maciedashboard.macie.AllowList;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.CustomDataIdentifier;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieException.Kind;
import io.maciedashboard.macie.FindingCount;
import io.maciedashboard.macie.FindingGroup;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.ResultsStorage;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.findings.JobResults;
import io.maciedashboard.macie.Place;
import io.maciedashboard.macie.ManagedDataIdentifier;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.PauseDetails;
import io.maciedashboard.macie.StatusChange;
import io.maciedashboard.alerts.AlertSettings;
import io.maciedashboard.audit.AuditAction;
import io.maciedashboard.audit.AuditEntry;
import io.maciedashboard.audit.AuditQuery;
import io.maciedashboard.audit.Outcome;
import io.maciedashboard.audit.AuditRepository;
import io.maciedashboard.audit.JobRef;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.security.AuditLog;
import io.maciedashboard.security.SecurityConfiguration;
import io.maciedashboard.watch.DirectWatcher.DirectWatchConfiguration;
import io.maciedashboard.web.BidiIsolation;
import io.maciedashboard.web.Times;
import io.maciedashboard.history.Observation;
import io.maciedashboard.history.ObservationRepository;
import io.maciedashboard.history.RunHistories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(JobDetailController.class)
@Import({ SecurityConfiguration.class, AuditTrail.class, JobScopeLookups.class, RunHistories.class, JobResults.class,
		DirectWatchConfiguration.class })
class JobDetailControllerTest {

	private static final String PAGE = "/jobs/111122223333/us-east-1/" + TestJobs.ID;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MacieJobs macie;

	@MockitoBean
	MacieFindings findings;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	AuditRepository auditRepository;

	@MockitoBean
	Clock macieClock;

	@MockitoBean
	ObservationRepository observations;

	/** The page's Watch button asks it (a mock: no button). */
	@MockitoBean(name = "alertSettings")
	AlertSettings alertSettings;

	@BeforeEach
	void macieClock() {
		given(this.macieClock.instant()).willReturn(TestJobs.NOW);
		// the lookup's own rules (id shape, not found) over the stubbed describeJob
		given(this.macie.findJob(any(), any())).willCallRealMethod();
		places(TestPlaces.HOME);
		given(this.macie.managedDataIdentifiers(TestPlaces.HOME))
			.willReturn(List.of(new ManagedDataIdentifier("CREDIT_CARD_NUMBER", "FINANCIAL_INFORMATION")));
		given(this.macie.customDataIdentifiers(TestPlaces.HOME))
			.willReturn(List.of(new CustomDataIdentifier("cdi-1", "Employee numbers", "EMP-nnnnn")));
		given(this.macie.allowLists(TestPlaces.HOME))
			.willReturn(List.of(new AllowList("al-1", "Test card numbers", null)));
	}

	/** The configured places, as MacieJobs answers them. */
	private void places(Place... places) {
		given(this.macie.places()).willReturn(List.of(places));
		given(this.macie.place(anyString(), anyString())).willAnswer((call) -> Stream.of(places)
			.filter((place) -> place.is(call.getArgument(0), call.getArgument(1)))
			.findFirst());
	}

	private static RequestPostProcessor viewer() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER");
	}

	private static RequestPostProcessor operator() {
		return oidcLogin().authorities(() -> "ROLE_OPERATOR");
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is(status)).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document jobPage(JobStatus status, RequestPostProcessor who) throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(status));
		return page(get(PAGE).with(who), 200);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			RUNNING     | pause cancel  | true
			IDLE        | pause cancel  | true
			PAUSED      | pause cancel  | true
			USER_PAUSED | resume cancel | true
			COMPLETE    |               | false
			CANCELLED   |               | false
			""")
	void eachStatusOffersItsActionsAndRefreshesWhileTheJobCanChange(JobStatus status, String actions, boolean polls)
			throws Exception {
		Document page = jobPage(status, operator());

		assertThat(page.select("#job-live form.action-form")).extracting((form) -> form.attr("action"))
			.containsExactlyElementsOf((actions == null) ? List.of()
					: List.of(actions.split(" ")).stream().map((verb) -> PAGE + "/" + verb).toList());
		assertThat(page.select("#job-live form.action-form input[name=_csrf]"))
			.hasSize(page.select("#job-live form").size());
		Element live = page.selectFirst("#job-live");
		assertThat(live.selectFirst(".badge").text()).isEqualTo(status.label());
		if (polls) {
			assertThat(live.attr("hx-get")).isEqualTo(PAGE + "/live?shown=" + status.name());
			assertThat(live.attr("hx-trigger")).isEqualTo("refresh");
			assertThat(live.attr("data-refresh-every")).isEqualTo("5");
		}
		else {
			assertThat(live.hasAttr("hx-get")).isFalse();
			assertThat(live.hasAttr("data-refresh-every")).isFalse();
		}
	}

	@Test
	void theHeaderShowsWhatDescribeReturnsReadably() throws Exception {
		Document page = jobPage(JobStatus.RUNNING, viewer());

		assertThat(page.selectFirst("h1").text()).isEqualTo("Quarterly PII scan");
		assertThat(page.selectFirst(".job-header__type").text()).isEqualTo("One-time");
		assertThat(page.selectFirst(".job-header__description").text()).isEqualTo("Finds personal data in exports");
		assertThat(page.selectFirst("#job-id").text()).isEqualTo(TestJobs.ID);
		assertThat(page.selectFirst("#job-arn").text()).isEqualTo(TestJobs.ARN);
		assertThat(page.select("button[data-copy-from]")).extracting((button) -> button.attr("data-copy-from"))
			.containsExactly("#job-id", "#job-arn");
		assertThat(page.select(".job-facts time[data-local-time=relative]")).extracting((time) -> time.attr("datetime"))
			.containsExactly("2026-05-01T08:00:00Z", "2026-06-10T05:00:00Z");
		assertThat(page.select(".job-facts dd").text()).contains("Not applicable: a one-time job")
			.contains("40% of the objects in scope")
			.contains("team = compliance");
		assertThat(page.selectFirst("#job-live").text()).contains("12,400 (approximately)").contains("Runs 2");
		assertThat(page.select("[data-progress-trend]")).as("no stored readings, no trend").isEmpty();
		assertThat(page.title()).isEqualTo("Quarterly PII scan · Macie Jobs");
	}

	// --- what the dashboard remembers of the job's runs

	/** Readings of run 2 (started 3 hours before NOW), {@code minutesAgo:objectsLeft}. */
	private void stored(String... readings) {
		List<Observation> run = Stream.of(readings).map((reading) -> {
			String[] parts = reading.split(":");
			return new Observation(TestJobs.NOW.minus(Duration.ofMinutes(Long.parseLong(parts[0]))), JobStatus.RUNNING,
					2, Long.valueOf(parts[1]), TestJobs.NOW.minus(Duration.ofHours(3)), false);
		}).toList();
		given(this.observations.recent(eq(TestPlaces.HOME), eq(TestJobs.ID), anyInt())).willReturn(run);
	}

	@Test
	void aRunningJobShowsItsStoredTrendAndTheTimeLeftAtTheRecentRate() throws Exception {
		// 12,400 left now (TestJobs), 6,000 processed in the last 20 minutes: 300 a
		// minute
		stored("20:18400", "10:15400");

		Element live = jobPage(JobStatus.RUNNING, viewer()).selectFirst("#job-live");

		assertThat(live.selectFirst("[data-progress-trend]").text()).isEqualTo("down 6,000 in the last 20 minutes");
		assertThat(live.selectFirst("[data-progress-trend] svg.sparkline polyline").attr("points"))
			.isEqualTo("0,0 50,10 100,20");
		assertThat(live.selectFirst("#time-left").text())
			.isEqualTo("About 41 minutes left at the current rate (300 objects a minute in the last 20 minutes).");
	}

	@Test
	void theLiveRefreshCarriesTheHistoryToo() throws Exception {
		stored("20:18400", "10:15400");
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));

		Document fragment = page(get(PAGE + "/live").header("HX-Request", "true").with(viewer()), 200);

		assertThat(fragment.selectFirst("#time-left").text()).startsWith("About 41 minutes left");
		assertThat(fragment.selectFirst("[data-progress-trend]")).isNotNull();
	}

	@Test
	void withoutReadingsThePageSaysWhyThereIsNoEstimate() throws Exception {
		Document page = jobPage(JobStatus.RUNNING, viewer());

		assertThat(page.selectFirst("#time-left").text())
			.isEqualTo("No estimate yet: it needs readings of this run over at least a minute.");
		assertThat(page.selectFirst("#run-history").text()).contains("Nothing recorded yet");
	}

	@Test
	void aPausedJobHasNoEstimateAndItsTimelineSaysWhatHappenedWhen() throws Exception {
		Instant runStart = TestJobs.NOW.minus(Duration.ofHours(3));
		given(this.observations.milestones(eq(TestPlaces.HOME), eq(TestJobs.ID), anyInt())).willReturn(
				List.of(new Observation(runStart.plusSeconds(60), JobStatus.RUNNING, 2, 20_000L, runStart, false),
						new Observation(runStart.plusSeconds(3600), JobStatus.RUNNING, 2, 16_000L, runStart, true)));
		// the pause is the read the page shows, not yet stored

		Document page = jobPage(JobStatus.USER_PAUSED, viewer());

		assertThat(page.selectFirst("#time-left").text()).isEqualTo("No estimate while the job is paused.");
		assertThat(page.select(".timeline li")).extracting(Element::text)
			.containsExactly(time(runStart.plusSeconds(60)) + " First recorded: Running (run 2)",
					time(runStart.plusSeconds(3600))
							+ " Errors reported: Macie could not analyse some of the data of run 2",
					time(TestJobs.NOW) + " Paused");
		assertThat(page.select(".timeline li")).extracting((step) -> step.className())
			.containsExactly("timeline__step timeline__step--seen", "timeline__step timeline__step--error",
					"timeline__step timeline__step--pause");
	}

	@Test
	void whenTheDatabaseDoesNotAnswerTheHistorySaysSoAndTheRestShows() throws Exception {
		given(this.observations.recent(any(), any(), anyInt()))
			.willThrow(new DataAccessResourceFailureException("down"));

		Document page = jobPage(JobStatus.RUNNING, viewer());

		assertThat(page.selectFirst("#run-history").text()).contains("The run history cannot be shown now");
		assertThat(page.selectFirst("#job-live").text()).contains("12,400 (approximately)");
	}

	/** How the page writes an instant (before local-time.js). */
	private static String time(Instant at) {
		return new Times().utc(at);
	}

	@Test
	void theResultsSectionCountsBySeverityTypeAndTopBucketsInThreeCallsEachALinkToTheFindings() throws Exception {
		given(this.findings.statistics(TestPlaces.HOME, TestJobs.ID, FindingGroup.SEVERITY, 3))
			.willReturn(List.of(new FindingCount("Medium", 30), new FindingCount("High", 1204)));
		given(this.findings.statistics(TestPlaces.HOME, TestJobs.ID, FindingGroup.TYPE, 100))
			.willReturn(List.of(new FindingCount("SensitiveData:S3Object/Personal", 1200),
					new FindingCount("SensitiveData:S3Object/Credentials", 34)));
		given(this.findings.statistics(TestPlaces.HOME, TestJobs.ID, FindingGroup.BUCKET, 11)).willReturn(
				IntStream.rangeClosed(1, 11).mapToObj((i) -> new FindingCount("bucket-" + i, 200 - i)).toList());
		given(this.findings.resultsStorage(TestPlaces.HOME))
			.willReturn(Optional.of(new ResultsStorage("acme-results", "macie/", "arn:aws:kms:us-east-1:1:key/k")));

		Element results = jobPage(JobStatus.COMPLETE, viewer()).selectFirst("#job-results-section");

		String findings = PAGE + "/findings";
		assertThat(results.selectFirst("#results-all").text()).isEqualTo("1,234 unarchived findings");
		assertThat(results.selectFirst("#results-all").attr("href")).isEqualTo(findings);
		assertThat(results.select(".severity").eachText()).containsExactly("High 1,204", "Medium 30", "Low 0");
		assertThat(results.selectFirst("#results-severity-high").attr("href")).isEqualTo(findings + "?severity=High");
		assertThat(results.select("#results-severity-low")).isEmpty();
		assertThat(results.select("[aria-labelledby=results-type-heading] a")).extracting(Element::text)
			.containsExactly("Personal information 1,200", "Credentials 34");
		assertThat(results.select("[aria-labelledby=results-type-heading] a").eachAttr("href"))
			.containsExactly(findings + "?type=Personal", findings + "?type=Credentials");
		assertThat(results.select("[aria-labelledby=results-bucket-heading] a")).hasSize(10);
		assertThat(results.selectFirst("[aria-labelledby=results-bucket-heading] a").attr("href"))
			.isEqualTo(findings + "?bucket=bucket-1");
		assertThat(results.selectFirst("#results-bucket-heading").text())
			.isEqualTo("By bucket (the 10 with most findings)");
		assertThat(results.text()).contains("s3://acme-results/macie/").contains("Macie keeps findings for 90 days");
		assertThat(results.selectFirst("#results-storage-link").attr("href")).isEqualTo(
				"https://us-east-1.console.aws.amazon.com/s3/buckets/acme-results?region=us-east-1&prefix=macie/&showversions=false");
		verify(this.findings, times(3)).statistics(any(), anyString(), any(), anyInt());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			RUNNING  | 3   | No findings yet.
			COMPLETE | 3   | Macie found no sensitive data
			COMPLETE | 100 | Macie keeps findings for 90 days, and this job last ran more than 90 days ago
			""")
	void noFindingsAreExplained(JobStatus status, int daysSinceLastRun, String explanation) throws Exception {
		Job job = TestJobs.job(status);
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(
				new Job(job.jobId(), job.jobArn(), job.definition(), status, TestJobs.NOW.minus(Duration.ofDays(200)),
						TestJobs.NOW.minus(Duration.ofDays(daysSinceLastRun)), false, 1, null, null));

		Element results = page(get(PAGE).with(viewer()), 200).selectFirst("#job-results-section");

		assertThat(results.selectFirst(".results-none").text()).contains(explanation);
		assertThat(results.text()).contains("Macie keeps no detailed results for this account and region");
	}

	@Test
	void resultsMacieCannotGiveAreSaidInTheSectionAndTheRestOfThePageShows() throws Exception {
		given(this.findings.statistics(any(), anyString(), any(), anyInt()))
			.willThrow(new MacieException(Kind.ACCESS_DENIED, "The dashboard is not allowed <here>.", null));

		Document page = jobPage(JobStatus.COMPLETE, viewer());

		assertThat(page.selectFirst("#job-results-section [role=alert]").text())
			.contains("The results could not be loaded")
			.contains("The dashboard is not allowed <here>.");
		assertThat(page.selectFirst("#facts-heading")).isNotNull();
	}

	@Test
	void scopeAndIdentifiersReadAsSentencesAndNames() throws Exception {
		Document page = jobPage(JobStatus.COMPLETE, viewer());

		Element scope = page.selectFirst(".job-scope");
		assertThat(scope.text()).contains("2 specific buckets in 1 account")
			.contains("In account 111122223333: hr-exports and invoices");
		Element size = scope.selectFirst("li[title]");
		assertThat(size.text()).isEqualTo("Only objects larger than 10 MB");
		assertThat(size.attr("title")).isEqualTo("10,000,000 bytes");
		Element identifiers = page.selectFirst(".job-identifiers");
		assertThat(identifiers.text()).contains("Managed data identifiers: Only these")
			.contains("CREDIT_CARD_NUMBER Financial information")
			.contains("NO_SUCH_IDENTIFIER Category unknown")
			.contains("Employee numbers cdi-1")
			.contains("Test card numbers al-1")
			.contains("al-gone (name unknown: it may have been deleted)");
	}

	@Test
	void textFromMacieIsIsolatedSoThatItCannotReorderThePage() throws Exception {
		String o = BidiIsolation.OVERRIDE;
		Job job = TestJobs.job(JobStatus.USER_PAUSED, JobType.ONE_TIME,
				new PauseDetails(TestJobs.NOW.minus(Duration.ofDays(25)), TestJobs.NOW.plus(Duration.ofDays(5)),
						"arn:aws:health:" + o + "x"));
		JobDefinition definition = TestJobs.definition(JobType.ONE_TIME);
		definition = new JobDefinition(BidiIsolation.SPOOFED_NAME, "Exports " + o + "txet", definition.type(),
				definition.schedule(), definition.initialRun(), definition.samplingPercentage(),
				new BucketScope.SpecificBuckets(List.of(new BucketScope.AccountBuckets("111122223333", List.of("b")))),
				new ObjectScope(
						List.of(new ObjectScope.PropertyTerm(ObjectScope.ObjectProperty.OBJECT_KEY,
								io.maciedashboard.macie.Comparator.STARTS_WITH, List.of("exports/" + o + "x"))),
						List.of()),
				definition.managedIdentifierSelector(), List.of("CREDIT_CARD_NUMBER", "ID_" + o + "X"),
				List.of("cdi-1", "cdi-" + o), List.of("al-1"), Map.of("team" + o, "compliance" + o));
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(new Job(TestJobs.ID, TestJobs.ARN + o,
				definition, job.status(), job.createdAt(), job.lastRunTime(), false, 1, 0L, job.pause()));
		given(this.macie.managedDataIdentifiers(TestPlaces.HOME))
			.willReturn(List.of(new ManagedDataIdentifier("CREDIT_CARD_NUMBER", "FINANCIAL" + o)));
		given(this.macie.customDataIdentifiers(TestPlaces.HOME))
			.willReturn(List.of(new CustomDataIdentifier("cdi-1", "Employee " + o + "srebmun", "x")));
		given(this.macie.allowLists(TestPlaces.HOME))
			.willReturn(List.of(new AllowList("al-1", "Test " + o + "sdrac", null)));

		Document page = page(
				get(PAGE).flashAttr("flash", "Job \"" + BidiIsolation.SPOOFED_NAME + "\" paused.").with(operator()),
				200);

		assertThat(BidiIsolation.assertIsolated(page)).isGreaterThanOrEqualTo(12);
		assertThat(page.title()).isEqualTo("\u2068" + BidiIsolation.SPOOFED_NAME + "\u2069 · Macie Jobs");
		assertThat(page.selectFirst("h1 bdi").text()).isEqualTo(BidiIsolation.SPOOFED_NAME);

		Document confirm = page(post(PAGE + "/resume").with(csrf()).with(operator()), 200);
		assertThat(BidiIsolation.assertIsolated(confirm)).isEqualTo(2);
	}

	@Test
	void maciesMessagesAreIsolatedToo() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(Kind.UNAVAILABLE, "Bucket " + BidiIsolation.OVERRIDE + "x failed.", null));

		assertThat(BidiIsolation.assertIsolated(page(get(PAGE).with(viewer()), 503))).isEqualTo(1);
		Document fragment = page(get(PAGE + "/live").header("HX-Request", "true").with(viewer()), 503);
		assertThat(BidiIsolation.assertIsolated(fragment)).isEqualTo(1);
	}

	@Test
	void identifierLookupsThatFailLeaveTheIdsWithANote() throws Exception {
		given(this.macie.customDataIdentifiers(TestPlaces.HOME))
			.willThrow(new MacieException(Kind.THROTTLED, "Macie is busy.", null));

		Document page = jobPage(JobStatus.COMPLETE, viewer());

		assertThat(page.selectFirst(".job-identifiers").text())
			.contains("Names and categories could not be looked up, so ids are shown: Macie is busy.")
			.contains("cdi-1 (name unknown");
	}

	@Test
	void aViewerSeesNoActionsAndNoCopyToNewJob() throws Exception {
		Document page = jobPage(JobStatus.RUNNING, viewer());

		assertThat(page.select("form.action-form")).isEmpty();
		assertThat(page.select("a[href^=/jobs/new]")).isEmpty();
	}

	@Test
	void anOperatorCanCopyTheJobToANewOne() throws Exception {
		Document page = jobPage(JobStatus.COMPLETE, operator());

		assertThat(page.selectFirst("a[href^=/jobs/new]").attr("href"))
			.isEqualTo("/jobs/new?copyOf=" + TestJobs.ID + "&place=111122223333/us-east-1");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PT38M | true
			P3D   | false
			""")
	void aPauseExpiringWithinADayHasABannerAtTheTopWithResumeForOperatorsOnly(Duration left, boolean banner)
			throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willReturn(TestJobs.paused(left, JobType.ONE_TIME, "arn:aws:health:us-east-1::event/MACIE/x"));

		Document operators = page(get(PAGE).with(operator()), 200);
		Document viewers = page(get(PAGE).with(viewer()), 200);

		assertThat(operators.select("#expiry-banner .banner")).hasSize(banner ? 1 : 0);
		if (banner) {
			assertThat(operators.selectFirst("#expiry-banner").text()).startsWith("This pause expires in 38 minutes")
				.contains("Macie cancels this one-time job");
			assertThat(operators.selectFirst("#expiry-banner form[action$=/resume] button#banner-resume")).isNotNull();
			assertThat(viewers.selectFirst("#expiry-banner .banner")).isNotNull();
			assertThat(viewers.select("#expiry-banner form")).isEmpty();
		}
		// the event's ARN behind a disclosure, with its copy button
		assertThat(operators.selectFirst(".health-event details #health-event-arn").text())
			.isEqualTo("arn:aws:health:us-east-1::event/MACIE/x");
		assertThat(operators.selectFirst("button[data-copy-from='#health-event-arn']")).isNotNull();
	}

	@Test
	void theLiveRefreshBringsTheBannerOutOfBandToBeMorphed() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willReturn(TestJobs.paused(Duration.ofHours(2), JobType.ONE_TIME, null));

		Document update = Jsoup
			.parseBodyFragment(this.mvc.perform(get(PAGE + "/live").header("HX-Request", "true").with(operator()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());

		assertThat(update.selectFirst("#job-live").attr("hx-swap")).isEqualTo("morph");
		assertThat(update.selectFirst("#expiry-banner").attr("hx-swap-oob")).isEqualTo("morph");
		assertThat(update.selectFirst("#expiry-banner").text()).startsWith("This pause expires in 2 hours");
	}

	@Test
	void aJobPausedForTheQuotaIsExplained() throws Exception {
		Document page = jobPage(JobStatus.PAUSED, viewer());

		assertThat(page.selectFirst("#job-live .quota").text()).contains("monthly sensitive data discovery quota")
			.contains("resumes the job by itself when the quota allows it again, at the start of next month")
			.contains("an administrator of the AWS account can ask for a higher quota");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			RUNNING     | true
			USER_PAUSED | true
			COMPLETE    | false
			CANCELLED   | false
			IDLE        | false
			""")
	void objectsStillToProcessOnlyWhileARunIsUnderWay(JobStatus status, boolean shown) throws Exception {
		Document page = jobPage(status, viewer());

		assertThat(page.selectFirst("#job-live").text().contains("Objects still to process")).isEqualTo(shown);
	}

	@Test
	void actionFormsCarryTheirConfirmationForTheDialog() throws Exception {
		Document page = jobPage(JobStatus.USER_PAUSED, operator());

		Element cancel = page.selectFirst("form[action$=/cancel]");
		assertThat(cancel.attr("data-confirm")).startsWith("Cancelling is final");
		assertThat(cancel.attr("data-confirm-title")).isEqualTo("Cancel this job?");
		assertThat(cancel.attr("data-confirm-button")).isEqualTo("Cancel job for good");
		// cancel is final: secondary-danger, so that it does not weigh as much as pause
		// or resume
		assertThat(cancel.selectFirst("button").hasClass("button--secondary-danger")).isTrue();
		assertThat(page.selectFirst("form[action$=/resume] button").hasClass("button--secondary-danger")).isFalse();
		assertThat(page.selectFirst("form[action$=/resume]").attr("data-confirm-button")).isEqualTo("Resume job");
	}

	@Test
	void aUserPausedJobShowsTheCountdownFromMaciesNow() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willReturn(TestJobs.paused(Duration.parse("P2DT3H4M5S"), JobType.SCHEDULED, null));

		Document page = page(get(PAGE).with(viewer()), 200);

		Element countdown = page.selectFirst(".pause [data-countdown]");
		assertThat(countdown.text()).isEqualTo("2 days 3 hours 4 minutes 5 seconds");
		assertThat(countdown.hasClass("countdown--warning")).isTrue();
		assertThat(countdown.attr("data-server-now")).isEqualTo(String.valueOf(TestJobs.NOW.toEpochMilli()));
		assertThat(page.selectFirst(".pause").text()).contains("Paused at")
			.contains("2026-06-12 11:04:05 UTC")
			.contains("cancels the paused run only")
			.doesNotContain("Health event");
	}

	@Test
	void anExpiredPauseSaysWhatMacieDoesAndTheHealthEventIsExplained() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(
				TestJobs.paused(Duration.ofMinutes(-5), JobType.ONE_TIME, "arn:aws:health:eu-west-1::event/MACIE/1"));

		Element pause = page(get(PAGE).with(viewer()), 200).selectFirst(".pause");

		assertThat(pause.selectFirst("[data-countdown]").text())
			.isEqualTo("Expired: Macie cancels this job (one-time)");
		assertThat(pause.selectFirst(".health-event").text()).contains("arn:aws:health:eu-west-1::event/MACIE/1")
			.contains("paused for 23 days or more");
	}

	@Test
	void aJobPausedWhileNotRunningHasNoExpiry() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.USER_PAUSED));

		Element pause = page(get(PAGE).with(viewer()), 200).selectFirst(".pause");

		assertThat(pause.select("[data-countdown]")).isEmpty();
		assertThat(pause.text()).contains("does not expire");
	}

	@Test
	void lastRunErrorsSayWhatToCheckAndLinkTheLogGroupInTheJobsRegion() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.failedLastRun());

		Element live = page(get(PAGE).with(viewer()), 200).selectFirst("#job-live");

		assertThat(live.text()).contains("Errors: Macie could not analyse all the data").contains("KMS keys");
		assertThat(live.selectFirst(".run-errors a").attr("href")).isEqualTo(
				"https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Fmacie$252Fclassificationjobs");
	}

	@Test
	void theLiveFragmentAnswersHtmxAndAnnouncesAStatusChange() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.COMPLETE));

		Document fragment = page(
				get(PAGE + "/live").param("shown", "RUNNING").header("HX-Request", "true").with(viewer()), 200);

		assertThat(fragment.select("main")).isEmpty();
		Element live = fragment.selectFirst("#job-live");
		assertThat(live.selectFirst(".badge").text()).isEqualTo("Complete");
		assertThat(live.hasAttr("hx-get")).as("a finished job stops refreshing").isFalse();
		Element announcement = fragment.selectFirst("#job-announcement");
		assertThat(announcement.attr("hx-swap-oob")).isEqualTo("innerHTML");
		assertThat(announcement.text()).isEqualTo("Status changed: this job is now Complete (it was Running).");
	}

	@Test
	void anUnchangedStatusIsNotAnnounced() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));

		Document fragment = page(
				get(PAGE + "/live").param("shown", "RUNNING").header("HX-Request", "true").with(operator()), 200);

		assertThat(fragment.select("#job-announcement")).isEmpty();
		assertThat(fragment.selectFirst("#job-live").attr("hx-get")).endsWith("shown=RUNNING");
		assertThat(fragment.select("form.action-form input[name=_csrf]")).as("the refreshed actions can still be sent")
			.hasSize(2);
	}

	@Test
	void theLiveUrlWithoutHtmxIsTheWholePage() throws Exception {
		this.mvc.perform(get(PAGE + "/live").with(viewer())).andExpect(redirectedUrl(PAGE));
	}

	@Test
	void aFailedRefreshIsA503WithMaciesProblemSoThePageKeepsItsState() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(Kind.UNAVAILABLE, "Macie could not be reached.", null));

		Document fragment = page(get(PAGE + "/live").header("HX-Request", "true").with(viewer()), 503);

		assertThat(fragment.body().text()).isEqualTo("Macie could not be reached.");
	}

	// --- places: the canonical URL and old bookmarks

	@Test
	void anOldBookmarkRedirectsPermanentlyToThePageInThePlaceThatHoldsTheJob() throws Exception {
		places(TestPlaces.HOME, TestPlaces.IRELAND);
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(Kind.NOT_FOUND, "No such job.", null));
		given(this.macie.describeJob(TestPlaces.IRELAND, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));

		this.mvc.perform(get("/jobs/" + TestJobs.ID).queryParam("from", "mail").with(viewer()))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/jobs/111122223333/eu-west-1/" + TestJobs.ID + "?from=mail"));
	}

	@Test
	void anOldBookmarkWhoseIdTwoPlacesHoldOffersTheChoice() throws Exception {
		places(TestPlaces.HOME, TestPlaces.IRELAND, TestPlaces.DATA_LAKE);
		given(this.macie.describeJob(any(), eq(TestJobs.ID))).willReturn(TestJobs.job(JobStatus.RUNNING));
		given(this.macie.describeJob(TestPlaces.IRELAND, TestJobs.ID))
			.willThrow(new MacieException(Kind.NOT_FOUND, "No such job.", null));

		Document page = page(get("/jobs/" + TestJobs.ID).with(viewer()), 200);

		assertThat(page.selectFirst("h1").text()).isEqualTo("More than one job has this id");
		assertThat(page.select(".place-choices a").eachAttr("href")).containsExactly(
				"/jobs/111122223333/us-east-1/" + TestJobs.ID, "/jobs/444455556666/us-east-1/" + TestJobs.ID);
	}

	@Test
	void anOldBookmarkNoPlaceHoldsIsTheNotFoundPage() throws Exception {
		places(TestPlaces.HOME, TestPlaces.IRELAND);
		given(this.macie.describeJob(any(), eq(TestJobs.ID)))
			.willThrow(new MacieException(Kind.NOT_FOUND, "No such job.", null));

		assertThat(page(get("/jobs/" + TestJobs.ID).with(viewer()), 404).selectFirst("h1").text())
			.isEqualTo("There is no job with this id");
	}

	@Test
	void anOldBookmarkIsUnknownWhileAPlaceCannotBeAsked() throws Exception {
		places(TestPlaces.HOME, TestPlaces.IRELAND);
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(Kind.NOT_FOUND, "No such job.", null));
		given(this.macie.describeJob(TestPlaces.IRELAND, TestJobs.ID))
			.willThrow(new MacieException(Kind.THROTTLED, "Macie is busy.", null));

		Document page = page(get("/jobs/" + TestJobs.ID).with(viewer()), 503);

		assertThat(page.text()).contains("Macie is busy.");
		assertThat(page.selectFirst("[role=alert] a").attr("href")).isEqualTo("/jobs/" + TestJobs.ID);
	}

	@Test
	void aPlaceThatIsNotConfiguredIsA404WithoutAskingMacie() throws Exception {
		page(get("/jobs/999999999999/us-east-1/" + TestJobs.ID).with(viewer()), 404);
		page(get("/jobs/111122223333/eu-west-1/" + TestJobs.ID).with(viewer()), 404);

		verify(this.macie, never()).describeJob(any(), anyString());
	}

	@Test
	void thePageOfAJobInAnotherPlaceReadsAndActsThere() throws Exception {
		places(TestPlaces.HOME, TestPlaces.IRELAND);
		String ireland = "/jobs/111122223333/eu-west-1/" + TestJobs.ID;
		given(this.macie.describeJob(TestPlaces.IRELAND, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));

		Document page = page(get(ireland).with(operator()), 200);

		assertThat(page.selectFirst(".job-header__place").text())
			.isEqualTo("In Production (Ireland) (eu-west-1 / 111122223333)");
		assertThat(page.selectFirst("#job-live").attr("hx-get")).isEqualTo(ireland + "/live?shown=RUNNING");
		assertThat(page.select("form.action-form").eachAttr("action")).contains(ireland + "/pause");
		assertThat(page.selectFirst("a[href^=/jobs/new]").attr("href"))
			.isEqualTo("/jobs/new?copyOf=" + TestJobs.ID + "&place=111122223333/eu-west-1");
		this.mvc.perform(post(ireland + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(ireland));
		verify(this.macie).changeStatus(TestPlaces.IRELAND, TestJobs.ID, StatusChange.PAUSE);
		verify(this.macie, never()).describeJob(eq(TestPlaces.HOME), anyString());
	}

	@Test
	void anUnknownJobIsA404WithTheWayBackAndASearch() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, "0123456789abcdef0123456789abcdef"))
			.willThrow(new MacieException(Kind.NOT_FOUND, "Job 0123 does not exist.", null));

		Document page = page(get("/jobs/0123456789abcdef0123456789abcdef").with(viewer()), 404);

		assertThat(page.selectFirst("h1").text()).isEqualTo("There is no job with this id");
		Element search = page.selectFirst("form[role=search]");
		assertThat(search.attr("action")).isEqualTo("/jobs");
		assertThat(search.attr("method")).isEqualTo("get");
		assertThat(search.selectFirst("input[name=name]")).isNotNull();
		assertThat(page.selectFirst("a[href=/jobs]")).isNotNull();
	}

	@Test
	void notFoundAndUnavailableAreErrorPagesWithTheWayBackLast() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, "0123456789abcdef0123456789abcdef"))
			.willThrow(new MacieException(Kind.NOT_FOUND, "Job 0123 does not exist.", null));
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(Kind.UNAVAILABLE, "Macie could not be reached.", null));

		for (Document page : List.of(page(get("/jobs/0123456789abcdef0123456789abcdef").with(viewer()), 404),
				page(get(PAGE).with(viewer()), 503))) {
			Element main = page.selectFirst("main.error-page");
			assertThat(main).isNotNull();
			assertThat(main.select("main")).hasSize(1);
			assertThat(main.children().last().selectFirst("a").attr("href")).isEqualTo("/jobs");
			assertThat(main.children().last().text()).isEqualTo("Go to all jobs");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/jobs/not an id", "/jobs/job.json", "/jobs/-leading-dash",
			"/jobs/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void aMalformedIdIsA404WithoutAskingMacie(String url) throws Exception {
		Document page = page(get(url).with(viewer()), 404);

		assertThat(page.selectFirst("h1").text()).isEqualTo("There is no job with this id");
		verify(this.macie, never()).describeJob(any(), any());
	}

	@Test
	void anIdMacieRefusesToParseIsA404() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, "x"))
			.willThrow(new MacieException(Kind.VALIDATION, "The jobId is invalid.", null));

		page(get("/jobs/x").with(viewer()), 404);
	}

	@ParameterizedTest
	@CsvSource({ "UNAVAILABLE, 503", "THROTTLED, 503", "ACCESS_DENIED, 502", "NOT_ENABLED, 502" })
	void macieFailingIsAPlainMessageWithARetryNotA500(Kind kind, int status) throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(kind, "Plain words from the service.", null));

		Document page = page(get(PAGE).with(viewer()), status);

		assertThat(page.selectFirst("[role=alert]").text()).contains("The job could not be loaded")
			.contains("Plain words from the service.");
		assertThat(page.selectFirst("[role=alert] a").attr("href")).isEqualTo(PAGE);
	}

	@Test
	void anActionWithoutConfirmationShowsTheConfirmationStepAndChangesNothing() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));

		Document page = page(post(PAGE + "/pause").with(csrf()).with(operator()), 200);

		assertThat(page.selectFirst("h1").text()).isEqualTo("Pause this job?");
		assertThat(page.selectFirst(".confirm-page__consequence").text()).contains("expires 30 days after");
		Element form = page.selectFirst("form[action=" + PAGE + "/pause]");
		assertThat(form.selectFirst("input[name=confirmed]").val()).isEqualTo("true");
		assertThat(form.selectFirst("input[name=_csrf]")).isNotNull();
		assertThat(form.selectFirst("a").attr("href")).isEqualTo(PAGE);
		verify(this.macie, never()).changeStatus(any(), anyString(), any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void theCancelConfirmationSaysItIsFinal() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.IDLE));

		Document page = page(post(PAGE + "/cancel").with(csrf()).with(operator()), 200);

		assertThat(page.selectFirst(".confirm-page__consequence").text()).startsWith("Cancelling is final");
	}

	@ParameterizedTest
	@CsvSource({ "pause, RUNNING, PAUSE, Job paused.", "resume, USER_PAUSED, RESUME, Job resumed.",
			"cancel, PAUSED, CANCEL, Job cancelled." })
	void aConfirmedActionChangesTheJobAuditsAndRedirectsWithAFlash(String verb, JobStatus from, StatusChange change,
			String message) throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(from));

		this.mvc.perform(post(PAGE + "/" + verb).param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("flash", message));

		verify(this.macie).changeStatus(TestPlaces.HOME, TestJobs.ID, change);
		verify(this.audit).record(any(Authentication.class), eq(change.name()), eq(TestJobs.ID), eq("ok"));
	}

	@Test
	void theFlashShowsOnTheJobPageAfterTheRedirect() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willReturn(TestJobs.paused(Duration.ofDays(30), JobType.ONE_TIME, null));

		Document page = page(get(PAGE).flashAttr("flash", "Job paused.").with(operator()), 200);

		assertThat(page.selectFirst(".panel--flash[role=status]").text()).isEqualTo("Job paused.");
		assertThat(page.selectFirst("#job-live .badge").text()).isEqualTo("Paused by user");
	}

	@Test
	void maciesRefusalShowsItsMessageAndTheCurrentState() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));
		willThrow(new MacieException(Kind.CONFLICT, "The job's status changed meanwhile.", null)).given(this.macie)
			.changeStatus(TestPlaces.HOME, TestJobs.ID, StatusChange.PAUSE);

		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("flashError",
					"Macie did not pause the job: The job's status changed meanwhile."));
		verify(this.audit).record(any(Authentication.class), eq("PAUSE"), eq(TestJobs.ID), eq("failed: CONFLICT"));

		Document page = page(get(PAGE).flashAttr("flashError", "Macie did not pause the job: x").with(operator()), 200);
		assertThat(page.selectFirst(".panel--error[role=alert]").text()).isEqualTo("Macie did not pause the job: x");
	}

	@Test
	void anActionTheStatusNoLongerAllowsIsRefusedWithoutAskingMacie() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.COMPLETE));

		this.mvc.perform(post(PAGE + "/resume").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("flashError",
					"This job is now Complete, so it cannot be resumed. The page shows its current state."));
		verify(this.macie, never()).changeStatus(any(), anyString(), any());
		verify(this.audit).record(any(Authentication.class), eq("RESUME"), eq(TestJobs.ID),
				eq("refused: job is COMPLETE"));
	}

	// --- the audit trail: one line per attempt, with its outcome

	@ParameterizedTest
	@CsvSource({ "THROTTLED, 503", "UNAVAILABLE, 503", "ACCESS_DENIED, 502" })
	void anActionWhoseJobCannotBeReadIsAuditedAsFailed(Kind kind, int status) throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(kind, "Macie said no.", null));

		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(status().is(status));

		verify(this.audit).record(any(Authentication.class), eq("PAUSE"), eq(TestJobs.ID), eq("failed: " + kind));
		verify(this.macie, never()).changeStatus(any(), anyString(), any());
	}

	@Test
	void anActionOnAJobMacieDoesNotKnowIsAuditedAsFailed() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID))
			.willThrow(new MacieException(Kind.NOT_FOUND, "No such job.", null));

		this.mvc.perform(post(PAGE + "/cancel").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(status().isNotFound());

		verify(this.audit).record(any(Authentication.class), eq("CANCEL"), eq(TestJobs.ID), eq("failed: NOT_FOUND"));
	}

	@Test
	void eachAttemptWritesExactlyOneLineAndTheConfirmationStepNone() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));
		this.mvc.perform(post(PAGE + "/pause").with(csrf()).with(operator())).andExpect(status().isOk());
		verifyNoInteractions(this.audit);

		willThrow(new MacieException(Kind.CONFLICT, "Changed meanwhile.", null)).given(this.macie)
			.changeStatus(TestPlaces.HOME, TestJobs.ID, StatusChange.PAUSE);
		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(PAGE));

		verify(this.audit, times(1)).record(any(), any(), any(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "pause", "resume", "cancel" })
	void aViewersForgedPostIsRefused(String verb) throws Exception {
		this.mvc.perform(post(PAGE + "/" + verb).param("confirmed", "true").with(csrf()).with(viewer()))
			.andExpect(status().isForbidden());

		verifyNoInteractions(this.macie);
	}

	@Test
	void aPostWithoutCsrfIsRefused() throws Exception {
		this.mvc.perform(post(PAGE + "/cancel").param("confirmed", "true").with(operator()))
			.andExpect(status().isForbidden());

		verifyNoInteractions(this.macie);
	}

	@Test
	void anUnknownActionIsNotFound() throws Exception {
		this.mvc.perform(post(PAGE + "/delete").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(status().isNotFound());

		verifyNoInteractions(this.macie);
	}

	// --- the audit trail's rows: the attempt before Macie is asked, no change without it

	@Test
	void theAttemptIsOnRecordBeforeMacieIsAskedAndTheOutcomeAfter() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));
		given(this.auditRepository.insertAttempt(any(), any())).willReturn(7L);

		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(PAGE));

		InOrder order = inOrder(this.auditRepository, this.macie);
		ArgumentCaptor<AuditRepository.AttemptRow> row = ArgumentCaptor.forClass(AuditRepository.AttemptRow.class);
		order.verify(this.auditRepository).insertAttempt(any(), row.capture());
		order.verify(this.macie).changeStatus(TestPlaces.HOME, TestJobs.ID, StatusChange.PAUSE);
		order.verify(this.auditRepository).insertOutcome(eq(7L), any(), eq(Outcome.DONE), isNull(), isNull());
		assertThat(row.getValue().action()).isEqualTo(AuditAction.PAUSE);
		assertThat(row.getValue().job().jobId()).isEqualTo(TestJobs.ID);
		assertThat(row.getValue().job().name()).isEqualTo(TestJobs.job(JobStatus.RUNNING).name());
		assertThat(row.getValue().job()).extracting(JobRef::region, JobRef::account)
			.containsExactly(TestPlaces.HOME.region(), TestPlaces.HOME.accountId());
	}

	@Test
	void aChangeTheTrailCannotRecordIsNotMade() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));
		given(this.auditRepository.insertAttempt(any(), any()))
			.willThrow(new DataAccessResourceFailureException("connection refused"));

		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("flashError", containsString("audit trail could not record this change")));

		verify(this.macie, never()).changeStatus(any(), anyString(), any());
		verify(this.audit).record(any(Authentication.class), eq("PAUSE"), eq(TestJobs.ID),
				eq("refused: audit trail unavailable"));
	}

	@Test
	void maciesRefusalIsRecordedWithItsMessageAndNoAnswerAsUnknown() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, TestJobs.ID)).willReturn(TestJobs.job(JobStatus.RUNNING));
		given(this.auditRepository.insertAttempt(any(), any())).willReturn(1L, 2L);
		willThrow(new MacieException(Kind.CONFLICT, "Changed meanwhile.", null)).given(this.macie)
			.changeStatus(TestPlaces.HOME, TestJobs.ID, StatusChange.PAUSE);
		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()));
		willThrow(new MacieException(Kind.UNAVAILABLE, "Macie did not answer.", null)).given(this.macie)
			.changeStatus(TestPlaces.HOME, TestJobs.ID, StatusChange.PAUSE);
		this.mvc.perform(post(PAGE + "/pause").param("confirmed", "true").with(csrf()).with(operator()));

		verify(this.auditRepository).insertOutcome(eq(1L), any(), eq(Outcome.REFUSED), eq("Changed meanwhile."),
				isNull());
		verify(this.auditRepository).insertOutcome(eq(2L), any(), eq(Outcome.UNKNOWN), eq("Macie did not answer."),
				isNull());
	}

	// --- the job's history, for auditors and operators

	@Test
	void auditorsSeeTheJobsHistoryNewestFirst() throws Exception {
		Instant now = Instant.now();
		given(this.auditRepository.find(any(), anyInt()))
			.willReturn(List.of(entry(2, now.minus(Duration.ofDays(3)), AuditAction.PAUSE, Outcome.DONE, null),
					entry(1, now.minus(Duration.ofDays(4)), AuditAction.RESUME, Outcome.REFUSED, "Not paused.")));

		Document page = jobPage(JobStatus.RUNNING, oidcLogin().authorities(() -> "ROLE_AUDITOR"));

		assertThat(page.select(".job-history li").eachText()).satisfiesExactly(
				(first) -> assertThat(first).startsWith("Paused by Otto Operator ·"),
				(second) -> assertThat(second).startsWith("Resume by Otto Operator not done ·")
					.endsWith(": Not paused."));
		ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
		verify(this.auditRepository).find(query.capture(), anyInt());
		assertThat(query.getValue().job()).isEqualTo(TestJobs.ID);
		assertThat(query.getValue().place()).as("the job of its place").isEqualTo(TestPlaces.HOME.key());
	}

	@Test
	void viewersDoNotSeeTheHistory() throws Exception {
		Document page = jobPage(JobStatus.RUNNING, viewer());

		assertThat(page.select(".job-history")).isEmpty();
		verifyNoInteractions(this.auditRepository);
	}

	@Test
	void theJobPageShowsWhileTheDatabaseIsDown() throws Exception {
		given(this.auditRepository.find(any(), anyInt()))
			.willThrow(new DataAccessResourceFailureException("connection refused"));

		Document page = jobPage(JobStatus.RUNNING, operator());

		assertThat(page.selectFirst("h1").text()).isEqualTo(TestJobs.job(JobStatus.RUNNING).name());
		assertThat(page.selectFirst(".job-history").text()).contains("database is not answering");
	}

	private static AuditEntry entry(long id, Instant at, AuditAction action, Outcome outcome, String message) {
		return new AuditEntry(id, at, "otto", "Otto Operator", "otto@example.com", List.of("macie-operators"),
				"us-east-1", "111122223333", TestJobs.ID, "Job", action, null, outcome, message, at, "127.0.0.1",
				"req-" + id);
	}

}
