package io.maciedashboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.Place;
import io.maciedashboard.history.RunHistory;
import io.maciedashboard.web.AwsConsole;
import io.maciedashboard.web.PauseExpiry;

/**
 * What the job page's refreshing part shows: status, statistics, the pause countdown, the
 * actions valid now and what the dashboard remembers of the job's runs.
 *
 * @param place where the job lives
 * @param expiry null unless the job is USER_PAUSED (with its pause details)
 * @param announcement "Status changed ..." when the status differs from the one the page
 * showed, else null
 * @param refreshSeconds how often the page asks again while the job is live
 * @param history the run timeline, trend and time left
 */
record JobLiveView(Place place, Job job, PauseExpiry expiry, List<JobAction> actions, String region,
		String announcement, long refreshSeconds, RunHistory history) {

	/**
	 * Macie's log group for classification jobs; each job logs to a stream named by its
	 * id.
	 */
	static final String LOG_GROUP = "/aws/macie/classificationjobs";

	/** A pause expiring this soon gets a banner at the top of the page. */
	static final Duration EXPIRY_BANNER_WITHIN = Duration.ofHours(24);

	static JobLiveView of(Place place, Job job, Instant now, JobStatus shownStatus, Duration refreshInterval,
			RunHistory history) {
		PauseExpiry expiry = (job.status() == JobStatus.USER_PAUSED && job.pause() != null
				&& job.pause().expiresAt() != null) ? PauseExpiry.of(job.pause(), job.definition().type(), now) : null;
		String announcement = (shownStatus != null && shownStatus != job.status())
				? "Status changed: this job is now " + job.status().label() + " (it was " + shownStatus.label() + ")."
				: null;
		return new JobLiveView(place, job, expiry, JobAction.allowedFrom(job.status()), regionOf(job.jobArn()),
				announcement, refreshInterval.toSeconds(), history);
	}

	/**
	 * arn:aws:macie2:REGION:ACCOUNT:classification-job/ID; null when the ARN has no
	 * region.
	 */
	static String regionOf(String arn) {
		String[] parts = (arn != null) ? arn.split(":", 6) : new String[0];
		return (parts.length == 6 && !parts[3].isEmpty()) ? parts[3] : null;
	}

	/** The job page's URL, which its refresh and actions extend. */
	public String url() {
		return JobLinks.job(this.place, this.job.jobId());
	}

	/** Whether the page keeps refreshing: the job can still change by itself. */
	public boolean live() {
		return this.job.status().isLive();
	}

	/** The CloudWatch console on the job's log group, in the job's region. */
	public String cloudWatchUrl() {
		if (this.region == null) {
			return null;
		}
		// the console's fragment encodes "/" as "$252F"
		return "https://" + AwsConsole.host(this.region) + "/cloudwatch/home?region=" + this.region
				+ "#logsV2:log-groups/log-group/" + LOG_GROUP.replace("/", "$252F");
	}

	public String logGroup() {
		return LOG_GROUP;
	}

	/**
	 * The last run in words, true for the status: a run in progress or paused has not yet
	 * covered everything, a cancelled job never will, and only an ended run may say that
	 * Macie analysed all the data.
	 */
	public String lastRunStatus() {
		if (this.job.lastRunTime() == null && this.job.numberOfRuns() == 0) {
			return "Not run yet.";
		}
		boolean errors = this.job.lastRunFailed();
		return switch (this.job.status()) {
			case RUNNING -> errors
					? "In progress, with errors so far: Macie could not analyse some of the data. The findings will be incomplete."
					: "In progress: Macie is still analysing the data this run covers. No errors so far.";
			case USER_PAUSED, PAUSED -> errors
					? "Paused, with errors so far: Macie has not analysed all the data this run covers, and could not analyse some of it."
					: "Paused: Macie has not yet analysed all the data this run covers. No errors so far.";
			case CANCELLED -> errors
					? "Cancelled, coverage incomplete: Macie stopped before analysing all the data the job covers, and reported errors. The findings are incomplete."
					: "Cancelled, coverage incomplete: Macie stopped before analysing all the data the job covers. The findings are incomplete.";
			case COMPLETE, IDLE -> errors
					? "Errors: Macie could not analyse all the data the job covers in its last run. The findings are incomplete."
					: "No errors: Macie analysed all the data the job covers in its last run.";
		};
	}

	/**
	 * Whether a run is under way (running or paused), so that "objects still to process"
	 * means something.
	 */
	public boolean runUnderWay() {
		JobStatus status = this.job.status();
		return status == JobStatus.RUNNING || status == JobStatus.PAUSED || status == JobStatus.USER_PAUSED;
	}

	/** Resume, when the job can be resumed now (for the expiry banner), else null. */
	public JobAction resumeAction() {
		return this.actions.contains(JobAction.RESUME) ? JobAction.RESUME : null;
	}

	/**
	 * Whether the pause expires within a day: the page then says so in a banner at its
	 * top.
	 */
	public boolean expiresSoon() {
		return this.expiry != null && this.expiry.remaining().compareTo(EXPIRY_BANNER_WITHIN) <= 0;
	}

}
