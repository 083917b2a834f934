package io.maciedashboard.jobs;

import java.time.Instant;

import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.Place;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.web.PauseExpiry;

/**
 * One row of the job list: Macie's summary plus what only DescribeClassificationJob tells
 * (the last run and the schedule).
 *
 * @param place where the job lives
 * @param details null when the job could not be described, or its description is late;
 * the row then shows less
 * @param detailsLate whether Macie has not described the job in time for this render: the
 * row says its details are loading
 * @param pauseExpiry null unless the job is USER_PAUSED
 */
public record JobRow(Place place, JobSummary job, RowDetails details, boolean detailsLate, PauseExpiry pauseExpiry) {

	JobRow(Place place, JobSummary job, RowDetails details, boolean detailsLate, Instant now) {
		this(place, job, details, detailsLate, (job.pause() != null && job.pause().expiresAt() != null)
				? PauseExpiry.of(job.pause(), job.type(), now) : null);
	}

	/** The job page's URL. */
	public String url() {
		return this.place.jobPath(this.job.jobId());
	}

	public Instant lastRunTime() {
		return (this.details != null) ? this.details.lastRunTime() : null;
	}

	public Schedule schedule() {
		return (this.details != null) ? this.details.schedule() : null;
	}

	/** Whether a page showing this job should keep refreshing. */
	public boolean isChanging() {
		JobStatus status = this.job.status();
		return status == JobStatus.RUNNING || status == JobStatus.PAUSED || status == JobStatus.USER_PAUSED;
	}

	/** "3 buckets in 2 accounts", "1 bucket in 1 account", "Bucket criteria". */
	public String scope() {
		BucketScope scope = this.job.buckets();
		if (scope instanceof BucketScope.SpecificBuckets specific) {
			int buckets = specific.bucketCount();
			int accounts = specific.accounts().size();
			return count(buckets, "bucket") + " in " + count(accounts, "account");
		}
		return (scope instanceof BucketScope.BucketCriteria) ? "Bucket criteria" : "—";
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	/**
	 * What DescribeClassificationJob adds to a row.
	 *
	 * @param lastRunTime null before the first run
	 * @param schedule null for ONE_TIME jobs
	 */
	public record RowDetails(Instant lastRunTime, Schedule schedule) {
	}

}
