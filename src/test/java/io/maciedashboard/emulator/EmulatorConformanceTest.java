package io.maciedashboard.emulator;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.macie2.model.BucketCriteriaAdditionalProperties;
import software.amazon.awssdk.services.macie2.model.BucketMetadata;
import software.amazon.awssdk.services.macie2.model.ConflictException;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsRequest;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsResponse;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionResponse;
import software.amazon.awssdk.services.macie2.model.JobComparator;
import software.amazon.awssdk.services.macie2.model.JobScheduleFrequency;
import software.amazon.awssdk.services.macie2.model.JobScopeTerm;
import software.amazon.awssdk.services.macie2.model.JobScopingBlock;
import software.amazon.awssdk.services.macie2.model.JobStatus;
import software.amazon.awssdk.services.macie2.model.JobSummary;
import software.amazon.awssdk.services.macie2.model.JobType;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsResponse;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterKey;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterTerm;
import software.amazon.awssdk.services.macie2.model.ListJobsSortAttributeName;
import software.amazon.awssdk.services.macie2.model.MacieStatus;
import software.amazon.awssdk.services.macie2.model.ManagedDataIdentifierSelector;
import software.amazon.awssdk.services.macie2.model.ManagedDataIdentifierSummary;
import software.amazon.awssdk.services.macie2.model.OrderBy;
import software.amazon.awssdk.services.macie2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.macie2.model.S3BucketDefinitionForJob;
import software.amazon.awssdk.services.macie2.model.S3JobDefinition;
import software.amazon.awssdk.services.macie2.model.Scoping;
import software.amazon.awssdk.services.macie2.model.ScopeFilterKey;
import software.amazon.awssdk.services.macie2.model.SimpleScopeTerm;
import software.amazon.awssdk.services.macie2.model.ValidationException;
import software.amazon.awssdk.services.macie2.model.WeeklySchedule;
import software.amazon.awssdk.services.macie2.model.DayOfWeek;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation through the real AWS SDK client against a running emulator with the
 * shipped seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatorConformanceTest {

	private final EmulatorFixture fixture = new EmulatorFixture();

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	private List<JobSummary> allJobs() {
		return this.fixture.macie.listClassificationJobsPaginator(ListClassificationJobsRequest.builder().build())
			.items()
			.stream()
			.toList();
	}

	private List<JobSummary> listed(ListClassificationJobsRequest request) {
		return this.fixture.macie.listClassificationJobsPaginator(request).items().stream().toList();
	}

	private static ListClassificationJobsRequest including(ListJobsFilterKey key, JobComparator comparator,
			String... values) {
		return ListClassificationJobsRequest.builder()
			.filterCriteria(criteria -> criteria
				.includes(ListJobsFilterTerm.builder().key(key).comparator(comparator).values(values).build()))
			.build();
	}

	// ListClassificationJobs

	@Test
	void thePaginatorWalksEverySeededJobPageByPage() {
		var pages = this.fixture.macie
			.listClassificationJobsPaginator(ListClassificationJobsRequest.builder().maxResults(7).build())
			.stream()
			.toList();
		List<String> ids = pages.stream().flatMap(page -> page.items().stream()).map(JobSummary::jobId).toList();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
		assertThat(pages).hasSize((ids.size() + 6) / 7);
		assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page.items()).hasSize(7));
		assertThat(pages.get(pages.size() - 1).nextToken()).isNull();
	}

	@Test
	void aJobListIsInCreationOrderUnlessSortedOtherwise() {
		List<Instant> created = allJobs().stream().map(JobSummary::createdAt).toList();
		assertThat(created).isSorted();
	}

	static Stream<Arguments> sorts() {
		return Stream.of(Arguments.of(ListJobsSortAttributeName.NAME, Comparator.comparing(JobSummary::name)),
				Arguments.of(ListJobsSortAttributeName.CREATED_AT, Comparator.comparing(JobSummary::createdAt)),
				Arguments.of(ListJobsSortAttributeName.JOB_STATUS, Comparator.comparing(JobSummary::jobStatusAsString)),
				Arguments.of(ListJobsSortAttributeName.JOB_TYPE, Comparator.comparing(JobSummary::jobTypeAsString)));
	}

	@ParameterizedTest
	@MethodSource("sorts")
	void jobsSortByEachAttributeBothWays(ListJobsSortAttributeName attribute, Comparator<JobSummary> order) {
		for (OrderBy orderBy : List.of(OrderBy.ASC, OrderBy.DESC)) {
			List<JobSummary> sorted = listed(ListClassificationJobsRequest.builder()
				.sortCriteria(sort -> sort.attributeName(attribute).orderBy(orderBy))
				.maxResults(9)
				.build());
			assertThat(sorted).hasSize(allJobs().size())
				.isSortedAccordingTo((orderBy == OrderBy.ASC) ? order : order.reversed());
		}
	}

	static Stream<Arguments> filters() {
		Instant pivot = EmulatorFixture.START.minus(Duration.ofDays(30));
		return Stream.of(
				Arguments.of(ListJobsFilterKey.JOB_STATUS, JobComparator.EQ, List.of("USER_PAUSED", "PAUSED"),
						(Function<JobSummary, Boolean>) job -> List.of("USER_PAUSED", "PAUSED")
							.contains(job.jobStatusAsString())),
				Arguments.of(ListJobsFilterKey.JOB_STATUS, JobComparator.NE, List.of("COMPLETE"),
						(Function<JobSummary, Boolean>) job -> job.jobStatus() != JobStatus.COMPLETE),
				Arguments.of(ListJobsFilterKey.JOB_TYPE, JobComparator.EQ, List.of("SCHEDULED"),
						(Function<JobSummary, Boolean>) job -> job.jobType() == JobType.SCHEDULED),
				Arguments.of(ListJobsFilterKey.JOB_TYPE, JobComparator.NE, List.of("SCHEDULED"),
						(Function<JobSummary, Boolean>) job -> job.jobType() == JobType.ONE_TIME),
				Arguments.of(ListJobsFilterKey.NAME, JobComparator.CONTAINS, List.of("weekly", "Weekly"),
						(Function<JobSummary, Boolean>) job -> job.name().contains("Weekly")
								|| job.name().contains("weekly")),
				Arguments.of(ListJobsFilterKey.NAME, JobComparator.STARTS_WITH, List.of("Daily"),
						(Function<JobSummary, Boolean>) job -> job.name().startsWith("Daily")),
				Arguments.of(ListJobsFilterKey.NAME, JobComparator.EQ, List.of("Daily finance sweep"),
						(Function<JobSummary, Boolean>) job -> job.name().equals("Daily finance sweep")),
				Arguments.of(ListJobsFilterKey.NAME, JobComparator.NE, List.of("Daily finance sweep"),
						(Function<JobSummary, Boolean>) job -> !job.name().equals("Daily finance sweep")),
				Arguments.of(ListJobsFilterKey.CREATED_AT, JobComparator.GT, List.of(pivot.toString()),
						(Function<JobSummary, Boolean>) job -> job.createdAt().isAfter(pivot)),
				Arguments.of(ListJobsFilterKey.CREATED_AT, JobComparator.GTE, List.of(pivot.toString()),
						(Function<JobSummary, Boolean>) job -> !job.createdAt().isBefore(pivot)),
				Arguments.of(ListJobsFilterKey.CREATED_AT, JobComparator.LT, List.of(pivot.toString()),
						(Function<JobSummary, Boolean>) job -> job.createdAt().isBefore(pivot)),
				Arguments.of(ListJobsFilterKey.CREATED_AT, JobComparator.LTE, List.of(pivot.toString()),
						(Function<JobSummary, Boolean>) job -> !job.createdAt().isAfter(pivot)),
				Arguments.of(ListJobsFilterKey.CREATED_AT, JobComparator.EQ, List.of(pivot.toString()),
						(Function<JobSummary, Boolean>) job -> job.createdAt().equals(pivot)),
				Arguments.of(ListJobsFilterKey.CREATED_AT, JobComparator.NE, List.of(pivot.toString()),
						(Function<JobSummary, Boolean>) job -> !job.createdAt().equals(pivot)));
	}

	@Test
	void nameFiltersAreCaseSensitiveAsMaciesAre() {
		List<String> capitalised = listed(including(ListJobsFilterKey.NAME, JobComparator.CONTAINS, "Payroll")).stream()
			.map(JobSummary::name)
			.toList();
		assertThat(capitalised).isNotEmpty().allMatch((name) -> name.contains("Payroll"));
		assertThat(listed(including(ListJobsFilterKey.NAME, JobComparator.CONTAINS, "payroll")))
			.allMatch((job) -> job.name().contains("payroll"))
			.hasSizeLessThan(capitalised.size());
		assertThat(listed(including(ListJobsFilterKey.NAME, JobComparator.STARTS_WITH, "payroll"))).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("filters")
	void jobsFilterOnEachKeyWithItsComparators(ListJobsFilterKey key, JobComparator comparator, List<String> values,
			Function<JobSummary, Boolean> expected) {
		List<JobSummary> all = allJobs();
		List<String> wanted = all.stream().filter(expected::apply).map(JobSummary::jobId).toList();
		List<String> got = listed(including(key, comparator, values.toArray(String[]::new))).stream()
			.map(JobSummary::jobId)
			.toList();
		assertThat(got).containsExactlyInAnyOrderElementsOf(wanted);
		assertThat(all).hasSizeGreaterThan(got.size());
	}

	@Test
	void excludesRemoveTheJobsTheyMatchAndCombineWithIncludes() {
		List<JobSummary> got = listed(ListClassificationJobsRequest.builder()
			.filterCriteria(criteria -> criteria
				.includes(ListJobsFilterTerm.builder()
					.key(ListJobsFilterKey.JOB_TYPE)
					.comparator(JobComparator.EQ)
					.values("SCHEDULED")
					.build())
				.excludes(ListJobsFilterTerm.builder()
					.key(ListJobsFilterKey.JOB_STATUS)
					.comparator(JobComparator.EQ)
					.values("IDLE")
					.build()))
			.build());
		List<String> wanted = allJobs().stream()
			.filter(job -> job.jobType() == JobType.SCHEDULED && job.jobStatus() != JobStatus.IDLE)
			.map(JobSummary::jobId)
			.toList();
		assertThat(got).extracting(JobSummary::jobId).containsExactlyInAnyOrderElementsOf(wanted).isNotEmpty();
	}

	static Stream<Arguments> badListRequests() {
		return Stream.of(
				Arguments.of(including(ListJobsFilterKey.JOB_STATUS, JobComparator.CONTAINS, "RUN"),
						"filterCriteria.includes[0].comparator"),
				Arguments.of(including(ListJobsFilterKey.JOB_STATUS, JobComparator.EQ, "SLEEPING"),
						"filterCriteria.includes[0].values"),
				Arguments.of(including(ListJobsFilterKey.JOB_TYPE, JobComparator.GT, "ONE_TIME"),
						"filterCriteria.includes[0].comparator"),
				Arguments.of(including(ListJobsFilterKey.CREATED_AT, JobComparator.GT, "yesterday"),
						"filterCriteria.includes[0].values"),
				Arguments.of(including(ListJobsFilterKey.CREATED_AT, JobComparator.CONTAINS, "2026"),
						"filterCriteria.includes[0].comparator"),
				Arguments.of(including(ListJobsFilterKey.NAME, JobComparator.GT, "a"),
						"filterCriteria.includes[0].comparator"),
				Arguments.of(including(ListJobsFilterKey.NAME, JobComparator.EQ), "filterCriteria.includes[0].values"),
				Arguments.of(ListClassificationJobsRequest.builder().maxResults(0).build(), "maxResults"),
				Arguments.of(ListClassificationJobsRequest.builder().maxResults(201).build(), "maxResults"),
				Arguments.of(ListClassificationJobsRequest.builder().nextToken("not-a-token").build(), "nextToken"));
	}

	@ParameterizedTest
	@MethodSource("badListRequests")
	void aBadJobListRequestIsAValidationExceptionNamingTheMember(ListClassificationJobsRequest request, String member) {
		assertThatThrownBy(() -> this.fixture.macie.listClassificationJobs(request))
			.isInstanceOfSatisfying(ValidationException.class, ex -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).startsWith(member + ":");
			});
	}

	@Test
	void aNextTokenOnlyWorksForTheQueryThatGaveIt() {
		ListClassificationJobsResponse first = this.fixture.macie
			.listClassificationJobs(ListClassificationJobsRequest.builder().maxResults(5).build());
		assertThat(first.nextToken()).isNotNull();
		ListClassificationJobsRequest otherQuery = including(ListJobsFilterKey.JOB_TYPE, JobComparator.EQ, "ONE_TIME")
			.toBuilder()
			.maxResults(5)
			.nextToken(first.nextToken())
			.build();
		assertThatThrownBy(() -> this.fixture.macie.listClassificationJobs(otherQuery))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("nextToken");
	}

	// DescribeClassificationJob, CreateClassificationJob, UpdateClassificationJob

	@Test
	void aSeededJobIsDescribedInFull() {
		JobSummary summary = listed(including(ListJobsFilterKey.NAME, JobComparator.EQ, "Weekly HR records")).get(0);
		DescribeClassificationJobResponse job = this.fixture.macie
			.describeClassificationJob(request -> request.jobId(summary.jobId()));
		assertThat(job.jobId()).isEqualTo(summary.jobId());
		assertThat(job.jobArn())
			.isEqualTo("arn:aws:macie2:us-east-1:111122223333:classification-job/" + summary.jobId());
		assertThat(job.jobType()).isEqualTo(JobType.SCHEDULED);
		assertThat(job.jobStatus()).isEqualTo(JobStatus.IDLE);
		assertThat(job.scheduleFrequency().weeklySchedule().dayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(job.managedDataIdentifierSelector()).isEqualTo(ManagedDataIdentifierSelector.INCLUDE);
		assertThat(job.managedDataIdentifierIds()).containsExactly("USA_SOCIAL_SECURITY_NUMBER", "BANK_ACCOUNT_NUMBER");
		assertThat(job.customDataIdentifierIds()).hasSize(1);
		assertThat(job.createdAt()).isEqualTo(EmulatorFixture.START.minus(Duration.ofDays(150)));
		assertThat(job.lastRunTime()).isEqualTo(EmulatorFixture.START.minus(Duration.ofDays(3)));
		assertThat(job.statistics().numberOfRuns()).isEqualTo(21.0);
		assertThat(job.statistics().approximateNumberOfObjectsToProcess()).isZero();
		assertThat(job.s3JobDefinition().bucketDefinitions().get(0).buckets())
			.containsExactly("acme-hr-employee-records");
		assertThat(job.userPausedDetails()).isNull();
	}

	@Test
	void anUnknownJobIsAResourceNotFoundException() {
		assertThatThrownBy(() -> this.fixture.macie
			.describeClassificationJob(request -> request.jobId("0123456789abcdef0123456789abcdef")))
			.isInstanceOfSatisfying(ResourceNotFoundException.class, ex -> assertThat(ex.statusCode()).isEqualTo(404));
		assertThatThrownBy(() -> this.fixture.macie.updateClassificationJob(
				request -> request.jobId("0123456789abcdef0123456789abcdef").jobStatus(JobStatus.CANCELLED)))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	static CreateClassificationJobRequest.Builder newJob(String clientToken) {
		return CreateClassificationJobRequest.builder()
			.clientToken(clientToken)
			.name("Conformance " + clientToken)
			.description("made by a test")
			.jobType(JobType.SCHEDULED)
			.initialRun(true)
			.scheduleFrequency(JobScheduleFrequency.builder()
				.weeklySchedule(WeeklySchedule.builder().dayOfWeek(DayOfWeek.THURSDAY).build())
				.build())
			.samplingPercentage(40)
			.managedDataIdentifierSelector(ManagedDataIdentifierSelector.EXCLUDE)
			.managedDataIdentifierIds("ADDRESS")
			.customDataIdentifierIds("5e2f3c1a-7b4d-4e8f-9a0b-1c2d3e4f5a6b")
			.allowListIds("a1b2c3d4e5f6g7h8i9j0k1")
			.tags(Map.of("team", "qa"))
			.s3JobDefinition(S3JobDefinition.builder()
				.bucketDefinitions(S3BucketDefinitionForJob.builder()
					.accountId("111122223333")
					.buckets("acme-finance-invoices")
					.build())
				.scoping(Scoping.builder()
					.includes(JobScopingBlock.builder()
						.and(JobScopeTerm.builder()
							.simpleScopeTerm(SimpleScopeTerm.builder()
								.key(ScopeFilterKey.OBJECT_EXTENSION)
								.comparator(JobComparator.EQ)
								.values("pdf", "csv")
								.build())
							.build())
						.build())
					.build())
				.build());
	}

	@Test
	void aCreatedJobIsDescribedAsItWasDefinedAndStartsRunning() {
		CreateClassificationJobRequest request = newJob("create-1").build();
		CreateClassificationJobResponse created = this.fixture.macie.createClassificationJob(request);
		assertThat(created.jobId()).matches("[0-9a-f]{32}");
		assertThat(created.jobArn()).endsWith(":classification-job/" + created.jobId());

		DescribeClassificationJobResponse job = this.fixture.macie
			.describeClassificationJob(r -> r.jobId(created.jobId()));
		assertThat(job.name()).isEqualTo(request.name());
		assertThat(job.description()).isEqualTo(request.description());
		assertThat(job.clientToken()).isEqualTo("create-1");
		assertThat(job.jobType()).isEqualTo(JobType.SCHEDULED);
		assertThat(job.initialRun()).isTrue();
		assertThat(job.scheduleFrequency()).isEqualTo(request.scheduleFrequency());
		assertThat(job.samplingPercentage()).isEqualTo(40);
		assertThat(job.managedDataIdentifierSelector()).isEqualTo(ManagedDataIdentifierSelector.EXCLUDE);
		assertThat(job.managedDataIdentifierIds()).containsExactly("ADDRESS");
		assertThat(job.customDataIdentifierIds()).isEqualTo(request.customDataIdentifierIds());
		assertThat(job.allowListIds()).isEqualTo(request.allowListIds());
		assertThat(job.tags()).isEqualTo(Map.of("team", "qa"));
		assertThat(job.s3JobDefinition()).isEqualTo(request.s3JobDefinition());
		assertThat(job.createdAt()).isEqualTo(EmulatorFixture.START);
		assertThat(job.jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(job.lastRunTime()).isEqualTo(EmulatorFixture.START);
		assertThat(job.statistics().numberOfRuns()).isEqualTo(1.0);
		assertThat(job.statistics().approximateNumberOfObjectsToProcess()).isPositive();
		assertThat(job.lastRunErrorStatus().codeAsString()).isEqualTo("NONE");
		assertThat(listed(including(ListJobsFilterKey.NAME, JobComparator.EQ, request.name())))
			.extracting(JobSummary::jobId)
			.containsExactly(created.jobId());
	}

	@Test
	void theSameClientTokenGivesTheSameJob() {
		int before = allJobs().size();
		CreateClassificationJobResponse first = this.fixture.macie.createClassificationJob(newJob("twice").build());
		CreateClassificationJobResponse second = this.fixture.macie.createClassificationJob(newJob("twice").build());
		assertThat(second.jobId()).isEqualTo(first.jobId());
		assertThat(second.jobArn()).isEqualTo(first.jobArn());
		assertThat(allJobs()).hasSize(before + 1);
	}

	@Test
	void aReusedClientTokenWithAnotherRequestIsAConflictAndCreatesNothing() {
		CreateClassificationJobResponse first = this.fixture.macie.createClassificationJob(newJob("reused").build());
		int jobs = allJobs().size();
		assertThatThrownBy(() -> this.fixture.macie
			.createClassificationJob(newJob("reused").name("Another job with the same token").build()))
			.isInstanceOfSatisfying(ConflictException.class, ex -> {
				assertThat(ex.statusCode()).isEqualTo(409);
				assertThat(ex.awsErrorDetails().errorMessage()).startsWith("clientToken:").contains(first.jobId());
			});
		assertThat(allJobs()).hasSize(jobs);
		assertThat(this.fixture.macie.createClassificationJob(newJob("reused").build()).jobId())
			.isEqualTo(first.jobId());
	}

	@Test
	void everyOneTimeJobIsDescribedWithInitialRunFalse() {
		String created = this.fixture.macie
			.createClassificationJob(newJob("one-time").jobType(JobType.ONE_TIME)
				.initialRun((Boolean) null)
				.scheduleFrequency((JobScheduleFrequency) null)
				.build())
			.jobId();
		List<String> oneTime = allJobs().stream()
			.filter(job -> job.jobType() == JobType.ONE_TIME)
			.map(JobSummary::jobId)
			.toList();
		assertThat(oneTime).contains(created).hasSizeGreaterThan(1);
		assertThat(oneTime).allSatisfy(jobId -> assertThat(
				this.fixture.macie.describeClassificationJob(request -> request.jobId(jobId)).initialRun())
			.isFalse());
	}

	@ParameterizedTest
	@EnumSource(value = ManagedDataIdentifierSelector.class, names = { "ALL", "NONE", "RECOMMENDED" })
	void managedIdentifierIdsAreAbsentForASelectorThatTakesNone(ManagedDataIdentifierSelector selector) {
		String jobId = this.fixture.macie
			.createClassificationJob(newJob("selector-" + selector).managedDataIdentifierSelector(selector)
				.managedDataIdentifierIds((List<String>) null)
				.build())
			.jobId();
		DescribeClassificationJobResponse job = this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId));
		assertThat(job.managedDataIdentifierSelector()).isEqualTo(selector);
		assertThat(job.hasManagedDataIdentifierIds()).isFalse();
		assertThat(job.hasCustomDataIdentifierIds()).isTrue();
	}

	@Test
	void customIdentifierIdsAreAbsentForAJobUsingOnlyManagedOnes() {
		String jobId = this.fixture.macie
			.createClassificationJob(newJob("managed-only").customDataIdentifierIds((List<String>) null).build())
			.jobId();
		DescribeClassificationJobResponse job = this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId));
		assertThat(job.hasCustomDataIdentifierIds()).isFalse();
		assertThat(job.hasManagedDataIdentifierIds()).isTrue();
		assertThat(job.managedDataIdentifierIds()).containsExactly("ADDRESS");
	}

	@Test
	void aRunningJobIsPausedResumedAndCancelled() {
		String jobId = this.fixture.macie.createClassificationJob(newJob("pause-resume").build()).jobId();

		this.fixture.macie.updateClassificationJob(r -> r.jobId(jobId).jobStatus(JobStatus.USER_PAUSED));
		DescribeClassificationJobResponse paused = this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId));
		assertThat(paused.jobStatus()).isEqualTo(JobStatus.USER_PAUSED);
		assertThat(paused.userPausedDetails().jobPausedAt()).isEqualTo(EmulatorFixture.START);
		assertThat(paused.userPausedDetails().jobExpiresAt())
			.isEqualTo(EmulatorFixture.START.plus(Duration.ofDays(30)));
		assertThat(paused.userPausedDetails().jobImminentExpirationHealthEventArn()).isNull();

		this.fixture.macie.updateClassificationJob(r -> r.jobId(jobId).jobStatus(JobStatus.RUNNING));
		assertThat(this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId)).jobStatus())
			.isEqualTo(JobStatus.RUNNING);

		this.fixture.macie.updateClassificationJob(r -> r.jobId(jobId).jobStatus(JobStatus.CANCELLED));
		DescribeClassificationJobResponse cancelled = this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId));
		assertThat(cancelled.jobStatus()).isEqualTo(JobStatus.CANCELLED);
		assertThat(cancelled.userPausedDetails()).isNull();
		assertThat(cancelled.statistics().approximateNumberOfObjectsToProcess()).isZero();
	}

	static Stream<Arguments> forbiddenChanges() {
		return Stream.of(Arguments.of("COMPLETE", JobStatus.USER_PAUSED), Arguments.of("COMPLETE", JobStatus.CANCELLED),
				Arguments.of("CANCELLED", JobStatus.RUNNING), Arguments.of("CANCELLED", JobStatus.USER_PAUSED),
				Arguments.of("RUNNING", JobStatus.RUNNING), Arguments.of("IDLE", JobStatus.RUNNING),
				Arguments.of("PAUSED", JobStatus.RUNNING), Arguments.of("USER_PAUSED", JobStatus.USER_PAUSED),
				Arguments.of("RUNNING", JobStatus.COMPLETE), Arguments.of("RUNNING", JobStatus.IDLE),
				Arguments.of("RUNNING", JobStatus.PAUSED));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("forbiddenChanges")
	void aChangeMacieDoesNotAllowIsAValidationException(String from, JobStatus to) {
		String jobId = listed(including(ListJobsFilterKey.JOB_STATUS, JobComparator.EQ, from)).get(0).jobId();
		assertThatThrownBy(() -> this.fixture.macie.updateClassificationJob(r -> r.jobId(jobId).jobStatus(to)))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.awsErrorDetails().errorMessage()).startsWith("jobStatus:"));
		assertThat(this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId)).jobStatusAsString())
			.isEqualTo(from);
	}

	// Identifiers, allow lists, buckets, session

	@Test
	void everyManagedDataIdentifierOfTheSeedIsListedAcrossPages() throws Exception {
		JsonNode seed = JsonMapper.builder()
			.build()
			.readTree(getClass().getResourceAsStream("/emulator/seed/managed-data-identifiers.json"));
		var pages = this.fixture.macie.listManagedDataIdentifiersPaginator(r -> {
		}).stream().toList();
		assertThat(pages).hasSizeGreaterThan(1);
		List<ManagedDataIdentifierSummary> items = pages.stream().flatMap(page -> page.items().stream()).toList();
		assertThat(items).hasSize(seed.path("items").size());
		assertThat(items.get(0).id()).isEqualTo(seed.path("items").get(0).path("id").asString());
		assertThat(items.get(0).categoryAsString()).isEqualTo(seed.path("items").get(0).path("category").asString());
	}

	@Test
	void customDataIdentifiersAreListedWithArnsAndPaged() {
		var pages = this.fixture.macie.listCustomDataIdentifiersPaginator(r -> r.maxResults(3)).stream().toList();
		assertThat(pages).hasSize(2);
		var items = pages.stream().flatMap(page -> page.items().stream()).toList();
		assertThat(items).hasSize(4).allSatisfy(item -> {
			assertThat(item.arn())
				.isEqualTo("arn:aws:macie2:us-east-1:111122223333:custom-data-identifier/" + item.id());
			assertThat(item.name()).isNotBlank();
			assertThat(item.createdAt()).isBefore(EmulatorFixture.START);
		});
	}

	@Test
	void allowListsArePagedThroughTheQueryString() {
		var first = this.fixture.macie.listAllowLists(r -> r.maxResults(2));
		assertThat(first.allowLists()).hasSize(2);
		var second = this.fixture.macie.listAllowLists(r -> r.maxResults(2).nextToken(first.nextToken()));
		assertThat(second.allowLists()).hasSize(1);
		assertThat(second.nextToken()).isNull();
		assertThat(second.allowLists().get(0).arn())
			.matches("arn:aws:macie2:us-east-1:111122223333:allow-list/[a-z0-9]{22}");
		assertThatThrownBy(() -> this.fixture.macie.listAllowLists(r -> r.maxResults(26)))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void bucketsAreDescribedFilteredSortedAndPaged() {
		List<BucketMetadata> all = this.fixture.macie.describeBucketsPaginator(r -> r.maxResults(5))
			.buckets()
			.stream()
			.toList();
		assertThat(all).hasSizeGreaterThan(5);
		assertThat(all).extracting(BucketMetadata::accountId)
			.containsOnly("111122223333", "444455556666", "777788889999");
		assertThat(all).allSatisfy(bucket -> {
			assertThat(bucket.bucketArn()).isEqualTo("arn:aws:s3:::" + bucket.bucketName());
			assertThat(bucket.region()).isEqualTo("us-east-1");
			assertThat(bucket.bucketCreatedAt()).isBefore(EmulatorFixture.START);
		});
		assertThat(all)
			.anySatisfy(bucket -> assertThat(bucket.publicAccess().effectivePermissionAsString()).isEqualTo("PUBLIC"));
		assertThat(all).anySatisfy(bucket -> assertThat(bucket.sharedAccessAsString()).isEqualTo("EXTERNAL"));
		assertThat(all).anySatisfy(bucket -> assertThat(bucket.errorCodeAsString()).isEqualTo("ACCESS_DENIED"));
		assertThat(all).anySatisfy(bucket -> assertThat(bucket.tags()).isNotEmpty());

		DescribeBucketsResponse large = this.fixture.macie.describeBuckets(DescribeBucketsRequest.builder()
			.criteria(Map.of("accountId", BucketCriteriaAdditionalProperties.builder().eq("444455556666").build(),
					"sizeInBytes",
					BucketCriteriaAdditionalProperties.builder().gte(1024L * 1024 * 1024 * 1024).build()))
			.sortCriteria(sort -> sort.attributeName("sizeInBytes").orderBy(OrderBy.DESC))
			.build());
		List<BucketMetadata> expected = all.stream()
			.filter(bucket -> bucket.accountId().equals("444455556666")
					&& bucket.sizeInBytes() >= 1024L * 1024 * 1024 * 1024)
			.sorted(Comparator.comparing(BucketMetadata::sizeInBytes).reversed())
			.toList();
		assertThat(large.buckets()).extracting(BucketMetadata::bucketName)
			.containsExactlyElementsOf(expected.stream().map(BucketMetadata::bucketName).toList())
			.isNotEmpty();

		DescribeBucketsResponse prefixed = this.fixture.macie.describeBuckets(r -> r.criteria(
				Map.of("bucketName", BucketCriteriaAdditionalProperties.builder().prefix("acme-finance").build())));
		assertThat(prefixed.buckets()).extracting(BucketMetadata::bucketName)
			.allMatch(name -> name.startsWith("acme-finance"))
			.hasSize(2);

		assertThatThrownBy(() -> this.fixture.macie.describeBuckets(
				r -> r.criteria(Map.of("colour", BucketCriteriaAdditionalProperties.builder().eq("blue").build()))))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("criteria.colour");
		assertThatThrownBy(() -> this.fixture.macie.describeBuckets(r -> r.maxResults(51)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("maxResults");
		assertThatThrownBy(
				() -> this.fixture.macie.describeBuckets(r -> r.sortCriteria(s -> s.attributeName("region"))))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("sortCriteria.attributeName");
	}

	@Test
	void theMacieSessionIsEnabled() {
		GetMacieSessionResponse session = this.fixture.macie.getMacieSession(r -> {
		});
		assertThat(session.status()).isEqualTo(MacieStatus.ENABLED);
		assertThat(session.serviceRole()).startsWith("arn:aws:iam::111122223333:role/");
		assertThat(session.createdAt()).isBefore(EmulatorFixture.START);
	}

	// Tags

	@Test
	void aJobIsTaggedAndUntaggedThroughItsArn() {
		String jobArn = this.fixture.macie.createClassificationJob(newJob("tags").build()).jobArn();
		this.fixture.macie.tagResource(r -> r.resourceArn(jobArn).tags(Map.of("owner", "ana", "cost-centre", "42")));
		assertThat(this.fixture.macie.listTagsForResource(r -> r.resourceArn(jobArn)).tags())
			.isEqualTo(Map.of("team", "qa", "owner", "ana", "cost-centre", "42"));
		this.fixture.macie.untagResource(r -> r.resourceArn(jobArn).tagKeys("team", "owner"));
		assertThat(this.fixture.macie.listTagsForResource(r -> r.resourceArn(jobArn)).tags())
			.isEqualTo(Map.of("cost-centre", "42"));
		String jobId = jobArn.substring(jobArn.lastIndexOf('/') + 1);
		assertThat(this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId)).tags())
			.isEqualTo(Map.of("cost-centre", "42"));
	}

	@Test
	void tagRequestsAreValidated() {
		String jobArn = this.fixture.macie.createClassificationJob(newJob("bad-tags").build()).jobArn();
		Map<String, String> tooMany = new HashMap<>();
		for (int i = 0; i < 50; i++) {
			tooMany.put("key" + i, "value");
		}
		assertThatThrownBy(() -> this.fixture.macie.tagResource(r -> r.resourceArn(jobArn).tags(tooMany)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("tags");
		assertThatThrownBy(
				() -> this.fixture.macie.tagResource(r -> r.resourceArn(jobArn).tags(Map.of("k", "v".repeat(257)))))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> this.fixture.macie.listTagsForResource(r -> r
			.resourceArn("arn:aws:macie2:us-east-1:111122223333:classification-job/ffffffffffffffffffffffffffffffff")))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.fixture.macie.listTagsForResource(r -> r.resourceArn("job-1")))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("resourceArn");
		assertThat(this.fixture.macie.listTagsForResource(r -> r.resourceArn(jobArn)).tags())
			.isEqualTo(Map.of("team", "qa"));
	}

	@Test
	void theResourceArnTravelsPercentEncodedInOnePathSegment() {
		String jobArn = this.fixture.macie.createClassificationJob(newJob("raw-arn").build()).jobArn();
		HttpResponse<String> response = this.fixture.send("GET",
				"/tags/" + URLEncoder.encode(jobArn, StandardCharsets.UTF_8), null, true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"tags\":{\"team\":\"qa\"}}");
	}

	// What the SDK never sends

	@Test
	void anUnsignedRequestIsAnAccessDeniedException() {
		HttpResponse<String> response = this.fixture.send("POST", "/jobs/list", "{}", false);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("AccessDeniedException");
		assertThat(response.body()).startsWith("{\"message\":\"").doesNotContain("Exception\\n\\tat");
	}

	@Test
	void aMalformedBodyIsAValidationException() {
		HttpResponse<String> response = this.fixture.send("POST", "/jobs/list", "{\"maxResults\": ", true);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("ValidationException");
		assertThat(response.body()).isEqualTo("{\"message\":\"The request body is not valid JSON.\"}");

		HttpResponse<String> wrongType = this.fixture.send("POST", "/jobs/list", "{\"maxResults\": \"many\"}", true);
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("maxResults:");
	}

	@Test
	void aPathThatIsNoOperationIsNotFoundWithAnErrorType() {
		for (String[] request : new String[][] { { "GET", "/findings" }, { "DELETE", "/jobs/abc" },
				{ "PUT", "/macie" } }) {
			HttpResponse<String> response = this.fixture.send(request[0], request[1], null, true);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("UnknownOperationException");
			assertThat(response.body()).startsWith("{\"message\":");
		}
	}

}
