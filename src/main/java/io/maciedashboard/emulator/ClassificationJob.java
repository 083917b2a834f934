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
import tools.jackson.databind.JsonNode;

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

	/** Macie keeps findings (and so the emulator its runs' timelines) for 90 days. */
	static final Duration FINDINGS_KEPT = Duration.ofDays(90);

	private final String jobId;

	private final String jobArn;

	private final Instant createdAt;

	private final CreateClassificationJobRequest definition;

	private final long objectsPerRun;

	private final boolean touchesFailingBucket;

	private final List<JsonNode> reachedBuckets;

	private final Map<String, String> tags;

	private JobStatus status;

	/**
	 * The run under way (running, or paused by Macie or its user in the middle of it);
	 * null between runs.
	 */
	private JobRun run;

	/** The runs played here since the seed, oldest first, while their findings last. */
	private final List<JobRun> endedRuns = new ArrayList<>();

	/** The runs the seed says had ended before: worked out only when asked for. */
	private final SeededRuns seededRuns;

	private Instant lastRunTime;

	private int numberOfRuns;

	private Instant pausedAt;

	private Instant nextRunAt;

	/**
	 * The state a job is in: a new job's or the seed's. {@code progress} is the share of
	 * the current run (or, for a CANCELLED job, of its last run) already processed.
	 */
	record State(JobStatus status, Instant lastRunTime, int numberOfRuns, double progress, Instant pausedAt) {
	}

	/**
	 * The runs that had ended when the job was seeded: {@code count} of them, the last
	 * one started at {@code lastStart} and processed {@code lastShare} of its objects,
	 * each earlier one at the schedule's previous run, none before the job was created
	 * and each ended by the start of the next ({@code until} for the last).
	 */
	private record SeededRuns(int count, Instant lastStart, double lastShare, Instant until) {
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
		this.reachedBuckets = reach.buckets();
		this.tags = new LinkedHashMap<>((definition.tags() != null) ? definition.tags() : Map.of());
		this.status = state.status();
		this.lastRunTime = state.lastRunTime();
		this.numberOfRuns = state.numberOfRuns();
		this.pausedAt = state.pausedAt();
		if (state.status().isMidRun()) {
			// the seed's progress was made evenly from the run's start to its pause (or
			// now)
			this.run = JobRun.seeded(state.numberOfRuns(), this.objectsPerRun, state.lastRunTime(),
					(state.pausedAt() != null) ? state.pausedAt() : now, state.progress() * this.objectsPerRun);
			if (state.status() == JobStatus.RUNNING) {
				this.run.startProcessing(now);
			}
			this.seededRuns = new SeededRuns(state.numberOfRuns() - 1, previousRunStart(state.lastRunTime()), 1,
					state.lastRunTime());
		}
		else {
			this.seededRuns = new SeededRuns(state.numberOfRuns(), state.lastRunTime(),
					(state.status() == JobStatus.CANCELLED) ? state.progress() : 1, now);
		}
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

	/** The buckets the job reaches (as the seed describes them). */
	List<JsonNode> reachedBuckets() {
		return this.reachedBuckets;
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
				if (this.run != null) {
					this.run.stopProcessing(now, objectsPerSecond);
				}
				this.pausedAt = now;
				this.status = JobStatus.USER_PAUSED;
			}
			case RUNNING -> {
				this.pausedAt = null;
				if (this.run != null) {
					this.status = JobStatus.RUNNING;
					this.run.startProcessing(now);
				}
				else {
					this.status = JobStatus.IDLE;
					this.nextRunAt = RunSchedule.nextRunAfter(this.definition.scheduleFrequency(), now);
				}
			}
			default -> {
				if (this.run != null) {
					this.run.stopProcessing(now, objectsPerSecond);
					this.endedRuns.add(this.run);
					this.run = null;
				}
				this.status = JobStatus.CANCELLED;
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
		double toProcess = (this.run != null)
				? Math.max(0, Math.ceil(this.objectsPerRun - this.run.processed(now, objectsPerSecond))) : 0;
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
		boolean failed = this.touchesFailingBucket && (this.numberOfRuns > 0 || this.run != null);
		return new LastRunErrorStatus(failed ? "ERROR" : "NONE");
	}

	private UserPausedDetails userPausedDetails(Instant now, String region) {
		if (this.status != JobStatus.USER_PAUSED) {
			return null;
		}
		if (this.run == null) {
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
			if (this.status == JobStatus.RUNNING && this.run.isProcessing()) {
				Instant finishedAt = this.run.finishesAt(objectsPerSecond);
				if (finishedAt.isAfter(now)) {
					return;
				}
				endRun(finishedAt, isScheduled() ? JobStatus.IDLE : JobStatus.COMPLETE, objectsPerSecond);
			}
			else if (this.status == JobStatus.IDLE && this.nextRunAt != null && !this.nextRunAt.isAfter(now)) {
				startRun(this.nextRunAt);
			}
			else if (this.status == JobStatus.USER_PAUSED && this.run != null
					&& !this.pausedAt.plus(PAUSE_EXPIRY).isAfter(now)) {
				Instant expiredAt = this.pausedAt.plus(PAUSE_EXPIRY);
				this.pausedAt = null;
				endRun(expiredAt, isScheduled() ? JobStatus.IDLE : JobStatus.CANCELLED, objectsPerSecond);
			}
			else {
				return;
			}
		}
	}

	private void startRun(Instant at) {
		this.status = JobStatus.RUNNING;
		this.numberOfRuns++;
		this.run = JobRun.startedAt(this.numberOfRuns, this.objectsPerRun, at);
		this.lastRunTime = at;
		this.nextRunAt = null;
	}

	private void endRun(Instant at, JobStatus next, double objectsPerSecond) {
		this.run.stopProcessing(at, objectsPerSecond);
		this.endedRuns.add(this.run);
		this.run = null;
		this.status = next;
		if (next == JobStatus.IDLE) {
			this.nextRunAt = RunSchedule.nextRunAfter(this.definition.scheduleFrequency(), at);
		}
		// a run's findings are gone 90 days after it ended, and so is its timeline
		this.endedRuns.removeIf(
				ended -> ended.lastProcessed() == null || ended.lastProcessed().isBefore(at.minus(FINDINGS_KEPT)));
	}

	/**
	 * Every run whose findings may still be kept at {@code now} (those with objects
	 * processed after {@code now - 90 days}), oldest first, as they stand at {@code now}.
	 */
	synchronized List<JobRun.Timeline> timelines(Instant now, double objectsPerSecond) {
		advanceTo(now, objectsPerSecond);
		Instant horizon = now.minus(FINDINGS_KEPT);
		List<JobRun.Timeline> timelines = new ArrayList<>(seededTimelines(horizon, objectsPerSecond));
		for (JobRun ended : this.endedRuns) {
			timelines.add(ended.timeline(now, objectsPerSecond, true));
		}
		if (this.run != null) {
			timelines.add(this.run.timeline(now, objectsPerSecond, false));
		}
		timelines.removeIf(timeline -> timeline.end() == null || timeline.end().isBefore(horizon));
		return timelines;
	}

	/** The seed's ended runs that reach past {@code horizon}, oldest first. */
	private List<JobRun.Timeline> seededTimelines(Instant horizon, double objectsPerSecond) {
		List<JobRun.Timeline> seeded = new ArrayList<>();
		Instant start = this.seededRuns.lastStart();
		Instant nextStart = this.seededRuns.until();
		for (int number = this.seededRuns.count(); number >= 1 && start != null
				&& !start.isBefore(this.createdAt); number--) {
			double share = (number == this.seededRuns.count()) ? this.seededRuns.lastShare() : 1;
			double processed = share * this.objectsPerRun;
			Instant end = start.plusMillis((long) Math.ceil(processed / objectsPerSecond * 1000));
			end = end.isAfter(nextStart) ? nextStart : end;
			if (end.isBefore(horizon)) {
				break;
			}
			seeded.add(0, JobRun.seeded(number, this.objectsPerRun, start, end, processed)
				.timeline(end, objectsPerSecond, true));
			nextStart = start;
			start = previousRunStart(start);
		}
		return seeded;
	}

	/**
	 * When the run before one started at {@code start} began; null for a one-time job.
	 */
	private Instant previousRunStart(Instant start) {
		return isScheduled() ? RunSchedule.previousRunBefore(this.definition.scheduleFrequency(), start) : null;
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
