package io.maciedashboard.jobs;

import java.util.List;
import java.time.Duration;

import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JobLiveViewTest {

	private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			arn:aws:macie2:eu-west-1:111122223333:classification-job/abc | eu-west-1
			arn:aws-us-gov:macie2:us-gov-west-1:1:classification-job/abc | us-gov-west-1
			arn:aws:macie2::111122223333:classification-job/abc          | null
			not-an-arn                                                   | null
			null                                                         | null
			""")
	void theRegionComesFromTheJobArn(String arn, String region) {
		assertThat(JobLiveView.regionOf(arn)).isEqualTo(region);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					arn:aws:macie2:eu-west-1:1:classification-job/x            | https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#
					arn:aws-us-gov:macie2:us-gov-west-1:1:classification-job/x | https://console.amazonaws-us-gov.com/cloudwatch/home?region=us-gov-west-1#
					arn:aws-cn:macie2:cn-north-1:1:classification-job/x        | https://console.amazonaws.cn/cloudwatch/home?region=cn-north-1#
					""")
	void theConsoleLinkIsInTheJobsPartition(String arn, String consoleStart) {
		Job job = TestJobs.failedLastRun();
		Job inRegion = new Job(job.jobId(), arn, job.definition(), job.status(), job.createdAt(), job.lastRunTime(),
				true, 1, null, null);

		assertThat(JobLiveView.of(TestPlaces.HOME, inRegion, TestJobs.NOW, null, FIVE_SECONDS, null).cloudWatchUrl())
			.startsWith(consoleStart)
			.endsWith("#logsV2:log-groups/log-group/$252Faws$252Fmacie$252Fclassificationjobs");
	}

	@Test
	void withoutARegionThereIsNoConsoleLink() {
		Job job = TestJobs.failedLastRun();
		Job withoutRegion = new Job(job.jobId(), "arn:aws:macie2::1:classification-job/x", job.definition(),
				job.status(), job.createdAt(), job.lastRunTime(), true, 1, null, null);

		assertThat(
				JobLiveView.of(TestPlaces.HOME, withoutRegion, TestJobs.NOW, null, FIVE_SECONDS, null).cloudWatchUrl())
			.isNull();
	}

	@Test
	void aJobThatNeverRanSaysSo() {
		Job job = TestJobs.job(JobStatus.IDLE);
		Job neverRan = new Job(job.jobId(), job.jobArn(), job.definition(), job.status(), job.createdAt(), null, false,
				0, null, null);

		assertThat(JobLiveView.of(TestPlaces.HOME, neverRan, TestJobs.NOW, null, FIVE_SECONDS, null).lastRunStatus())
			.isEqualTo("Not run yet.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					RUNNING     | false | In progress: Macie is still analysing the data this run covers. No errors so far.
					RUNNING     | true  | In progress, with errors so far: Macie could not analyse some of the data. The findings will be incomplete.
					USER_PAUSED | false | Paused: Macie has not yet analysed all the data this run covers. No errors so far.
					PAUSED      | false | Paused: Macie has not yet analysed all the data this run covers. No errors so far.
					CANCELLED   | false | Cancelled, coverage incomplete: Macie stopped before analysing all the data the job covers. The findings are incomplete.
					CANCELLED   | true  | Cancelled, coverage incomplete: Macie stopped before analysing all the data the job covers, and reported errors. The findings are incomplete.
					COMPLETE    | false | No errors: Macie analysed all the data the job covers in its last run.
					IDLE        | true  | Errors: Macie could not analyse all the data the job covers in its last run. The findings are incomplete.
					""")
	void theLastRunSentenceIsTrueForTheStatus(JobStatus status, boolean errors, String sentence) {
		Job job = TestJobs.job(status);
		Job ran = new Job(job.jobId(), job.jobArn(), job.definition(), status, job.createdAt(), job.createdAt(), errors,
				1, null, null);

		JobLiveView view = JobLiveView.of(TestPlaces.HOME, ran, TestJobs.NOW, null, FIVE_SECONDS, null);

		assertThat(view.lastRunStatus()).isEqualTo(sentence);
		assertThat(view.runUnderWay())
			.isEqualTo(status != JobStatus.CANCELLED && status != JobStatus.COMPLETE && status != JobStatus.IDLE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PT38M     | true
			PT24H     | true
			PT24H1S   | false
			P3D       | false
			""")
	void aPauseExpiringWithinADayGetsTheBanner(Duration left, boolean banner) {
		assertThat(JobLiveView
			.of(TestPlaces.HOME, TestJobs.paused(left, JobType.ONE_TIME, null), TestJobs.NOW, null, FIVE_SECONDS, null)
			.expiresSoon()).isEqualTo(banner);
	}

	@Test
	void theExpiryIsMeasuredFromTheGivenNowAndOnlyForAUserPausedJob() {
		JobLiveView paused = JobLiveView.of(TestPlaces.HOME,
				TestJobs.paused(Duration.ofHours(5), JobType.ONE_TIME, null), TestJobs.NOW, JobStatus.RUNNING,
				FIVE_SECONDS, null);

		assertThat(paused.expiry().text()).isEqualTo("5 hours 0 minutes 0 seconds");
		assertThat(paused.announcement()).isEqualTo("Status changed: this job is now Paused by user (it was Running).");
		assertThat(paused.actions()).containsExactly(JobAction.RESUME, JobAction.CANCEL);
		assertThat(JobLiveView
			.of(TestPlaces.HOME, TestJobs.job(JobStatus.RUNNING), TestJobs.NOW, JobStatus.RUNNING, FIVE_SECONDS, null)
			.expiry()).isNull();
	}

}
