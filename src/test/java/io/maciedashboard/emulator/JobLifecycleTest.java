package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.DailySchedule;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.JobComparator;
import software.amazon.awssdk.services.macie2.model.JobScheduleFrequency;
import software.amazon.awssdk.services.macie2.model.JobStatus;
import software.amazon.awssdk.services.macie2.model.JobSummary;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterKey;
import software.amazon.awssdk.services.macie2.model.S3BucketDefinitionForJob;
import software.amazon.awssdk.services.macie2.model.S3JobDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job lifecycle over time, on the emulator's movable clock, with a seed of known
 * object counts (ledger: 12,000 classifiable objects) and speed 2 (200 objects a second).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobLifecycleTest {

	private final EmulatorFixture fixture = new EmulatorFixture(properties -> {
		properties.setSeedLocation("classpath:emulator/lifecycle-seed/");
		properties.setSpeed(2);
	});

	private int created;

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	private Instant now() {
		return this.fixture.emulator.clock().instant();
	}

	private void advance(Duration by) {
		this.fixture.emulator.clock().advance(by);
	}

	private DescribeClassificationJobResponse describe(String jobId) {
		return this.fixture.macie.describeClassificationJob(request -> request.jobId(jobId));
	}

	private String create(UnaryOperator<CreateClassificationJobRequest.Builder> definition) {
		CreateClassificationJobRequest.Builder job = CreateClassificationJobRequest.builder()
			.clientToken("lifecycle-" + (++this.created))
			.name("lifecycle " + this.created)
			.jobType("ONE_TIME")
			.s3JobDefinition(on("111111111111", "ledger"));
		return this.fixture.macie.createClassificationJob(definition.apply(job).build()).jobId();
	}

	private static S3JobDefinition on(String accountId, String... buckets) {
		return S3JobDefinition.builder()
			.bucketDefinitions(S3BucketDefinitionForJob.builder().accountId(accountId).buckets(buckets).build())
			.build();
	}

	private static CreateClassificationJobRequest.Builder daily(CreateClassificationJobRequest.Builder job,
			boolean initialRun) {
		return job.jobType("SCHEDULED")
			.initialRun(initialRun)
			.scheduleFrequency(JobScheduleFrequency.builder().dailySchedule(DailySchedule.builder().build()).build());
	}

	private Instant nextMidnight() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private void advanceTo(Instant instant) {
		advance(Duration.between(now(), instant));
	}

	private static double toProcess(DescribeClassificationJobResponse job) {
		return job.statistics().approximateNumberOfObjectsToProcess();
	}

	private JobSummary seeded(String name) {
		return this.fixture.macie
			.listClassificationJobs(request -> request.filterCriteria(criteria -> criteria
				.includes(term -> term.key(ListJobsFilterKey.NAME).comparator(JobComparator.EQ).values(name))))
			.items()
			.get(0);
	}

	@Test
	@Order(1)
	void seedTimesAreRelativeToTheClockWhenTheSeedIsLoaded() {
		assertThat(now()).isEqualTo(EmulatorFixture.START);
		JobSummary complete = seeded("seeded complete");
		assertThat(complete.createdAt()).isEqualTo(EmulatorFixture.START.minus(Duration.ofDays(12)));
		assertThat(complete.jobStatus()).isEqualTo(JobStatus.COMPLETE);

		DescribeClassificationJobResponse paused = describe(seeded("seeded paused 25 days").jobId());
		assertThat(paused.jobStatus()).isEqualTo(JobStatus.USER_PAUSED);
		assertThat(paused.userPausedDetails().jobPausedAt())
			.isEqualTo(EmulatorFixture.START.minus(Duration.ofDays(25)));
		assertThat(paused.userPausedDetails().jobExpiresAt()).isEqualTo(EmulatorFixture.START.plus(Duration.ofDays(5)));
		assertThat(paused.userPausedDetails().jobImminentExpirationHealthEventArn())
			.startsWith("arn:aws:health:us-east-1::event/MACIE/")
			.endsWith(paused.jobId());
		assertThat(toProcess(paused)).isEqualTo(9000);
		assertThat(paused.s3JobDefinition().scoping().includes().and().get(0).simpleScopeTerm().values())
			.containsExactly(EmulatorFixture.START.minus(Duration.ofDays(30)).toString());

		DescribeClassificationJobResponse pausedByMacie = describe(seeded("seeded paused by Macie").jobId());
		assertThat(pausedByMacie.jobStatus()).isEqualTo(JobStatus.PAUSED);
		assertThat(toProcess(pausedByMacie)).isEqualTo(2000);
	}

	@Test
	@Order(2)
	void aJobPausedByMacieWaitsAndCanBePausedByItsUserThenCancelled() {
		String jobId = seeded("seeded paused by Macie").jobId();
		advance(Duration.ofHours(5));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.PAUSED);
		assertThat(toProcess(describe(jobId))).isEqualTo(2000);
		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.USER_PAUSED));
		DescribeClassificationJobResponse paused = describe(jobId);
		assertThat(paused.jobStatus()).isEqualTo(JobStatus.USER_PAUSED);
		assertThat(paused.userPausedDetails().jobExpiresAt()).isEqualTo(now().plus(Duration.ofDays(30)));
		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.CANCELLED));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.CANCELLED);
	}

	@Test
	void aOneTimeJobProcessesItsObjectsAtTheConfiguredSpeedAndCompletes() {
		Instant createdAt = now();
		String jobId = create(job -> job);
		DescribeClassificationJobResponse started = describe(jobId);
		assertThat(started.jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(toProcess(started)).isEqualTo(12000);
		assertThat(started.statistics().numberOfRuns()).isEqualTo(1);
		assertThat(started.lastRunTime()).isEqualTo(createdAt);

		advance(Duration.ofSeconds(30));
		assertThat(toProcess(describe(jobId))).isEqualTo(6000);
		advance(Duration.ofSeconds(29));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(toProcess(describe(jobId))).isEqualTo(200);

		advance(Duration.ofSeconds(1));
		DescribeClassificationJobResponse complete = describe(jobId);
		assertThat(complete.jobStatus()).isEqualTo(JobStatus.COMPLETE);
		assertThat(toProcess(complete)).isZero();
		assertThat(complete.lastRunTime()).isEqualTo(createdAt);
		advance(Duration.ofDays(40));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.COMPLETE);
	}

	@Test
	void samplingAndBucketCriteriaDecideHowManyObjectsARunProcesses() {
		assertThat(toProcess(describe(create(job -> job.samplingPercentage(25))))).isEqualTo(3000);
		assertThat(toProcess(describe(create(job -> job.s3JobDefinition(on("111111111111", "ledger", "locked"))
			.s3JobDefinition(definition -> definition.bucketDefinitions(
					S3BucketDefinitionForJob.builder().accountId("111111111111").buckets("ledger").build(),
					S3BucketDefinitionForJob.builder().accountId("222222222222").buckets("payments").build()))))))
			.isEqualTo(16000);
		String financeTagged = create(job -> job
			.s3JobDefinition(definition -> definition.bucketCriteria(criteria -> criteria
				.includes(block -> block.and(and -> and.tagCriterion(
						tag -> tag.comparator(JobComparator.EQ).tagValues(pair -> pair.key("team").value("finance")))))
				.excludes(block -> block.and(and -> and.simpleCriterion(simple -> simple.comparator(JobComparator.EQ)
					.key("S3_BUCKET_SHARED_ACCESS")
					.values("EXTERNAL")))))));
		assertThat(toProcess(describe(financeTagged))).isEqualTo(12000);
	}

	@Test
	void aJobThatTouchesABucketMacieCannotReadReportsAnError() {
		assertThat(describe(create(job -> job)).lastRunErrorStatus().codeAsString()).isEqualTo("NONE");
		assertThat(describe(create(job -> job.s3JobDefinition(on("111111111111", "ledger", "locked"))))
			.lastRunErrorStatus()
			.codeAsString()).isEqualTo("ERROR");
		assertThat(
				describe(create(job -> job.s3JobDefinition(on("111111111111", "no-such-bucket")))).lastRunErrorStatus()
					.codeAsString())
			.isEqualTo("ERROR");
		String byAccount = create(job -> job.s3JobDefinition(definition -> definition
			.bucketCriteria(criteria -> criteria.includes(block -> block.and(and -> and.simpleCriterion(
					simple -> simple.comparator(JobComparator.EQ).key("ACCOUNT_ID").values("111111111111")))))));
		assertThat(describe(byAccount).lastRunErrorStatus().codeAsString()).isEqualTo("ERROR");
	}

	@Test
	void aScheduledJobAlternatesBetweenRunningAndIdleAndCountsItsRuns() {
		String jobId = create(job -> daily(job, true));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(describe(jobId).statistics().numberOfRuns()).isEqualTo(1);

		advance(Duration.ofSeconds(60));
		DescribeClassificationJobResponse idle = describe(jobId);
		assertThat(idle.jobStatus()).isEqualTo(JobStatus.IDLE);
		assertThat(toProcess(idle)).isZero();

		Instant midnight = nextMidnight();
		advanceTo(midnight.plusSeconds(10));
		DescribeClassificationJobResponse second = describe(jobId);
		assertThat(second.jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(second.statistics().numberOfRuns()).isEqualTo(2);
		assertThat(second.lastRunTime()).isEqualTo(midnight);
		assertThat(toProcess(second)).isEqualTo(10000);

		advance(Duration.ofDays(3));
		DescribeClassificationJobResponse later = describe(jobId);
		assertThat(later.jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(later.statistics().numberOfRuns()).isEqualTo(5);
		assertThat(later.lastRunTime()).isEqualTo(midnight.plus(Duration.ofDays(3)));
	}

	@Test
	void aScheduledJobWithoutInitialRunWaitsForItsFirstScheduledRun() {
		Instant createdAt = now();
		String jobId = create(job -> daily(job, false));
		DescribeClassificationJobResponse waiting = describe(jobId);
		assertThat(waiting.jobStatus()).isEqualTo(JobStatus.IDLE);
		assertThat(waiting.statistics().numberOfRuns()).isZero();
		assertThat(waiting.lastRunTime()).isEqualTo(createdAt);
		assertThat(waiting.initialRun()).isFalse();

		Instant midnight = nextMidnight();
		advanceTo(midnight);
		DescribeClassificationJobResponse first = describe(jobId);
		assertThat(first.jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(first.statistics().numberOfRuns()).isEqualTo(1);
		assertThat(first.lastRunTime()).isEqualTo(midnight);
	}

	@Test
	void aPausedJobKeepsItsPlaceWarnsAfter23DaysAndResumesWhereItStopped() {
		String jobId = create(job -> job);
		advance(Duration.ofSeconds(30));
		Instant pausedAt = now();
		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.USER_PAUSED));
		DescribeClassificationJobResponse paused = describe(jobId);
		assertThat(paused.jobStatus()).isEqualTo(JobStatus.USER_PAUSED);
		assertThat(paused.userPausedDetails().jobPausedAt()).isEqualTo(pausedAt);
		assertThat(paused.userPausedDetails().jobExpiresAt()).isEqualTo(pausedAt.plus(Duration.ofDays(30)));
		assertThat(paused.userPausedDetails().jobImminentExpirationHealthEventArn()).isNull();
		assertThat(toProcess(paused)).isEqualTo(6000);

		advance(Duration.ofDays(23).minusSeconds(1));
		assertThat(describe(jobId).userPausedDetails().jobImminentExpirationHealthEventArn()).isNull();
		assertThat(toProcess(describe(jobId))).isEqualTo(6000);
		advance(Duration.ofSeconds(1));
		assertThat(describe(jobId).userPausedDetails().jobImminentExpirationHealthEventArn()).contains(jobId);

		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.RUNNING));
		DescribeClassificationJobResponse resumed = describe(jobId);
		assertThat(resumed.jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(resumed.userPausedDetails()).isNull();
		assertThat(toProcess(resumed)).isEqualTo(6000);
		advance(Duration.ofSeconds(30));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.COMPLETE);
	}

	@Test
	void aPausedOneTimeJobIsCancelledWhenItsPauseExpires() {
		String jobId = create(job -> job);
		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.USER_PAUSED));
		advance(Duration.ofDays(30).minusSeconds(1));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.USER_PAUSED);
		advance(Duration.ofSeconds(1));
		DescribeClassificationJobResponse expired = describe(jobId);
		assertThat(expired.jobStatus()).isEqualTo(JobStatus.CANCELLED);
		assertThat(expired.userPausedDetails()).isNull();
		assertThat(toProcess(expired)).isZero();
	}

	@Test
	void aScheduledJobLosesOnlyThePausedRunWhenThePauseExpires() {
		String jobId = create(job -> daily(job, true));
		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.USER_PAUSED));
		Instant expiry = describe(jobId).userPausedDetails().jobExpiresAt();
		advance(Duration.ofDays(10));
		assertThat(describe(jobId).statistics().numberOfRuns()).isEqualTo(1);
		advanceTo(expiry);
		DescribeClassificationJobResponse idle = describe(jobId);
		assertThat(idle.jobStatus()).isEqualTo(JobStatus.IDLE);
		assertThat(idle.userPausedDetails()).isNull();
		assertThat(idle.statistics().numberOfRuns()).isEqualTo(1);

		Instant midnight = nextMidnight();
		advanceTo(midnight);
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(describe(jobId).statistics().numberOfRuns()).isEqualTo(2);
	}

	@Test
	void anIdleScheduledJobPausedByItsUserSkipsRunsUntilResumed() {
		String jobId = create(job -> daily(job, false));
		Instant pausedAt = now();
		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.USER_PAUSED));
		DescribeClassificationJobResponse paused = describe(jobId);
		assertThat(paused.userPausedDetails().jobPausedAt()).isEqualTo(pausedAt);
		assertThat(paused.userPausedDetails().jobExpiresAt()).isNull();

		advance(Duration.ofDays(40));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.USER_PAUSED);
		assertThat(describe(jobId).statistics().numberOfRuns()).isZero();

		this.fixture.macie.updateClassificationJob(request -> request.jobId(jobId).jobStatus(JobStatus.RUNNING));
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.IDLE);
		advanceTo(nextMidnight());
		assertThat(describe(jobId).jobStatus()).isEqualTo(JobStatus.RUNNING);
		assertThat(describe(jobId).statistics().numberOfRuns()).isEqualTo(1);
	}

	@Test
	void theJobListShowsTheSameLifecycle() {
		String jobId = create(job -> job);
		advance(Duration.ofMinutes(2));
		JobSummary summary = this.fixture.macie.listClassificationJobs(
				request -> request.filterCriteria(criteria -> criteria.includes(term -> term.key(ListJobsFilterKey.NAME)
					.comparator(JobComparator.EQ)
					.values(describe(jobId).name()))))
			.items()
			.get(0);
		assertThat(summary.jobStatus()).isEqualTo(JobStatus.COMPLETE);
	}

}
