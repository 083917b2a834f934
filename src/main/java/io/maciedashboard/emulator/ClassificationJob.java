package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.DescribeClassificationJobResponse;
import io.maciedashboard.emulator.Shapes.JobSummary;
import io.maciedashboard.emulator.Shapes.LastRunErrorStatus;
import io.maciedashboard.emulator.Shapes.Statistics;
import io.maciedashboard.emulator.Shapes.UserPausedDetails;

/**
 * One classification job: its definition as created, and its lifecycle, which is worked
 * out lazily from the clock each time the job is read or changed (no background threads),
 * so that moving the clock moves the job.
 * <ul>
 * <li>A run processes the objects the job reaches at a steady rate; when none are left a
 * ONE_TIME job is COMPLETE and a SCHEDULED job IDLE until its next scheduled run.</li>
 * <li>A job paused by its user during a run expires 30 days later: a ONE_TIME job is then
 * CANCELLED, a SCHEDULED job loses that run and is IDLE again. After 23 days paused Macie
 * has sent a Health event about the pending expiry.</li>
 * </ul>
 */
final class ClassificationJob {

	static final Duration PAUSE_EXPIRY = Duration.ofDays(30);

	static final Duration EXPIRY_WARNING = Duration.ofDays(23);

	private final String jobId;

	private final String jobArn;

	private final Instant createdAt;

	private final CreateClassificationJobRequest definition;

	private final long objectsPerRun;

	private final boolean touchesFailingBucket;

	private final Map<String, String> tags;

	private JobStatus status;

	/**
	 * Objects processed in the current run up to {@link #processingSince} (or up to the
	 * pause).
	 */
	private double processedBefore;

	/** When processing (re)started in the current run; null when not processing. */
	private Instant processingSince;

	/**
	 * Whether a run is under way (running, or paused by Macie or its user in the middle
	 * of it).
	 */
	private boolean runInProgress;

	private Instant lastRunTime;

	private int numberOfRuns;

	private Instant pausedAt;

	private Instant nextRunAt;

	/** The state a job is in: a new job's or the seed's. */
	record State(JobStatus status, Instant lastRunTime, int numberOfRuns, double progress, Instant pausedAt) {
	}

	ClassificationJob(String jobId, String jobArn, Instant createdAt, CreateClassificationJobRequest definition,
			BucketInventory.Reach reach, State state, Instant now) {
		this.jobId = jobId;
		this.jobArn = jobArn;
		this.createdAt = createdAt;
		this.definition = definition;
		int sampling = (definition.samplingPercentage() != null) ? definition.samplingPercentage() : 100;
		this.objectsPerRun = reach.classifiableObjects() * sampling / 100;
		this.touchesFailingBucket = reach.touchesFailingBucket();
		this.tags = new LinkedHashMap<>((definition.tags() != null) ? definition.tags() : Map.of());
		this.status = state.status();
		this.lastRunTime = state.lastRunTime();
		this.numberOfRuns = state.numberOfRuns();
		this.pausedAt = state.pausedAt();
		this.runInProgress = state.status().isMidRun();
		this.processedBefore = state.progress() * this.objectsPerRun;
		this.processingSince = (state.status() == JobStatus.RUNNING) ? now : null;
		if (isScheduled() && state.status() != JobStatus.RUNNING) {
			this.nextRunAt = RunSchedule.nextRunAfter(definition.scheduleFrequency(), now);
		}
	}

	/**
	 * A job just created: a ONE_TIME job, or a SCHEDULED one with initialRun, starts its
	 * first run at once.
	 */
	static ClassificationJob created(String jobId, String jobArn, CreateClassificationJobRequest definition,
			BucketInventory.Reach reach, Instant now) {
		boolean runsNow = !"SCHEDULED".equals(definition.jobType()) || Boolean.TRUE.equals(definition.initialRun());
		State state = runsNow ? new State(JobStatus.RUNNING, now, 1, 0, null)
				: new State(JobStatus.IDLE, now, 0, 0, null);
		return new ClassificationJob(jobId, jobArn, now, definition, reach, state, now);
	}

	String jobId() {
		return this.jobId;
	}

	String jobArn() {
		return this.jobArn;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	CreateClassificationJobRequest definition() {
		return this.definition;
	}

	synchronized JobStatus status(Instant now, double objectsPerSecond) {
		advanceTo(now, objectsPerSecond);
		return this.status;
	}

	synchronized void change(JobStatus target, Instant now, double objectsPerSecond) {
		advanceTo(now, objectsPerSecond);
		if (!JobStatus.REQUESTABLE.contains(target)) {
			throw MacieError.validation("jobStatus",
					"a job's status can only be changed to USER_PAUSED, RUNNING or CANCELLED, not " + target);
		}
		if (!this.status.canChangeTo(target)) {
			throw MacieError.validation("jobStatus",
					"a job whose status is " + this.status + " cannot be changed to " + target);
		}
		switch (target) {
			case USER_PAUSED -> {
				if (this.processingSince != null) {
					this.processedBefore += processedSince(now, objectsPerSecond);
					this.processingSince = null;
				}
				this.pausedAt = now;
				this.status = JobStatus.USER_PAUSED;
			}
			case RUNNING -> {
				this.pausedAt = null;
				if (this.runInProgress) {
					this.status = JobStatus.RUNNING;
					this.processingSince = now;
				}
				else {
					this.status = JobStatus.IDLE;
					this.nextRunAt = RunSchedule.nextRunAfter(this.definition.scheduleFrequency(), now);
				}
			}
			default -> {
				this.status = JobStatus.CANCELLED;
				this.processingSince = null;
				this.runInProgress = false;
				this.pausedAt = null;
			}
		}
	}

	synchronized Map<String, String> tags() {
		return new LinkedHashMap<>(this.tags);
	}

	synchronized void tag(Map<String, String> added) {
		this.tags.putAll(added);
	}

	synchronized void untag(List<String> keys) {
		keys.forEach(this.tags::remove);
	}

	synchronized DescribeClassificationJobResponse describe(Instant now, double objectsPerSecond, String region) {
		advanceTo(now, objectsPerSecond);
		CreateClassificationJobRequest d = this.definition;
		double toProcess = this.runInProgress
				? Math.max(0, Math.ceil(this.objectsPerRun - processed(now, objectsPerSecond))) : 0;
		// the model: initialRun is false for a one-time job; the identifier ids are null
		// where the job has none (custom) or its selector takes none (managed)
		return new DescribeClassificationJobResponse(listOrEmpty(d.allowListIds()), d.clientToken(), this.createdAt,
				listOrNull(d.customDataIdentifierIds()), d.description(),
				isScheduled() && Boolean.TRUE.equals(d.initialRun()), this.jobArn, this.jobId, this.status.name(),
				d.jobType(), lastRunErrorStatus(), (this.lastRunTime != null) ? this.lastRunTime : this.createdAt,
				listOrNull(d.managedDataIdentifierIds()), selector(), d.name(), d.s3JobDefinition(),
				(d.samplingPercentage() != null) ? d.samplingPercentage() : 100, d.scheduleFrequency(),
				new Statistics(toProcess, (double) this.numberOfRuns), tags(), userPausedDetails(now, region));
	}

	synchronized JobSummary summary(Instant now, double objectsPerSecond, String region) {
		advanceTo(now, objectsPerSecond);
		CreateClassificationJobRequest d = this.definition;
		return new JobSummary(d.s3JobDefinition().bucketCriteria(), d.s3JobDefinition().bucketDefinitions(),
				this.createdAt, this.jobId, this.status.name(), d.jobType(), lastRunErrorStatus(), d.name(),
				userPausedDetails(now, region));
	}

	private String selector() {
		return (this.definition.managedDataIdentifierSelector() != null)
				? this.definition.managedDataIdentifierSelector() : "RECOMMENDED";
	}

	private LastRunErrorStatus lastRunErrorStatus() {
		boolean failed = this.touchesFailingBucket && (this.numberOfRuns > 0 || this.runInProgress);
		return new LastRunErrorStatus(failed ? "ERROR" : "NONE");
	}

	private UserPausedDetails userPausedDetails(Instant now, String region) {
		if (this.status != JobStatus.USER_PAUSED) {
			return null;
		}
		if (!this.runInProgress) {
			return new UserPausedDetails(null, null, this.pausedAt);
		}
		String healthEvent = now.isBefore(this.pausedAt.plus(EXPIRY_WARNING)) ? null
				: "arn:aws:health:" + region + "::event/MACIE/MACIE_CLASSIFICATION_JOB_IMMINENT_EXPIRATION/"
						+ "MACIE_CLASSIFICATION_JOB_IMMINENT_EXPIRATION_" + this.jobId;
		return new UserPausedDetails(this.pausedAt.plus(PAUSE_EXPIRY), healthEvent, this.pausedAt);
	}

	/** Plays the job's lifecycle forward from where it was last seen to {@code now}. */
	private void advanceTo(Instant now, double objectsPerSecond) {
		while (true) {
			if (this.status == JobStatus.RUNNING && this.processingSince != null) {
				Instant finishedAt = this.processingSince
					.plus(timeFor(this.objectsPerRun - this.processedBefore, objectsPerSecond));
				if (finishedAt.isAfter(now)) {
					return;
				}
				endRun(finishedAt, isScheduled() ? JobStatus.IDLE : JobStatus.COMPLETE);
			}
			else if (this.status == JobStatus.IDLE && this.nextRunAt != null && !this.nextRunAt.isAfter(now)) {
				startRun(this.nextRunAt);
			}
			else if (this.status == JobStatus.USER_PAUSED && this.runInProgress
					&& !this.pausedAt.plus(PAUSE_EXPIRY).isAfter(now)) {
				Instant expiredAt = this.pausedAt.plus(PAUSE_EXPIRY);
				this.pausedAt = null;
				endRun(expiredAt, isScheduled() ? JobStatus.IDLE : JobStatus.CANCELLED);
			}
			else {
				return;
			}
		}
	}

	private void startRun(Instant at) {
		this.status = JobStatus.RUNNING;
		this.runInProgress = true;
		this.processedBefore = 0;
		this.processingSince = at;
		this.lastRunTime = at;
		this.numberOfRuns++;
		this.nextRunAt = null;
	}

	private void endRun(Instant at, JobStatus next) {
		this.status = next;
		this.runInProgress = false;
		this.processingSince = null;
		this.processedBefore = 0;
		if (next == JobStatus.IDLE) {
			this.nextRunAt = RunSchedule.nextRunAfter(this.definition.scheduleFrequency(), at);
		}
	}

	private double processed(Instant now, double objectsPerSecond) {
		return this.processedBefore + ((this.processingSince != null) ? processedSince(now, objectsPerSecond) : 0);
	}

	private double processedSince(Instant now, double objectsPerSecond) {
		return Duration.between(this.processingSince, now).toMillis() / 1000.0 * objectsPerSecond;
	}

	private static Duration timeFor(double objects, double objectsPerSecond) {
		return Duration.ofMillis((long) Math.ceil(Math.max(0, objects) / objectsPerSecond * 1000));
	}

	private boolean isScheduled() {
		return "SCHEDULED".equals(this.definition.jobType());
	}

	private static List<String> listOrEmpty(List<String> values) {
		return (values != null) ? values : new ArrayList<>();
	}

	private static List<String> listOrNull(List<String> values) {
		return (values != null && !values.isEmpty()) ? values : null;
	}

}
