package io.maciedashboard.jobs;

import java.util.Set;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.PauseDetails;
import io.maciedashboard.macie.Schedule;

/** Jobs as the service returns them, for the job page's tests. */
final class TestJobs {

	static final String ID = "3ce05dbb7ec5505def334104bf3ba4c2";

	static final String ARN = "arn:aws:macie2:eu-west-1:111122223333:classification-job/" + ID;

	static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");

	private TestJobs() {
	}

	/**
	 * The id of the emulator's seeded job "Objects tagged pii=true", which is running.
	 */
	static String seededRunningJob(MacieJobs macie) {
		return macie
			.listJobs(TestPlaces.HOME,
					new JobListQuery(Set.of(), null, "Objects tagged pii=true", null, null,
							JobListQuery.SortField.CREATED_AT, false, 25, null))
			.jobs()
			.get(0)
			.jobId();
	}

	static JobDefinition definition(JobType type) {
		return new JobDefinition("Quarterly PII scan", "Finds personal data in exports", type,
				(type == JobType.SCHEDULED) ? new Schedule.Weekly(DayOfWeek.MONDAY) : null, true, 40,
				new BucketScope.SpecificBuckets(
						List.of(new BucketScope.AccountBuckets("111122223333", List.of("hr-exports", "invoices")))),
				new ObjectScope(List.of(new ObjectScope.PropertyTerm(ObjectScope.ObjectProperty.OBJECT_SIZE,
						io.maciedashboard.macie.Comparator.GT, List.of("10000000"))), List.of()),
				ManagedIdentifierSelector.INCLUDE, List.of("CREDIT_CARD_NUMBER", "NO_SUCH_IDENTIFIER"),
				List.of("cdi-1"), List.of("al-1", "al-gone"), Map.of("team", "compliance"));
	}

	static Job job(JobStatus status) {
		return job(status, JobType.ONE_TIME, null);
	}

	static Job job(JobStatus status, JobType type, PauseDetails pause) {
		return new Job(ID, ARN, definition(type), status, NOW.minus(Duration.ofDays(40)),
				NOW.minus(Duration.ofHours(3)), false, 2, (status == JobStatus.RUNNING) ? 12_400L : 0L, pause);
	}

	static Job paused(Duration left, JobType type, String healthEventArn) {
		Instant expiresAt = NOW.plus(left);
		return job(JobStatus.USER_PAUSED, type,
				new PauseDetails(expiresAt.minus(Duration.ofDays(30)), expiresAt, healthEventArn));
	}

	static Job failedLastRun() {
		Job job = job(JobStatus.IDLE, JobType.SCHEDULED, null);
		return new Job(job.jobId(), job.jobArn(), job.definition(), job.status(), job.createdAt(), job.lastRunTime(),
				true, job.numberOfRuns(), job.approximateObjectsToProcess(), null);
	}

}
