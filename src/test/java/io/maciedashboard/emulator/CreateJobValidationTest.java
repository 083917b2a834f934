package io.maciedashboard.emulator;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.CriteriaBlockForJob;
import software.amazon.awssdk.services.macie2.model.CriteriaForJob;
import software.amazon.awssdk.services.macie2.model.DailySchedule;
import software.amazon.awssdk.services.macie2.model.JobComparator;
import software.amazon.awssdk.services.macie2.model.JobScheduleFrequency;
import software.amazon.awssdk.services.macie2.model.JobScopeTerm;
import software.amazon.awssdk.services.macie2.model.JobScopingBlock;
import software.amazon.awssdk.services.macie2.model.MonthlySchedule;
import software.amazon.awssdk.services.macie2.model.S3BucketCriteriaForJob;
import software.amazon.awssdk.services.macie2.model.S3BucketDefinitionForJob;
import software.amazon.awssdk.services.macie2.model.S3JobDefinition;
import software.amazon.awssdk.services.macie2.model.Scoping;
import software.amazon.awssdk.services.macie2.model.SimpleCriterionForJob;
import software.amazon.awssdk.services.macie2.model.SimpleScopeTerm;
import software.amazon.awssdk.services.macie2.model.TagCriterionForJob;
import software.amazon.awssdk.services.macie2.model.TagCriterionPairForJob;
import software.amazon.awssdk.services.macie2.model.TagScopeTerm;
import software.amazon.awssdk.services.macie2.model.TagValuePair;
import software.amazon.awssdk.services.macie2.model.ValidationException;
import software.amazon.awssdk.services.macie2.model.WeeklySchedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every CreateClassificationJob rule, through the real SDK: each broken rule is a
 * ValidationException naming its member.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateJobValidationTest {

	private static final String ACCOUNT = "111122223333";

	private static final String CUSTOM_ID = "5e2f3c1a-7b4d-4e8f-9a0b-1c2d3e4f5a6b";

	private static final String ALLOW_LIST_ID = "a1b2c3d4e5f6g7h8i9j0k1";

	private final EmulatorFixture fixture = new EmulatorFixture();

	private int created;

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	private static S3JobDefinition buckets() {
		return S3JobDefinition.builder()
			.bucketDefinitions(
					S3BucketDefinitionForJob.builder().accountId(ACCOUNT).buckets("acme-dev-scratch").build())
			.build();
	}

	private CreateClassificationJobRequest.Builder valid() {
		return CreateClassificationJobRequest.builder()
			.clientToken("valid-" + (++this.created))
			.name("valid job " + this.created)
			.jobType("ONE_TIME")
			.s3JobDefinition(buckets());
	}

	private static CreateClassificationJobRequest.Builder scheduled(CreateClassificationJobRequest.Builder job,
			JobScheduleFrequency frequency) {
		return job.jobType("SCHEDULED").scheduleFrequency(frequency);
	}

	private static S3JobDefinition criteria(CriteriaForJob... and) {
		return S3JobDefinition.builder()
			.bucketCriteria(
					S3BucketCriteriaForJob.builder().includes(CriteriaBlockForJob.builder().and(and).build()).build())
			.build();
	}

	private static CriteriaForJob simpleCriterion(String comparator, String key, String... values) {
		return CriteriaForJob.builder()
			.simpleCriterion(SimpleCriterionForJob.builder().comparator(comparator).key(key).values(values).build())
			.build();
	}

	private static CriteriaForJob tagCriterion(String comparator, TagCriterionPairForJob... pairs) {
		return CriteriaForJob.builder()
			.tagCriterion(TagCriterionForJob.builder().comparator(comparator).tagValues(pairs).build())
			.build();
	}

	private static S3JobDefinition scoped(boolean includes, JobScopeTerm... and) {
		JobScopingBlock block = JobScopingBlock.builder().and(and).build();
		return buckets().toBuilder()
			.scoping(includes ? Scoping.builder().includes(block).build() : Scoping.builder().excludes(block).build())
			.build();
	}

	private static JobScopeTerm simpleScope(String key, String comparator, String... values) {
		return JobScopeTerm.builder()
			.simpleScopeTerm(SimpleScopeTerm.builder().key(key).comparator(comparator).values(values).build())
			.build();
	}

	private static JobScopeTerm tagScope(String key, String comparator, String target, TagValuePair... pairs) {
		return JobScopeTerm.builder()
			.tagScopeTerm(
					TagScopeTerm.builder().key(key).comparator(comparator).target(target).tagValues(pairs).build())
			.build();
	}

	private static Map<String, String> tags(int count) {
		Map<String, String> tags = new HashMap<>();
		IntStream.range(0, count).forEach(i -> tags.put("key-" + i, "value"));
		return tags;
	}

	private static Arguments rule(String member, UnaryOperator<CreateClassificationJobRequest.Builder> broken) {
		return Arguments.of(member, broken);
	}

	static Stream<Arguments> brokenRules() {
		JobScheduleFrequency daily = JobScheduleFrequency.builder()
			.dailySchedule(DailySchedule.builder().build())
			.build();
		return Stream.of(rule("name", job -> job.name(null)), rule("jobType", job -> job.jobType((String) null)),
				rule("s3JobDefinition", job -> job.s3JobDefinition((S3JobDefinition) null)),
				rule("name", job -> job.name("   ")), rule("name", job -> job.name("n".repeat(501))),
				rule("description", job -> job.description("d".repeat(201))),
				rule("jobType", job -> job.jobType("WEEKLY")),
				rule("scheduleFrequency", job -> job.scheduleFrequency(daily)),
				rule("scheduleFrequency", job -> job.jobType("SCHEDULED")),
				rule("scheduleFrequency", job -> scheduled(job, JobScheduleFrequency.builder().build())),
				rule("scheduleFrequency", job -> scheduled(job,
						daily.toBuilder().monthlySchedule(MonthlySchedule.builder().dayOfMonth(3).build()).build())),
				rule("scheduleFrequency.weeklySchedule.dayOfWeek", job -> scheduled(job,
						JobScheduleFrequency.builder().weeklySchedule(WeeklySchedule.builder().build()).build())),
				rule("scheduleFrequency.monthlySchedule.dayOfMonth",
						job -> scheduled(job,
								JobScheduleFrequency.builder()
									.monthlySchedule(MonthlySchedule.builder().dayOfMonth(0).build())
									.build())),
				rule("scheduleFrequency.monthlySchedule.dayOfMonth",
						job -> scheduled(job,
								JobScheduleFrequency.builder()
									.monthlySchedule(MonthlySchedule.builder().dayOfMonth(32).build())
									.build())),
				rule("samplingPercentage", job -> job.samplingPercentage(0)),
				rule("samplingPercentage", job -> job.samplingPercentage(101)), rule("tags", job -> job.tags(tags(51))),
				rule("tags.", job -> job.tags(Map.of("k".repeat(129), "v"))),
				rule("tags.owner", job -> job.tags(Map.of("owner", "v".repeat(257)))),
				rule("s3JobDefinition",
						job -> job.s3JobDefinition(buckets().toBuilder()
							.bucketCriteria(criteria(simpleCriterion("EQ", "ACCOUNT_ID", ACCOUNT)).bucketCriteria())
							.build())),
				rule("s3JobDefinition", job -> job.s3JobDefinition(S3JobDefinition.builder().build())),
				rule("s3JobDefinition.bucketDefinitions[1].accountId",
						job -> job.s3JobDefinition(S3JobDefinition.builder()
							.bucketDefinitions(buckets().bucketDefinitions().get(0),
									S3BucketDefinitionForJob.builder().buckets("b").build())
							.build())),
				rule("s3JobDefinition.bucketDefinitions[0].accountId",
						job -> job.s3JobDefinition(S3JobDefinition.builder()
							.bucketDefinitions(
									S3BucketDefinitionForJob.builder().accountId("acme").buckets("b").build())
							.build())),
				rule("s3JobDefinition.bucketDefinitions[0].buckets",
						job -> job.s3JobDefinition(S3JobDefinition.builder()
							.bucketDefinitions(
									S3BucketDefinitionForJob.builder().accountId(ACCOUNT).buckets(List.of()).build())
							.build())),
				rule("s3JobDefinition.bucketDefinitions",
						job -> job.s3JobDefinition(S3JobDefinition.builder()
							.bucketDefinitions(S3BucketDefinitionForJob.builder()
								.accountId(ACCOUNT)
								.buckets(IntStream.range(0, 1001).mapToObj(i -> "bucket-" + i).toList())
								.build())
							.build())),
				rule("s3JobDefinition.bucketCriteria", job -> job.s3JobDefinition(
						S3JobDefinition.builder().bucketCriteria(S3BucketCriteriaForJob.builder().build()).build())),
				rule("s3JobDefinition.bucketCriteria.includes.and[0]",
						job -> job.s3JobDefinition(criteria(CriteriaForJob.builder()
							.simpleCriterion(simpleCriterion("EQ", "ACCOUNT_ID", ACCOUNT).simpleCriterion())
							.tagCriterion(tagCriterion("EQ", TagCriterionPairForJob.builder().key("team").build())
								.tagCriterion())
							.build()))),
				rule("s3JobDefinition.bucketCriteria.includes.and[0].simpleCriterion.comparator",
						job -> job.s3JobDefinition(criteria(simpleCriterion("GT", "ACCOUNT_ID", ACCOUNT)))),
				rule("s3JobDefinition.bucketCriteria.includes.and[1].simpleCriterion.key",
						job -> job.s3JobDefinition(criteria(simpleCriterion("EQ", "ACCOUNT_ID", ACCOUNT),
								simpleCriterion("EQ", "BUCKET_SIZE", "1")))),
				rule("s3JobDefinition.bucketCriteria.includes.and[0].simpleCriterion.values",
						job -> job.s3JobDefinition(criteria(simpleCriterion("NE", "S3_BUCKET_NAME")))),
				rule("s3JobDefinition.bucketCriteria.includes.and[0].tagCriterion.comparator",
						job -> job.s3JobDefinition(criteria(
								tagCriterion("CONTAINS", TagCriterionPairForJob.builder().key("team").build())))),
				rule("s3JobDefinition.bucketCriteria.includes.and[0].tagCriterion.tagValues",
						job -> job.s3JobDefinition(criteria(tagCriterion("EQ")))),
				rule("s3JobDefinition.bucketCriteria.includes.and[0].tagCriterion.tagValues[0]",
						job -> job
							.s3JobDefinition(criteria(tagCriterion("EQ", TagCriterionPairForJob.builder().build())))),
				rule("s3JobDefinition.scoping.includes.and[0]",
						job -> job.s3JobDefinition(scoped(true, JobScopeTerm.builder()
							.simpleScopeTerm(simpleScope("OBJECT_EXTENSION", "EQ", "pdf").simpleScopeTerm())
							.tagScopeTerm(tagScope("TAG", "EQ", "S3_OBJECT", TagValuePair.builder().key("k").build())
								.tagScopeTerm())
							.build()))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.key",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_OWNER", "EQ", "me")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.comparator",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_EXTENSION", "GT", "pdf")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.comparator",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_EXTENSION", "STARTS_WITH", "pd")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.comparator",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_KEY", "EQ", "logs/")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.comparator",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_SIZE", "CONTAINS", "10")))),
				rule("s3JobDefinition.scoping.excludes.and[0].simpleScopeTerm.comparator",
						job -> job.s3JobDefinition(scoped(false,
								simpleScope("OBJECT_LAST_MODIFIED_DATE", "STARTS_WITH", "2024-01-01T00:00:00Z")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.values",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_EXTENSION", "EQ")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.values",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_SIZE", "GT", "10", "20")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.values",
						job -> job.s3JobDefinition(scoped(true, simpleScope("OBJECT_SIZE", "GT", "10KB")))),
				rule("s3JobDefinition.scoping.excludes.and[0].simpleScopeTerm.values",
						job -> job.s3JobDefinition(
								scoped(false, simpleScope("OBJECT_LAST_MODIFIED_DATE", "LT", "2024-01-01")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.values",
						job -> job.s3JobDefinition(scoped(true,
								simpleScope("OBJECT_LAST_MODIFIED_DATE", "GTE", "2024-01-01T00:00:00+02:00")))),
				rule("s3JobDefinition.scoping.includes.and[0].simpleScopeTerm.values",
						job -> job
							.s3JobDefinition(scoped(true, simpleScope("OBJECT_KEY", "STARTS_WITH", "logs/", "")))),
				rule("s3JobDefinition.scoping.includes.and[0].tagScopeTerm.key",
						job -> job.s3JobDefinition(scoped(true,
								tagScope("OBJECT_TAG", "EQ", "S3_OBJECT", TagValuePair.builder().key("k").build())))),
				rule("s3JobDefinition.scoping.includes.and[0].tagScopeTerm.comparator",
						job -> job.s3JobDefinition(scoped(true,
								tagScope("TAG", "GT", "S3_OBJECT", TagValuePair.builder().key("k").build())))),
				rule("s3JobDefinition.scoping.includes.and[0].tagScopeTerm.target",
						job -> job.s3JobDefinition(scoped(true,
								tagScope("TAG", "EQ", "S3_BUCKET", TagValuePair.builder().key("k").build())))),
				rule("s3JobDefinition.scoping.includes.and[0].tagScopeTerm.tagValues",
						job -> job.s3JobDefinition(scoped(true, tagScope("TAG", "NE", "S3_OBJECT")))),
				rule("s3JobDefinition.scoping.includes.and[0].tagScopeTerm.tagValues[0].key",
						job -> job.s3JobDefinition(scoped(true,
								tagScope("TAG", "EQ", "S3_OBJECT", TagValuePair.builder().value("v").build())))),
				rule("managedDataIdentifierSelector", job -> job.managedDataIdentifierSelector("SOME")),
				rule("managedDataIdentifierIds",
						job -> job.managedDataIdentifierSelector("ALL").managedDataIdentifierIds("ADDRESS")),
				rule("managedDataIdentifierIds",
						job -> job.managedDataIdentifierSelector("RECOMMENDED").managedDataIdentifierIds("ADDRESS")),
				rule("managedDataIdentifierIds", job -> job.managedDataIdentifierIds("ADDRESS")),
				rule("managedDataIdentifierIds",
						job -> job.managedDataIdentifierSelector("NONE")
							.managedDataIdentifierIds("ADDRESS")
							.customDataIdentifierIds(CUSTOM_ID)),
				rule("managedDataIdentifierIds", job -> job.managedDataIdentifierSelector("INCLUDE")),
				rule("managedDataIdentifierIds", job -> job.managedDataIdentifierSelector("EXCLUDE")),
				rule("managedDataIdentifierIds",
						job -> job.managedDataIdentifierSelector("INCLUDE")
							.managedDataIdentifierIds("ADDRESS", "MARTIAN_ID")),
				rule("customDataIdentifierIds", job -> job.managedDataIdentifierSelector("NONE")),
				rule("customDataIdentifierIds",
						job -> job.customDataIdentifierIds("00000000-0000-0000-0000-000000000000")),
				rule("customDataIdentifierIds", job -> job.customDataIdentifierIds(Collections.nCopies(31, CUSTOM_ID))),
				rule("allowListIds", job -> job.allowListIds("zzzzzzzzzzzzzzzzzzzzzz")),
				rule("allowListIds", job -> job.allowListIds(Collections.nCopies(11, ALLOW_LIST_ID))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void aBrokenRuleIsAValidationExceptionNamingTheMember(String member,
			UnaryOperator<CreateClassificationJobRequest.Builder> broken) {
		int jobsBefore = this.fixture.emulator.jobCount();
		CreateClassificationJobRequest request = broken.apply(valid()).build();
		assertThatThrownBy(() -> this.fixture.macie.createClassificationJob(request))
			.isInstanceOfSatisfying(ValidationException.class, ex -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
				assertThat(ex.awsErrorDetails().errorMessage()).startsWith(member);
			});
		assertThat(this.fixture.emulator.jobCount()).isEqualTo(jobsBefore);
	}

	@Test
	void aRequestWithoutClientTokenIsAValidationException() {
		// the SDK fills in a client token by itself, so this request is sent by hand
		HttpResponse<String> response = this.fixture.send("POST", "/jobs", """
				{"name": "no token", "jobType": "ONE_TIME",
				 "s3JobDefinition": {"bucketDefinitions": [{"accountId": "111122223333", "buckets": ["b"]}]}}""", true);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("ValidationException");
		assertThat(response.body()).isEqualTo("{\"message\":\"clientToken: is required\"}");
	}

	@Test
	void theLimitsThemselvesAreAccepted() {
		CreateClassificationJobRequest atTheLimits = scheduled(valid(),
				JobScheduleFrequency.builder()
					.monthlySchedule(MonthlySchedule.builder().dayOfMonth(31).build())
					.build())
			.name("n".repeat(500))
			.description("d".repeat(200))
			.samplingPercentage(100)
			.tags(Map.of("k".repeat(128), "v".repeat(256)))
			.managedDataIdentifierSelector("NONE")
			.customDataIdentifierIds(Collections.nCopies(30, CUSTOM_ID))
			.allowListIds(Collections.nCopies(10, ALLOW_LIST_ID))
			.s3JobDefinition(scoped(true, simpleScope("OBJECT_SIZE", "LTE", "1048576"),
					simpleScope("OBJECT_LAST_MODIFIED_DATE", "GT", "2024-01-31T00:00:00Z"),
					simpleScope("OBJECT_KEY", "STARTS_WITH", "logs/", "audit/"),
					simpleScope("OBJECT_EXTENSION", "NE", "jpg", "png"),
					tagScope("TAG", "NE", "S3_OBJECT", TagValuePair.builder().key("retention").value("keep").build())))
			.build();
		String jobId = this.fixture.macie.createClassificationJob(atTheLimits).jobId();
		assertThat(this.fixture.macie.describeClassificationJob(r -> r.jobId(jobId)).name()).hasSize(500);

		CreateClassificationJobRequest smallest = valid().samplingPercentage(1)
			.tags(tags(50))
			.managedDataIdentifierSelector("INCLUDE")
			.managedDataIdentifierIds("ADDRESS")
			.s3JobDefinition(criteria(simpleCriterion("EQ", "S3_BUCKET_SHARED_ACCESS", "EXTERNAL"),
					tagCriterion("NE", TagCriterionPairForJob.builder().value("dev").build())))
			.build();
		assertThat(this.fixture.macie.createClassificationJob(smallest).jobId()).hasSize(32);
		CreateClassificationJobRequest firstOfMonth = scheduled(valid(),
				JobScheduleFrequency.builder().monthlySchedule(MonthlySchedule.builder().dayOfMonth(1).build()).build())
			.build();
		assertThat(this.fixture.macie.createClassificationJob(firstOfMonth).jobId()).hasSize(32);
	}

	@Test
	void everyComparatorIsAcceptedWhereMacieDocumentsIt() {
		for (String comparator : List.of("EQ", "NE", "GT", "GTE", "LT", "LTE")) {
			CreateClassificationJobRequest request = valid()
				.s3JobDefinition(scoped(true, simpleScope("OBJECT_SIZE", comparator, "100"),
						simpleScope("OBJECT_LAST_MODIFIED_DATE", comparator, "2025-06-01T12:00:00Z")))
				.build();
			assertThat(this.fixture.macie.createClassificationJob(request).jobId()).hasSize(32);
		}
		for (JobComparator comparator : List.of(JobComparator.EQ, JobComparator.NE)) {
			CreateClassificationJobRequest request = valid()
				.s3JobDefinition(scoped(false, simpleScope("OBJECT_EXTENSION", comparator.toString(), "pdf"),
						tagScope("TAG", comparator.toString(), null, TagValuePair.builder().key("k").build())))
				.build();
			assertThat(this.fixture.macie.createClassificationJob(request).jobId()).hasSize(32);
		}
	}

}
