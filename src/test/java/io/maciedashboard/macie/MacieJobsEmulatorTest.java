package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import io.maciedashboard.emulator.EmulatorClock;
import io.maciedashboard.emulator.EmulatorSettings;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.MacieException.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * MacieJobs through its real client configuration (Apache HTTP client, standard retries,
 * dummy credentials, endpoint from the EmbeddedMacie) against the running emulator, with
 * its shipped seed.
 */
class MacieJobsEmulatorTest {

	private static final Instant START = Instant.parse("2026-03-10T09:30:00Z");

	private MacieEmulator emulator;

	private MacieClients clients;

	private MacieJobs jobs;

	@BeforeEach
	void start() {
		EmulatorSettings settings = new EmulatorSettings();
		settings.setPort(0);
		this.emulator = new MacieEmulator(settings, EmulatorClock.fixedAt(START)).start();
		this.clients = clients(Duration.ofSeconds(15));
		this.jobs = TestMacieJobs.of(this.clients);
	}

	private MacieClients clients(Duration attemptTimeout) {
		return clients(attemptTimeout, Duration.ofSeconds(30));
	}

	private MacieClients clients(Duration attemptTimeout, Duration callTimeout) {
		return EmulatorClients.of(this.emulator, attemptTimeout, callTimeout, List.of());
	}

	@AfterEach
	void stop() {
		this.clients.close();
		this.emulator.close();
	}

	@Test
	void theFirstPageIsTheNewestJobs() {
		JobPage page = this.jobs.listJobs(TestPlaces.HOME, JobListQuery.firstPage());

		assertThat(page.jobs()).hasSize(JobListQuery.DEFAULT_PAGE_SIZE);
		assertThat(page.nextToken()).isNotNull();
		assertThat(page.jobs()).extracting(JobSummary::createdAt)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void pagingVisitsEveryJobOnce() {
		List<JobSummary> everyJob = allJobs();
		List<String> paged = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			JobPage page = this.jobs.listJobs(TestPlaces.HOME,
					query(Set.of(), null, null, null, null, SortField.CREATED_AT, false, 7, token));
			page.jobs().forEach((job) -> paged.add(job.jobId()));
			token = page.nextToken();
			pages++;
		}
		while (token != null);

		assertThat(paged).containsExactlyElementsOf(everyJob.stream().map(JobSummary::jobId).toList());
		assertThat(pages).isEqualTo((everyJob.size() + 6) / 7);
	}

	static Stream<Arguments> filters() {
		Instant from = START.minus(Duration.ofDays(40));
		Instant to = START.minus(Duration.ofDays(10));
		return Stream.of(
				Arguments.of("statuses",
						query(EnumSet.of(JobStatus.USER_PAUSED, JobStatus.IDLE), null, null, null, null),
						(Predicate<JobSummary>) (job) -> job.status() == JobStatus.USER_PAUSED
								|| job.status() == JobStatus.IDLE),
				Arguments.of("type", query(Set.of(), JobType.SCHEDULED, null, null, null),
						(Predicate<JobSummary>) (job) -> job.type() == JobType.SCHEDULED),
				Arguments.of("name", query(Set.of(), null, "scan", null, null),
						(Predicate<JobSummary>) (job) -> job.name().contains("scan")),
				Arguments.of("created after", query(Set.of(), null, null, from, null),
						(Predicate<JobSummary>) (job) -> !job.createdAt().isBefore(from)),
				Arguments.of("created before", query(Set.of(), null, null, null, to),
						(Predicate<JobSummary>) (job) -> job.createdAt().isBefore(to)),
				Arguments.of("everything at once",
						query(EnumSet.of(JobStatus.COMPLETE, JobStatus.CANCELLED), JobType.ONE_TIME, "a", from, to),
						(Predicate<JobSummary>) (
								job) -> (job.status() == JobStatus.COMPLETE || job.status() == JobStatus.CANCELLED)
										&& job.type() == JobType.ONE_TIME && job.name().contains("a")
										&& !job.createdAt().isBefore(from) && job.createdAt().isBefore(to)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filters")
	void everyFilterIsAppliedByMacie(String filter, JobListQuery query, Predicate<JobSummary> expected) {
		List<JobSummary> everyJob = allJobs();

		List<JobSummary> filtered = this.jobs.listJobs(TestPlaces.HOME, query).jobs();

		assertThat(filtered).isNotEmpty()
			.hasSizeLessThan(everyJob.size())
			.containsExactlyElementsOf(everyJob.stream().filter(expected).toList());
	}

	static Stream<Arguments> sorts() {
		return Stream.of(
				Arguments.of(SortField.CREATED_AT, (Function<JobSummary, Comparable<?>>) JobSummary::createdAt),
				Arguments.of(SortField.NAME, (Function<JobSummary, Comparable<?>>) JobSummary::name),
				Arguments.of(SortField.STATUS, (Function<JobSummary, Comparable<?>>) (job) -> job.status().name()),
				Arguments.of(SortField.TYPE, (Function<JobSummary, Comparable<?>>) (job) -> job.type().name()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sorts")
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void everySortOrderIsAppliedByMacie(SortField field, Function<JobSummary, Comparable> key) {
		List<JobSummary> ascending = this.jobs
			.listJobs(TestPlaces.HOME,
					query(Set.of(), null, null, null, null, field, true, MacieLimits.JOBS_PER_PAGE, null))
			.jobs();
		List<JobSummary> descending = this.jobs
			.listJobs(TestPlaces.HOME,
					query(Set.of(), null, null, null, null, field, false, MacieLimits.JOBS_PER_PAGE, null))
			.jobs();

		assertThat(ascending).extracting(key::apply).isSorted();
		assertThat(descending).extracting(key::apply).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(new HashSet<>(ascending)).isEqualTo(new HashSet<>(descending));
	}

	@Test
	void everyListedJobCanBeDescribed() {
		for (JobSummary summary : allJobs()) {
			Job job = this.jobs.describeJob(TestPlaces.HOME, summary.jobId());

			assertThat(job.jobId()).isEqualTo(summary.jobId());
			assertThat(job.name()).isEqualTo(summary.name());
			assertThat(job.status()).isEqualTo(summary.status());
			assertThat(job.definition().type()).isEqualTo(summary.type());
			assertThat(job.createdAt()).isEqualTo(summary.createdAt());
			assertThat(job.definition().buckets()).isEqualTo(summary.buckets());
			assertThat(job.pause()).isEqualTo(summary.pause());
			assertThat(job.jobArn()).contains(summary.jobId());
		}
	}

	@Test
	void aCreatedJobIsDescribedAsDefinedAndTheClientTokenMakesCreationIdempotent() {
		JobDefinition definition = validDefinition();

		CreateOutcome.Created created = created(definition, "token-create-1");
		CreateOutcome.Created again = created(definition, "token-create-1");
		CreateOutcome.Created other = created(definition, "token-create-2");

		assertThat(created.name()).isEqualTo(definition.name());
		assertThat(created.asRequested()).isTrue();
		assertThat(again).isEqualTo(created);
		assertThat(other.jobId()).isNotEqualTo(created.jobId());
		Job job = this.jobs.describeJob(TestPlaces.HOME, created.jobId());
		assertThat(job.definition()).isEqualTo(definition);
		assertThat(job.jobArn()).isEqualTo(created.jobArn());
	}

	/**
	 * Macie may answer a reused clientToken with the job it created first (or refuse it):
	 * either way the outcome does not claim the second request's job was created.
	 */
	@Test
	void aReusedClientTokenWithAnotherRequestIsNotReportedAsThatJob() {
		JobDefinition first = validDefinition();
		CreateOutcome.Created created = created(first, "token-reused");
		JobDefinition renamed = renamed(first, "Renamed after creating");

		CreateOutcome outcome = this.jobs.createJob(TestPlaces.HOME, CreateJobRequest.of(renamed, "token-reused"));

		if (outcome instanceof CreateOutcome.Created answered) {
			assertThat(answered.jobId()).isEqualTo(created.jobId());
			assertThat(answered.name()).isEqualTo(first.name());
			assertThat(answered.asRequested()).isFalse();
		}
		else {
			assertThat(outcome).isInstanceOf(CreateOutcome.NotCreated.class);
		}
		assertThat(allJobs()).extracting(JobSummary::name).doesNotContain("Renamed after creating");
	}

	@Test
	void aJobMacieCreatedWhileTooSlowToAnswerIsReportedCreated() {
		this.emulator.faults().latency(Duration.ofMillis(700));
		JobDefinition definition = renamed(validDefinition(), "Created while Macie was slow");
		CreateOutcome outcome;
		try (MacieClients impatient = clients(Duration.ofMillis(250), Duration.ofSeconds(5))) {
			outcome = TestMacieJobs.of(impatient)
				.createJob(TestPlaces.HOME, CreateJobRequest.of(definition, "token-slow"));
		}
		this.emulator.faults().latency(Duration.ZERO);

		List<JobSummary> named = allJobs().stream()
			.filter((job) -> job.name().equals("Created while Macie was slow"))
			.toList();
		assertThat(named).hasSize(1);
		assertThat(outcome).isInstanceOfSatisfying(CreateOutcome.Created.class,
				(created) -> assertThat(created.jobId()).isEqualTo(named.get(0).jobId()));
		// the first attempts timed out, then the same request was sent with more patience
		assertThat(this.emulator.counters().count("CreateClassificationJob")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aJobMacieRefusedWhileTooSlowToAnswerIsReportedNotCreated() {
		this.emulator.faults().latency(Duration.ofMillis(700));
		JobDefinition invalid = withAllowLists(renamed(validDefinition(), "Refused while Macie was slow"),
				List.of("no-such-allow-list"));
		CreateOutcome outcome;
		try (MacieClients impatient = clients(Duration.ofMillis(250), Duration.ofSeconds(5))) {
			outcome = TestMacieJobs.of(impatient)
				.createJob(TestPlaces.HOME, CreateJobRequest.of(invalid, "token-slow-invalid"));
		}
		this.emulator.faults().latency(Duration.ZERO);

		assertThat(outcome).isInstanceOfSatisfying(CreateOutcome.NotCreated.class,
				(notCreated) -> assertThat(notCreated.reason().kind()).isEqualTo(Kind.VALIDATION));
	}

	@Test
	void theOutcomeIsUnknownOnlyWhileMacieStaysUnreachable() {
		this.emulator.faults().latency(Duration.ofMillis(1500));
		CreateOutcome outcome;
		try (MacieClients impatient = clients(Duration.ofMillis(200), Duration.ofMillis(600))) {
			outcome = TestMacieJobs.of(impatient)
				.createJob(TestPlaces.HOME,
						CreateJobRequest.of(renamed(validDefinition(), "Never answered"), "token-unanswered"));
		}
		this.emulator.faults().latency(Duration.ZERO);

		assertThat(outcome).isInstanceOfSatisfying(CreateOutcome.Unknown.class,
				(unknown) -> assertThat(unknown.reason().kind()).isEqualTo(Kind.UNAVAILABLE));
	}

	private CreateOutcome.Created created(JobDefinition definition, String clientToken) {
		CreateOutcome outcome = this.jobs.createJob(TestPlaces.HOME, CreateJobRequest.of(definition, clientToken));
		assertThat(outcome).isInstanceOf(CreateOutcome.Created.class);
		return (CreateOutcome.Created) outcome;
	}

	@Test
	void aJobIsPausedResumedAndCancelled() {
		CreateOutcome.Created created = created(oneTime(validDefinition()), "token-lifecycle");
		assertThat(this.jobs.describeJob(TestPlaces.HOME, created.jobId()).status()).isEqualTo(JobStatus.RUNNING);

		this.jobs.changeStatus(TestPlaces.HOME, created.jobId(), StatusChange.PAUSE);
		Job paused = this.jobs.describeJob(TestPlaces.HOME, created.jobId());
		assertThat(paused.status()).isEqualTo(JobStatus.USER_PAUSED);
		assertThat(paused.pause().pausedAt()).isEqualTo(START);
		assertThat(paused.pause().expiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));

		this.jobs.changeStatus(TestPlaces.HOME, created.jobId(), StatusChange.RESUME);
		assertThat(this.jobs.describeJob(TestPlaces.HOME, created.jobId()).status()).isEqualTo(JobStatus.RUNNING);

		this.jobs.changeStatus(TestPlaces.HOME, created.jobId(), StatusChange.CANCEL);
		assertThat(this.jobs.describeJob(TestPlaces.HOME, created.jobId()).status()).isEqualTo(JobStatus.CANCELLED);

		MacieException resumeCancelled = catchThrowableOfType(MacieException.class,
				() -> this.jobs.changeStatus(TestPlaces.HOME, created.jobId(), StatusChange.RESUME));
		assertThat(resumeCancelled.kind()).isEqualTo(Kind.VALIDATION);
		assertThat(resumeCancelled.getMessage()).isNotBlank().doesNotContain("Status Code");
	}

	@Test
	void anInvalidDefinitionIsRefusedWithMaciesMessage() {
		JobDefinition unknownAllowList = withAllowLists(validDefinition(), List.of("no-such-allow-list"));

		MacieException refused = ((CreateOutcome.NotCreated) this.jobs.createJob(TestPlaces.HOME,
				CreateJobRequest.of(unknownAllowList, "token-invalid")))
			.reason();

		assertThat(refused.kind()).isEqualTo(Kind.VALIDATION);
		assertThat(refused.getMessage()).contains("allowListIds");
	}

	@Test
	void anUnknownJobIsNotFound() {
		MacieException notFound = catchThrowableOfType(MacieException.class,
				() -> this.jobs.describeJob(TestPlaces.HOME, "no-such-job"));

		assertThat(notFound.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(notFound.getMessage())
			.isEqualTo("Job no-such-job was not found in " + this.emulator.region() + " / 111122223333.");
	}

	@Test
	void findingAJobTellsNoJobFromAFailure() {
		String seeded = this.jobs.listJobs(TestPlaces.HOME, JobListQuery.firstPage()).jobs().get(0).jobId();
		this.emulator.counters().reset();

		assertThat(this.jobs.findJob(TestPlaces.HOME, seeded)).map(Job::jobId).contains(seeded);
		assertThat(this.jobs.findJob(TestPlaces.HOME, "no-such-job")).isEmpty();
		assertThat(this.jobs.findJob(TestPlaces.HOME, "../not an id")).isEmpty();
		// only the two ids that could be jobs were asked about
		assertThat(this.emulator.counters().count("DescribeClassificationJob")).isEqualTo(2);

		this.emulator.faults().throttlingShare(1);
		MacieException busy = catchThrowableOfType(MacieException.class,
				() -> this.jobs.findJob(TestPlaces.HOME, "another-job"));
		assertThat(busy.kind()).isEqualTo(Kind.THROTTLED);
	}

	@Test
	void identifierAndAllowListsComeWhole() {
		List<ManagedDataIdentifier> managed = this.jobs.managedDataIdentifiers(TestPlaces.HOME);

		assertThat(this.emulator.counters().count("ListManagedDataIdentifiers")).isGreaterThan(1);
		assertThat(managed).doesNotHaveDuplicates()
			.contains(new ManagedDataIdentifier("CREDIT_CARD_NUMBER", "FINANCIAL_INFORMATION"));
		assertThat(this.jobs.customDataIdentifiers(TestPlaces.HOME)).isNotEmpty().allSatisfy((custom) -> {
			assertThat(custom.id()).isNotBlank();
			assertThat(custom.name()).isNotBlank();
		});
		assertThat(this.jobs.allowLists(TestPlaces.HOME)).isNotEmpty()
			.allSatisfy((list) -> assertThat(list.name()).isNotBlank());
	}

	@Test
	void bucketsAreFoundByAccountAndNamePrefix() {
		List<Bucket> every = this.jobs.describeBuckets(TestPlaces.HOME, new BucketQuery(List.of(), null, 50, null))
			.buckets();
		Bucket someBucket = every.get(every.size() - 1);
		String prefix = someBucket.name().substring(0, someBucket.name().length() - 2);

		List<Bucket> found = this.jobs
			.describeBuckets(TestPlaces.HOME, new BucketQuery(List.of(someBucket.accountId()), prefix, 50, null))
			.buckets();

		assertThat(found).contains(someBucket)
			.containsExactlyInAnyOrderElementsOf(every.stream()
				.filter((bucket) -> bucket.accountId().equals(someBucket.accountId())
						&& bucket.name().startsWith(prefix))
				.toList());
		assertThat(every).anySatisfy((bucket) -> {
			assertThat(bucket.sizeInBytes()).isPositive();
			assertThat(bucket.tags()).isNotEmpty();
		});
	}

	@Test
	void theSessionNamesTheEmulatorsRegion() {
		MacieSession session = this.jobs.session(TestPlaces.HOME);

		assertThat(session.region()).isEqualTo(this.emulator.region());
		assertThat(session.status()).isEqualTo("ENABLED");
		assertThat(session.createdAt()).isBefore(START);
	}

	@Test
	void macieNotEnabledIsSaidPlainly() {
		this.emulator.faults().macieEnabled(false);

		MacieException error = catchThrowableOfType(MacieException.class,
				() -> this.jobs.listJobs(TestPlaces.HOME, JobListQuery.firstPage()));

		assertThat(error.kind()).isEqualTo(Kind.NOT_ENABLED);
		assertThat(error.getMessage())
			.isEqualTo("Macie is not enabled in " + this.emulator.region() + " / 111122223333.");
	}

	static Stream<Arguments> injectedErrors() {
		return Stream.of(Arguments.of("AccessDeniedException", Kind.ACCESS_DENIED),
				Arguments.of("ResourceNotFoundException", Kind.NOT_FOUND),
				Arguments.of("ValidationException", Kind.VALIDATION), Arguments.of("ConflictException", Kind.CONFLICT),
				Arguments.of("ServiceQuotaExceededException", Kind.QUOTA_EXCEEDED));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("injectedErrors")
	void everyMacieErrorArrivesTranslated(String errorType, Kind kind) {
		this.emulator.faults().failNextRequest(errorType, "Injected " + errorType);

		MacieException error = catchThrowableOfType(MacieException.class,
				() -> this.jobs.describeJob(TestPlaces.HOME, "job-x"));

		assertThat(error.kind()).isEqualTo(kind);
	}

	@Test
	void aSingleThrottledAnswerIsRetriedByTheSdk() {
		this.emulator.faults().failNextRequest("ThrottlingException", "Rate exceeded");

		assertThat(this.jobs.session(TestPlaces.HOME).status()).isEqualTo("ENABLED");
		assertThat(this.emulator.counters().count("GetMacieSession")).isEqualTo(2);
	}

	@Test
	void lastingThrottlingIsThrottled() {
		this.emulator.faults().throttlingShare(1);

		MacieException error = catchThrowableOfType(MacieException.class, () -> this.jobs.session(TestPlaces.HOME));

		assertThat(error.kind()).isEqualTo(Kind.THROTTLED);
		assertThat(error.getMessage()).isEqualTo("Macie is busy, try again in a moment.");
	}

	@Test
	void lastingInternalErrorsAreUnavailable() {
		this.emulator.faults().internalErrorShare(1);

		assertThat(catchThrowableOfType(MacieException.class, () -> this.jobs.session(TestPlaces.HOME)).kind())
			.isEqualTo(Kind.UNAVAILABLE);
	}

	@Test
	void aMacieThatDoesNotAnswerInTimeIsUnavailable() {
		this.emulator.faults().latency(Duration.ofSeconds(2));
		try (MacieClients impatient = clients(Duration.ofMillis(200))) {
			MacieException error = catchThrowableOfType(MacieException.class,
					() -> TestMacieJobs.of(impatient).session(TestPlaces.HOME));

			assertThat(error.kind()).isEqualTo(Kind.UNAVAILABLE);
			assertThat(error.getMessage()).contains("did not answer in time");
		}
		this.emulator.faults().latency(Duration.ZERO);
	}

	@Test
	void aMacieThatIsNotRunningIsUnavailable() {
		this.jobs.session(TestPlaces.HOME);
		this.emulator.stop();

		MacieException error = catchThrowableOfType(MacieException.class, () -> this.jobs.session(TestPlaces.HOME));

		assertThat(error.kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(error.getMessage()).startsWith("Macie could not be reached in " + this.emulator.region());
	}

	@Test
	void theHealthIndicatorIsUpWhenMacieAnswersAndDownWithTheReasonWhenNotEnabled() {
		MacieHealthIndicator health = new MacieHealthIndicator(this.jobs);

		Health up = health.health();
		this.emulator.faults().macieEnabled(false);
		Health down = health.health();

		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails()).containsEntry("places",
				Map.of("us-east-1 / 111122223333", Map.of("status", "UP", "macieStatus", "ENABLED")));
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("places", Map.of("us-east-1 / 111122223333", Map.of("status",
				"DOWN", "kind", "NOT_ENABLED", "reason", "Macie is not enabled in us-east-1 / 111122223333.")));
	}

	/**
	 * A scheduled job on a real bucket, with identifiers and an allow list that the
	 * emulator holds.
	 */
	private JobDefinition validDefinition() {
		Bucket bucket = this.jobs.describeBuckets(TestPlaces.HOME, new BucketQuery(List.of(), null, 1, null))
			.buckets()
			.get(0);
		JobDefinition shape = JobDefinitions.dailySpecificBuckets();
		return new JobDefinition("Service layer test job", "Created through MacieJobs", JobType.SCHEDULED,
				shape.schedule(), true, 50,
				new SpecificBuckets(List.of(new AccountBuckets(bucket.accountId(), List.of(bucket.name())))),
				shape.objectScope(), ManagedIdentifierSelector.INCLUDE,
				List.of(this.jobs.managedDataIdentifiers(TestPlaces.HOME).get(0).id()),
				List.of(this.jobs.customDataIdentifiers(TestPlaces.HOME).get(0).id()),
				List.of(this.jobs.allowLists(TestPlaces.HOME).get(0).id()), Map.of("team", "compliance"));
	}

	private static JobDefinition renamed(JobDefinition d, String name) {
		return new JobDefinition(name, d.description(), d.type(), d.schedule(), d.initialRun(), d.samplingPercentage(),
				d.buckets(), d.objectScope(), d.managedIdentifierSelector(), d.managedDataIdentifierIds(),
				d.customDataIdentifierIds(), d.allowListIds(), d.tags());
	}

	private static JobDefinition withAllowLists(JobDefinition d, List<String> allowListIds) {
		return new JobDefinition(d.name(), d.description(), d.type(), d.schedule(), d.initialRun(),
				d.samplingPercentage(), d.buckets(), d.objectScope(), d.managedIdentifierSelector(),
				d.managedDataIdentifierIds(), d.customDataIdentifierIds(), allowListIds, d.tags());
	}

	private static JobDefinition oneTime(JobDefinition definition) {
		return new JobDefinition(definition.name(), definition.description(), JobType.ONE_TIME, null, false,
				definition.samplingPercentage(), definition.buckets(), definition.objectScope(),
				definition.managedIdentifierSelector(), definition.managedDataIdentifierIds(),
				definition.customDataIdentifierIds(), definition.allowListIds(), definition.tags());
	}

	private List<JobSummary> allJobs() {
		JobPage page = this.jobs.listJobs(TestPlaces.HOME,
				query(Set.of(), null, null, null, null, SortField.CREATED_AT, false, MacieLimits.JOBS_PER_PAGE, null));
		assertThat(page.nextToken()).isNull();
		return page.jobs();
	}

	private static JobListQuery query(Set<JobStatus> statuses, JobType type, String name, Instant after,
			Instant before) {
		return query(statuses, type, name, after, before, SortField.CREATED_AT, false, MacieLimits.JOBS_PER_PAGE, null);
	}

	private static JobListQuery query(Set<JobStatus> statuses, JobType type, String name, Instant after, Instant before,
			SortField sortBy, boolean ascending, int pageSize, String token) {
		return new JobListQuery(statuses, type, name, after, before, sortBy, ascending, pageSize, token);
	}

}
