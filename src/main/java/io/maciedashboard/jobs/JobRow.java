package io.maciedashboard.jobs;

import java.time.Instant;

import io.maciedashboard.history.Observation;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.JobType;
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
 * @param timeLeft a running job's estimate ("about 3 hours left"), or null
 */
public record JobRow(Place place, JobSummary job, RowDetails details, boolean detailsLate, PauseExpiry pauseExpiry,
		String timeLeft) {

	JobRow(Place place, JobSummary job, RowDetails details, boolean detailsLate, Instant now) {
		this(place, job, details, detailsLate, (job.pause() != null && job.pause().expiresAt() != null)
				? PauseExpiry.of(job.pause(), job.type(), now) : null, null);
	}

	JobRow withTimeLeft(String estimate) {
		return new JobRow(this.place, this.job, this.details, this.detailsLate, this.pauseExpiry, estimate);
	}

	/**
	 * What the row knows of a running job now (for its estimate), or null when it is not
	 * running or its objects left are unknown.
	 */
	Observation reading(Instant now) {
		Long left = objectsLeft();
		return (left != null) ? new Observation(now, this.job.status(), this.details.numberOfRuns(), left,
				this.details.lastRunTime(), this.job.lastRunFailed()) : null;
	}

	/** The job page's URL. */
	public String url() {
		return JobLinks.job(this.place, this.job.jobId());
	}

	/**
	 * What the row's element ids end with: unique among every place's jobs, and the same
	 * across refreshes (so that a morphing refresh keeps focus).
	 */
	public String domId() {
		return this.place.accountId() + "-" + this.place.region() + "-" + this.job.jobId();
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

	/**
	 * The first bucket a job analyses by name, or "Bucket criteria";
	 * {@link #moreBuckets()} says how many others.
	 */
	public String firstBucket() {
		if (this.job.buckets() instanceof BucketScope.SpecificBuckets specific) {
			return specific.accounts()
				.stream()
				.flatMap((account) -> account.buckets().stream())
				.findFirst()
				.orElse("No buckets");
		}
		return (this.job.buckets() instanceof BucketScope.BucketCriteria) ? "Bucket criteria" : "—";
	}

	/** How many buckets besides the first one ("+2 more"). */
	public int moreBuckets() {
		return (this.job.buckets() instanceof BucketScope.SpecificBuckets specific)
				? Math.max(0, specific.bucketCount() - 1) : 0;
	}

	/**
	 * Objects the running job still has to process (approximately), or null when it is
	 * not running or Macie did not say.
	 */
	public Long objectsLeft() {
		return (this.job.status() == JobStatus.RUNNING && this.details != null)
				? this.details.approximateObjectsToProcess() : null;
	}

	/**
	 * Whether the last run says something Created does not: a one-time job's only run
	 * starts when it is created.
	 */
	public boolean showsLastRun() {
		return this.job.type() != JobType.ONE_TIME;
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
	 * @param approximateObjectsToProcess what the current run has left, or null
	 * @param numberOfRuns how many runs the job started
	 */
	public record RowDetails(Instant lastRunTime, Schedule schedule, Long approximateObjectsToProcess,
			long numberOfRuns) {
	}

}
