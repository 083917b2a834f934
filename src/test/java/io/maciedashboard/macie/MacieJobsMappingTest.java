package io.maciedashboard.macie;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AllowListSummary;
import software.amazon.awssdk.services.macie2.model.BucketCriteriaAdditionalProperties;
import software.amazon.awssdk.services.macie2.model.BucketMetadata;
import software.amazon.awssdk.services.macie2.model.BucketPublicAccess;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.CriteriaBlockForJob;
import software.amazon.awssdk.services.macie2.model.CriteriaForJob;
import software.amazon.awssdk.services.macie2.model.CustomDataIdentifierSummary;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsRequest;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsResponse;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionRequest;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionResponse;
import software.amazon.awssdk.services.macie2.model.JobScheduleFrequency;
import software.amazon.awssdk.services.macie2.model.JobScopeTerm;
import software.amazon.awssdk.services.macie2.model.JobScopingBlock;
import software.amazon.awssdk.services.macie2.model.KeyValuePair;
import software.amazon.awssdk.services.macie2.model.LastRunErrorStatus;
import software.amazon.awssdk.services.macie2.model.ListAllowListsRequest;
import software.amazon.awssdk.services.macie2.model.ListAllowListsResponse;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsResponse;
import software.amazon.awssdk.services.macie2.model.ListCustomDataIdentifiersRequest;
import software.amazon.awssdk.services.macie2.model.ListCustomDataIdentifiersResponse;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterTerm;
import software.amazon.awssdk.services.macie2.model.ListManagedDataIdentifiersRequest;
import software.amazon.awssdk.services.macie2.model.ListManagedDataIdentifiersResponse;
import software.amazon.awssdk.services.macie2.model.ManagedDataIdentifierSummary;
import software.amazon.awssdk.services.macie2.model.S3BucketCriteriaForJob;
import software.amazon.awssdk.services.macie2.model.S3BucketDefinitionForJob;
import software.amazon.awssdk.services.macie2.model.S3JobDefinition;
import software.amazon.awssdk.services.macie2.model.Scoping;
import software.amazon.awssdk.services.macie2.model.SimpleCriterionForJob;
import software.amazon.awssdk.services.macie2.model.SimpleScopeTerm;
import software.amazon.awssdk.services.macie2.model.Statistics;
import software.amazon.awssdk.services.macie2.model.TagCriterionForJob;
import software.amazon.awssdk.services.macie2.model.TagCriterionPairForJob;
import software.amazon.awssdk.services.macie2.model.TagScopeTerm;
import software.amazon.awssdk.services.macie2.model.TagValuePair;
import software.amazon.awssdk.services.macie2.model.UpdateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.UpdateClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.UserPausedDetails;
import software.amazon.awssdk.services.macie2.model.WeeklySchedule;
import software.amazon.awssdk.services.macie2.paginators.ListAllowListsIterable;
import software.amazon.awssdk.services.macie2.paginators.ListCustomDataIdentifiersIterable;
import software.amazon.awssdk.services.macie2.paginators.ListManagedDataIdentifiersIterable;

import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.ObjectScope.ObjectProperty;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * MacieJobs against a mocked Macie2Client: records to requests and responses to records.
 */
class MacieJobsMappingTest {

	private static final Instant CREATED = Instant.parse("2026-03-01T10:15:30Z");

	private final Macie2Client macie = mock(Macie2Client.class);

	private MacieJobs jobs;

	@BeforeEach
	void setUp() {
		this.jobs = TestMacieJobs.of(new MacieClients(() -> List.of(TestPlaces.IRELAND), (place) -> this.macie));
	}

	@Test
	void listJobsPushesEveryPartOfTheQueryDownToMacie() {
		given(this.macie.listClassificationJobs(any(ListClassificationJobsRequest.class)))
			.willReturn(ListClassificationJobsResponse.builder().build());
		JobListQuery query = new JobListQuery(Set.of(JobStatus.USER_PAUSED, JobStatus.RUNNING), JobType.SCHEDULED,
				"  payroll ", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
				JobListQuery.SortField.NAME, true, 10, "token-2");

		this.jobs.listJobs(TestPlaces.IRELAND, query);

		ListClassificationJobsRequest request = sentListRequest();
		assertThat(request.filterCriteria().includes()).containsExactly(
				term("jobStatus", "EQ", "RUNNING", "USER_PAUSED"), term("jobType", "EQ", "SCHEDULED"),
				term("name", "CONTAINS", "payroll"), term("createdAt", "GTE", "2026-01-01T00:00:00Z"),
				term("createdAt", "LT", "2026-02-01T00:00:00Z"));
		assertThat(request.filterCriteria().hasExcludes()).isFalse();
		assertThat(request.sortCriteria().attributeNameAsString()).isEqualTo("name");
		assertThat(request.sortCriteria().orderByAsString()).isEqualTo("ASC");
		assertThat(request.maxResults()).isEqualTo(10);
		assertThat(request.nextToken()).isEqualTo("token-2");
	}

	@Test
	void firstPageAsksForNewestFirstWithoutFilters() {
		given(this.macie.listClassificationJobs(any(ListClassificationJobsRequest.class)))
			.willReturn(ListClassificationJobsResponse.builder().build());

		this.jobs.listJobs(TestPlaces.IRELAND, JobListQuery.firstPage());

		ListClassificationJobsRequest request = sentListRequest();
		assertThat(request.filterCriteria()).isNull();
		assertThat(request.sortCriteria().attributeNameAsString()).isEqualTo("createdAt");
		assertThat(request.sortCriteria().orderByAsString()).isEqualTo("DESC");
		assertThat(request.maxResults()).isEqualTo(JobListQuery.DEFAULT_PAGE_SIZE);
		assertThat(request.nextToken()).isNull();
	}

	@Test
	void pageSizeIsKeptWithinWhatMacieAccepts() {
		given(this.macie.listClassificationJobs(any(ListClassificationJobsRequest.class)))
			.willReturn(ListClassificationJobsResponse.builder().build());

		this.jobs.listJobs(TestPlaces.IRELAND, pageOf(5000));
		this.jobs.listJobs(TestPlaces.IRELAND, pageOf(0));

		ArgumentCaptor<ListClassificationJobsRequest> sent = ArgumentCaptor
			.forClass(ListClassificationJobsRequest.class);
		verify(this.macie, times(2)).listClassificationJobs(sent.capture());
		assertThat(sent.getAllValues()).extracting(ListClassificationJobsRequest::maxResults).containsExactly(200, 1);
	}

	@Test
	void listJobsMapsEveryMemberOfAJobSummary() {
		Instant pausedAt = Instant.parse("2026-03-02T08:00:00Z");
		given(this.macie.listClassificationJobs(any(ListClassificationJobsRequest.class)))
			.willReturn(ListClassificationJobsResponse.builder()
				.items(software.amazon.awssdk.services.macie2.model.JobSummary.builder()
					.jobId("job-1")
					.name("Daily PII sweep")
					.jobStatus("USER_PAUSED")
					.jobType("SCHEDULED")
					.createdAt(CREATED)
					.lastRunErrorStatus(LastRunErrorStatus.builder().code("ERROR").build())
					.bucketDefinitions(S3BucketDefinitionForJob.builder()
						.accountId("111122223333")
						.buckets("finance-reports")
						.build())
					.userPausedDetails(UserPausedDetails.builder()
						.jobPausedAt(pausedAt)
						.jobExpiresAt(pausedAt.plusSeconds(30 * 86400))
						.build())
					.build(),
						software.amazon.awssdk.services.macie2.model.JobSummary.builder()
							.jobId("job-2")
							.name("Public buckets")
							.jobStatus("COMPLETE")
							.jobType("ONE_TIME")
							.createdAt(CREATED)
							.lastRunErrorStatus(LastRunErrorStatus.builder().code("NONE").build())
							.bucketCriteria(S3BucketCriteriaForJob.builder()
								.includes(CriteriaBlockForJob.builder()
									.and(CriteriaForJob.builder()
										.simpleCriterion(SimpleCriterionForJob.builder()
											.key("S3_BUCKET_EFFECTIVE_PERMISSION")
											.comparator("EQ")
											.values("PUBLIC")
											.build())
										.build())
									.build())
								.build())
							.build())
				.nextToken("next")
				.build());

		JobPage page = this.jobs.listJobs(TestPlaces.IRELAND, JobListQuery.firstPage());

		assertThat(page.nextToken()).isEqualTo("next");
		assertThat(page.jobs())
			.containsExactly(
					new JobSummary("job-1", "Daily PII sweep", JobStatus.USER_PAUSED, JobType.SCHEDULED, CREATED, true,
							new SpecificBuckets(
									List.of(new AccountBuckets("111122223333", List.of("finance-reports")))),
							new PauseDetails(pausedAt, pausedAt.plusSeconds(30 * 86400), null)),
					new JobSummary("job-2", "Public buckets", JobStatus.COMPLETE, JobType.ONE_TIME, CREATED, false,
							new BucketCriteria(
									List.of(new PropertyCondition(BucketProperty.S3_BUCKET_EFFECTIVE_PERMISSION,
											Comparator.EQ, List.of("PUBLIC"))),
									List.of()),
							null));
	}

	@Test
	void describeJobMapsEveryMemberOfTheResponse() {
		Instant pausedAt = Instant.parse("2026-03-05T12:00:00Z");
		given(this.macie.describeClassificationJob(any(Consumer.class)))
			.willReturn(DescribeClassificationJobResponse.builder()
				.jobId("job-1")
				.jobArn("arn:aws:macie2:eu-west-1:111122223333:classification-job/job-1")
				.clientToken("token-1")
				.name("Weekly sweep")
				.description("Finance exports")
				.jobType("SCHEDULED")
				.jobStatus("USER_PAUSED")
				.createdAt(CREATED)
				.lastRunTime(CREATED.plusSeconds(3600))
				.lastRunErrorStatus(LastRunErrorStatus.builder().code("ERROR").build())
				.initialRun(true)
				.samplingPercentage(25)
				.scheduleFrequency(JobScheduleFrequency.builder()
					.weeklySchedule(WeeklySchedule.builder().dayOfWeek("FRIDAY").build())
					.build())
				.s3JobDefinition(S3JobDefinition.builder()
					.bucketCriteria(S3BucketCriteriaForJob.builder()
						.includes(CriteriaBlockForJob.builder()
							.and(CriteriaForJob.builder()
								.tagCriterion(TagCriterionForJob.builder()
									.comparator("EQ")
									.tagValues(TagCriterionPairForJob.builder().key("env").value("prod").build())
									.build())
								.build())
							.build())
						.excludes(CriteriaBlockForJob.builder()
							.and(CriteriaForJob.builder()
								.simpleCriterion(SimpleCriterionForJob.builder()
									.key("S3_BUCKET_NAME")
									.comparator("EQ")
									.values("logs", "tmp")
									.build())
								.build())
							.build())
						.build())
					.scoping(Scoping.builder()
						.includes(JobScopingBlock.builder()
							.and(JobScopeTerm.builder()
								.simpleScopeTerm(SimpleScopeTerm.builder()
									.key("OBJECT_EXTENSION")
									.comparator("EQ")
									.values("csv")
									.build())
								.build())
							.build())
						.excludes(JobScopingBlock.builder()
							.and(JobScopeTerm.builder()
								.tagScopeTerm(TagScopeTerm.builder()
									.key("TAG")
									.target("S3_OBJECT")
									.comparator("NE")
									.tagValues(TagValuePair.builder().key("scan").value("").build())
									.build())
								.build())
							.build())
						.build())
					.build())
				.managedDataIdentifierSelector("INCLUDE")
				.managedDataIdentifierIds("CREDIT_CARD_NUMBER")
				.customDataIdentifierIds("cdi-1")
				.allowListIds("al-1", "al-2")
				.tags(Map.of("team", "compliance"))
				.statistics(Statistics.builder().numberOfRuns(3.0).approximateNumberOfObjectsToProcess(1200.0).build())
				.userPausedDetails(UserPausedDetails.builder()
					.jobPausedAt(pausedAt)
					.jobExpiresAt(pausedAt.plusSeconds(30 * 86400))
					.jobImminentExpirationHealthEventArn("arn:aws:health:eu-west-1::event/MACIE/1")
					.build())
				.build());

		Job job = this.jobs.describeJob(TestPlaces.IRELAND, "job-1");

		assertThat(job).isEqualTo(new Job("job-1", "arn:aws:macie2:eu-west-1:111122223333:classification-job/job-1",
				new JobDefinition("Weekly sweep", "Finance exports", JobType.SCHEDULED,
						new Schedule.Weekly(DayOfWeek.FRIDAY), true, 25,
						new BucketCriteria(
								List.of(new TagCondition(Comparator.EQ, List.of(new TagValue("env", "prod")))),
								List.of(new PropertyCondition(BucketProperty.S3_BUCKET_NAME, Comparator.EQ,
										List.of("logs", "tmp")))),
						new ObjectScope(
								List.of(new PropertyTerm(ObjectProperty.OBJECT_EXTENSION, Comparator.EQ,
										List.of("csv"))),
								List.of(new TagTerm(Comparator.NE, List.of(new TagValue("scan", ""))))),
						ManagedIdentifierSelector.INCLUDE, List.of("CREDIT_CARD_NUMBER"), List.of("cdi-1"),
						List.of("al-1", "al-2"), Map.of("team", "compliance")),
				JobStatus.USER_PAUSED, CREATED, CREATED.plusSeconds(3600), true, 3, 1200L, new PauseDetails(pausedAt,
						pausedAt.plusSeconds(30 * 86400), "arn:aws:health:eu-west-1::event/MACIE/1")));
	}

	@Test
	void describeJobOfANewOneTimeJobLeavesWhatMacieOmitsEmpty() {
		given(this.macie.describeClassificationJob(any(Consumer.class))).willReturn(DescribeClassificationJobResponse
			.builder()
			.jobId("job-2")
			.name("Fresh")
			.jobType("ONE_TIME")
			.jobStatus("RUNNING")
			.createdAt(CREATED)
			.s3JobDefinition(S3JobDefinition.builder()
				.bucketDefinitions(S3BucketDefinitionForJob.builder().accountId("111122223333").buckets("a").build())
				.build())
			.build());

		Job job = this.jobs.describeJob(TestPlaces.IRELAND, "job-2");

		assertThat(job.lastRunTime()).isNull();
		assertThat(job.lastRunFailed()).isFalse();
		assertThat(job.numberOfRuns()).isZero();
		assertThat(job.approximateObjectsToProcess()).isNull();
		assertThat(job.pause()).isNull();
		assertThat(job.definition().schedule()).isNull();
		assertThat(job.definition().objectScope()).isEqualTo(ObjectScope.ALL_OBJECTS);
		assertThat(job.definition().managedIdentifierSelector()).isNull();
		assertThat(job.definition().managedDataIdentifierIds()).isEmpty();
		assertThat(job.definition().tags()).isEmpty();
	}

	@Test
	void describeJobTakesAbsentAndEmptyIdentifierListsAlike() {
		// the model: null where a job has none; an SDK or another Macie may also send []
		given(this.macie.describeClassificationJob(any(Consumer.class))).willReturn(DescribeClassificationJobResponse
			.builder()
			.jobId("job-3")
			.name("Recommended")
			.jobType("ONE_TIME")
			.initialRun(false)
			.jobStatus("RUNNING")
			.createdAt(CREATED)
			.managedDataIdentifierSelector("RECOMMENDED")
			.managedDataIdentifierIds((List<String>) null)
			.customDataIdentifierIds(List.of())
			.s3JobDefinition(S3JobDefinition.builder()
				.bucketDefinitions(S3BucketDefinitionForJob.builder().accountId("111122223333").buckets("a").build())
				.build())
			.build());

		JobDefinition definition = this.jobs.describeJob(TestPlaces.IRELAND, "job-3").definition();

		assertThat(definition.managedIdentifierSelector()).isEqualTo(ManagedIdentifierSelector.RECOMMENDED);
		assertThat(definition.managedDataIdentifierIds()).isEmpty();
		assertThat(definition.customDataIdentifierIds()).isEmpty();
		assertThat(definition.initialRun()).isFalse();
	}

	@Test
	void describeJobAsksForTheGivenJob() {
		given(this.macie.describeClassificationJob(any(Consumer.class)))
			.willReturn(DescribeClassificationJobResponse.builder()
				.jobId("job-9")
				.name("n")
				.jobType("ONE_TIME")
				.jobStatus("COMPLETE")
				.build());

		this.jobs.describeJob(TestPlaces.IRELAND, "job-9");

		assertThat(consumedRequest(DescribeClassificationJobRequest.builder()).jobId()).isEqualTo("job-9");
	}

	/**
	 * Create, then describe what was sent: every definition comes back as it was, and the
	 * created job is read back under Macie's name and found to be the one requested.
	 */
	@ParameterizedTest
	@MethodSource("io.maciedashboard.macie.JobDefinitions#all")
	void aDefinitionSurvivesCreateAndDescribe(JobDefinition definition) {
		AtomicReference<CreateClassificationJobRequest> sent = new AtomicReference<>();
		given(this.macie.createClassificationJob(any(CreateClassificationJobRequest.class))).willAnswer((call) -> {
			sent.set(call.getArgument(0));
			return CreateClassificationJobResponse.builder().jobId("job-1").jobArn("arn:job-1").build();
		});
		given(this.macie.describeClassificationJob(any(Consumer.class)))
			.willAnswer((call) -> describedAsCreated(sent.get()));

		CreateOutcome outcome = this.jobs.createJob(TestPlaces.IRELAND,
				CreateJobRequest.of(definition, "client-token-1"));

		assertThat(outcome).isEqualTo(new CreateOutcome.Created("job-1", "arn:job-1", definition.name(), true));
		assertThat(sent.get().clientToken()).isEqualTo("client-token-1");
		assertThat(this.jobs.describeJob(TestPlaces.IRELAND, "job-1").definition()).isEqualTo(definition);
	}

	@Test
	void aOneTimeJobIsSentWithoutScheduleOrInitialRun() {
		given(this.macie.createClassificationJob(any(CreateClassificationJobRequest.class)))
			.willReturn(CreateClassificationJobResponse.builder().jobId("job-1").build());
		JobDefinition oneTime = JobDefinitions.oneTimeCustomOnly();

		this.jobs.createJob(TestPlaces.IRELAND,
				CreateJobRequest.of(new JobDefinition(oneTime.name(), oneTime.description(), oneTime.type(),
						new Schedule.Daily(), true, oneTime.samplingPercentage(), oneTime.buckets(),
						oneTime.objectScope(), oneTime.managedIdentifierSelector(), oneTime.managedDataIdentifierIds(),
						oneTime.customDataIdentifierIds(), oneTime.allowListIds(), oneTime.tags()), "t"));

		ArgumentCaptor<CreateClassificationJobRequest> sent = ArgumentCaptor
			.forClass(CreateClassificationJobRequest.class);
		verify(this.macie).createClassificationJob(sent.capture());
		assertThat(sent.getValue().scheduleFrequency()).isNull();
		assertThat(sent.getValue().initialRun()).isNull();
	}

	@Test
	void changeStatusAsksMacieForTheTargetStatus() {
		given(this.macie.updateClassificationJob(any(Consumer.class)))
			.willReturn(UpdateClassificationJobResponse.builder().build());

		this.jobs.changeStatus(TestPlaces.IRELAND, "job-3", StatusChange.PAUSE);

		UpdateClassificationJobRequest request = consumedUpdate();
		assertThat(request.jobId()).isEqualTo("job-3");
		assertThat(request.jobStatusAsString()).isEqualTo("USER_PAUSED");
	}

	@Test
	void listsFetchEveryPage() {
		given(this.macie.listManagedDataIdentifiersPaginator(any(ListManagedDataIdentifiersRequest.class)))
			.willAnswer((invocation) -> new ListManagedDataIdentifiersIterable(this.macie,
					ListManagedDataIdentifiersRequest.builder().build()));
		given(this.macie.listManagedDataIdentifiers(any(ListManagedDataIdentifiersRequest.class))).willReturn(
				ListManagedDataIdentifiersResponse.builder()
					.items(ManagedDataIdentifierSummary.builder()
						.id("CREDIT_CARD_NUMBER")
						.category("FINANCIAL_INFORMATION")
						.build())
					.nextToken("p2")
					.build(),
				ListManagedDataIdentifiersResponse.builder()
					.items(ManagedDataIdentifierSummary.builder()
						.id("EMAIL_ADDRESS")
						.category("PERSONAL_INFORMATION")
						.build())
					.build());
		given(this.macie.listCustomDataIdentifiersPaginator(any(ListCustomDataIdentifiersRequest.class)))
			.willAnswer((invocation) -> new ListCustomDataIdentifiersIterable(this.macie,
					ListCustomDataIdentifiersRequest.builder().build()));
		given(this.macie.listCustomDataIdentifiers(any(ListCustomDataIdentifiersRequest.class))).willReturn(
				ListCustomDataIdentifiersResponse.builder()
					.items(CustomDataIdentifierSummary.builder()
						.id("cdi-1")
						.name("Employee id")
						.description("EMP-nnnn")
						.build())
					.nextToken("p2")
					.build(),
				ListCustomDataIdentifiersResponse.builder()
					.items(CustomDataIdentifierSummary.builder().id("cdi-2").name("Badge").build())
					.build());
		given(this.macie.listAllowListsPaginator(any(ListAllowListsRequest.class))).willAnswer(
				(invocation) -> new ListAllowListsIterable(this.macie, ListAllowListsRequest.builder().build()));
		given(this.macie.listAllowLists(any(ListAllowListsRequest.class)))
			.willReturn(
					ListAllowListsResponse.builder()
						.allowLists(
								AllowListSummary.builder().id("al-1").name("Test cards").description("Sandbox").build())
						.nextToken("p2")
						.build(),
					ListAllowListsResponse.builder()
						.allowLists(AllowListSummary.builder().id("al-2").name("Demo names").build())
						.build());

		assertThat(this.jobs.managedDataIdentifiers(TestPlaces.IRELAND)).containsExactly(
				new ManagedDataIdentifier("CREDIT_CARD_NUMBER", "FINANCIAL_INFORMATION"),
				new ManagedDataIdentifier("EMAIL_ADDRESS", "PERSONAL_INFORMATION"));
		assertThat(this.jobs.customDataIdentifiers(TestPlaces.IRELAND)).containsExactly(
				new CustomDataIdentifier("cdi-1", "Employee id", "EMP-nnnn"),
				new CustomDataIdentifier("cdi-2", "Badge", null));
		assertThat(this.jobs.allowLists(TestPlaces.IRELAND))
			.containsExactly(new AllowList("al-1", "Test cards", "Sandbox"), new AllowList("al-2", "Demo names", null));
	}

	@Test
	void describeBucketsSendsCriteriaAndMapsMetadata() {
		given(this.macie.describeBuckets(any(DescribeBucketsRequest.class)))
			.willReturn(
					DescribeBucketsResponse.builder()
						.buckets(
								BucketMetadata.builder()
									.accountId("111122223333")
									.bucketName("finance-reports")
									.region("eu-west-1")
									.sizeInBytes(5_000_000L)
									.classifiableSizeInBytes(4_000_000L)
									.objectCount(120L)
									.classifiableObjectCount(100L)
									.publicAccess(
											BucketPublicAccess.builder().effectivePermission("NOT_PUBLIC").build())
									.sharedAccess("INTERNAL")
									.tags(KeyValuePair.builder().key("team").value("finance").build())
									.build(),
								BucketMetadata.builder().accountId("111122223333").bucketName("empty").build())
						.nextToken("b2")
						.build());

		BucketPage page = this.jobs.describeBuckets(TestPlaces.IRELAND,
				new BucketQuery(List.of("111122223333", "444455556666"), " fin ", 500, "b1"));

		ArgumentCaptor<DescribeBucketsRequest> sent = ArgumentCaptor.forClass(DescribeBucketsRequest.class);
		verify(this.macie).describeBuckets(sent.capture());
		assertThat(sent.getValue().criteria()).containsExactly(
				Map.entry("accountId",
						BucketCriteriaAdditionalProperties.builder().eq("111122223333", "444455556666").build()),
				Map.entry("bucketName", BucketCriteriaAdditionalProperties.builder().prefix("fin").build()));
		assertThat(sent.getValue().maxResults()).isEqualTo(MacieLimits.BUCKETS_PER_PAGE);
		assertThat(sent.getValue().nextToken()).isEqualTo("b1");
		assertThat(page)
			.isEqualTo(new BucketPage(
					List.of(new Bucket("111122223333", "finance-reports", "eu-west-1", 5_000_000L, 4_000_000L, 120L,
							100L, "NOT_PUBLIC", "INTERNAL", Map.of("team", "finance")),
							new Bucket("111122223333", "empty", null, 0, 0, 0, 0, "UNKNOWN", "UNKNOWN", Map.of())),
					"b2"));
	}

	@Test
	void describeBucketsWithoutCriteriaAsksForEveryBucket() {
		given(this.macie.describeBuckets(any(DescribeBucketsRequest.class)))
			.willReturn(DescribeBucketsResponse.builder().build());

		this.jobs.describeBuckets(TestPlaces.IRELAND, new BucketQuery(List.of(), "  ", 20, null));

		ArgumentCaptor<DescribeBucketsRequest> sent = ArgumentCaptor.forClass(DescribeBucketsRequest.class);
		verify(this.macie).describeBuckets(sent.capture());
		assertThat(sent.getValue().hasCriteria()).isFalse();
		assertThat(sent.getValue().maxResults()).isEqualTo(20);
		assertThat(sent.getValue().nextToken()).isNull();
	}

	@Test
	void sessionNamesTheRegion() {
		given(this.macie.getMacieSession(any(GetMacieSessionRequest.class)))
			.willReturn(GetMacieSessionResponse.builder()
				.status("ENABLED")
				.createdAt(CREATED)
				.findingPublishingFrequency("FIFTEEN_MINUTES")
				.build());

		assertThat(this.jobs.session(TestPlaces.IRELAND))
			.isEqualTo(new MacieSession("eu-west-1", "ENABLED", CREATED, "FIFTEEN_MINUTES"));
	}

	private static JobListQuery pageOf(int size) {
		JobListQuery first = JobListQuery.firstPage();
		return new JobListQuery(first.statuses(), null, null, null, null, first.sortBy(), false, size, null);
	}

	private static ListJobsFilterTerm term(String key, String comparator, String... values) {
		return ListJobsFilterTerm.builder().key(key).comparator(comparator).values(values).build();
	}

	private ListClassificationJobsRequest sentListRequest() {
		ArgumentCaptor<ListClassificationJobsRequest> sent = ArgumentCaptor
			.forClass(ListClassificationJobsRequest.class);
		verify(this.macie).listClassificationJobs(sent.capture());
		return sent.getValue();
	}

	@SuppressWarnings("unchecked")
	private DescribeClassificationJobRequest consumedRequest(DescribeClassificationJobRequest.Builder builder) {
		ArgumentCaptor<Consumer<DescribeClassificationJobRequest.Builder>> sent = ArgumentCaptor
			.forClass(Consumer.class);
		verify(this.macie).describeClassificationJob(sent.capture());
		sent.getValue().accept(builder);
		return builder.build();
	}

	@SuppressWarnings("unchecked")
	private UpdateClassificationJobRequest consumedUpdate() {
		ArgumentCaptor<Consumer<UpdateClassificationJobRequest.Builder>> sent = ArgumentCaptor.forClass(Consumer.class);
		verify(this.macie).updateClassificationJob(sent.capture());
		UpdateClassificationJobRequest.Builder builder = UpdateClassificationJobRequest.builder();
		sent.getValue().accept(builder);
		return builder.build();
	}

	/**
	 * What Macie describes for a job created by {@code request}: the same members, by the
	 * same names.
	 */
	private static DescribeClassificationJobResponse describedAsCreated(CreateClassificationJobRequest request) {
		return DescribeClassificationJobResponse.builder()
			.jobId("job-1")
			.jobStatus("RUNNING")
			.createdAt(CREATED)
			.clientToken(request.clientToken())
			.name(request.name())
			.description(request.description())
			.jobType(request.jobTypeAsString())
			.scheduleFrequency(request.scheduleFrequency())
			.initialRun(request.initialRun())
			.samplingPercentage(request.samplingPercentage())
			.s3JobDefinition(request.s3JobDefinition())
			.managedDataIdentifierSelector(request.managedDataIdentifierSelectorAsString())
			.managedDataIdentifierIds(request.managedDataIdentifierIds())
			.customDataIdentifierIds(request.customDataIdentifierIds())
			.allowListIds(request.allowListIds())
			.tags(request.tags())
			.build();
	}

}
