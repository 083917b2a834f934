package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.Objects;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.Place;

/**
 * What the sweep knows of a job: what Macie said when it was last seen, and how many
 * changes of it have been seen ({@code version}: it names each change's notifications and
 * is the calendar event's SEQUENCE).
 *
 * @param expiresAt when a user pause expires; null unless USER_PAUSED
 */
public record JobState(String account, String region, String jobId, String name, JobStatus status, boolean oneTime,
		boolean lastRunFailed, Instant expiresAt, long version, Instant seenAt) {

	/** The job as the job list describes it, not yet compared with anything. */
	public static JobState of(Place place, JobSummary job, Instant seenAt) {
		return new JobState(place.accountId(), place.region(), job.jobId(), job.name(), job.status(),
				job.type() == JobType.ONE_TIME, job.lastRunFailed(),
				(job.pause() != null) ? job.pause().expiresAt() : null, 0, seenAt);
	}

	/** The job as DescribeClassificationJob describes it. */
	public static JobState of(Place place, Job job, Instant seenAt) {
		return new JobState(place.accountId(), place.region(), job.jobId(), job.name(), job.status(),
				job.definition().type() == JobType.ONE_TIME, job.lastRunFailed(),
				(job.pause() != null) ? job.pause().expiresAt() : null, 0, seenAt);
	}

	/** Whether Macie says something other than the earlier state (its name aside). */
	public boolean differsFrom(JobState earlier) {
		return this.status != earlier.status || this.lastRunFailed != earlier.lastRunFailed
				|| !Objects.equals(this.expiresAt, earlier.expiresAt);
	}

	/** This state as the next version after {@code earlier}'s. */
	JobState after(JobState earlier) {
		long next = (earlier == null) ? 0 : earlier.version + (differsFrom(earlier) ? 1 : 0);
		return new JobState(this.account, this.region, this.jobId, this.name, this.status, this.oneTime,
				this.lastRunFailed, this.expiresAt, next, this.seenAt);
	}

	/** "account/region/jobId": how a watch names one job. */
	public String key() {
		return jobKey(this.account, this.region, this.jobId);
	}

	static String jobKey(String account, String region, String jobId) {
		return account + "/" + region + "/" + jobId;
	}

}
