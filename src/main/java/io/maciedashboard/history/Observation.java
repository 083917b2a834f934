package io.maciedashboard.history;

import java.time.Instant;
import java.util.Objects;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;

/**
 * What a job was doing when the dashboard read it.
 *
 * @param at Macie's time of the read
 * @param objectsToProcess objects still to process in the current run, null when Macie
 * did not say
 * @param lastRunTime when the current (or last) run started, null before the first; it
 * names the run
 * @param lastRunFailed whether that run reported errors
 */
public record Observation(Instant at, JobStatus status, long numberOfRuns, Long objectsToProcess, Instant lastRunTime,
		boolean lastRunFailed) {

	public static Observation of(Job job, Instant at) {
		return new Observation(at, job.status(), job.numberOfRuns(), job.approximateObjectsToProcess(),
				job.lastRunTime(), job.lastRunFailed());
	}

	/** Whether the job did the same at both times: only a change is stored. */
	boolean sameStateAs(Observation other) {
		return other != null && this.status == other.status && this.numberOfRuns == other.numberOfRuns
				&& Objects.equals(this.objectsToProcess, other.objectsToProcess)
				&& Objects.equals(this.lastRunTime, other.lastRunTime) && this.lastRunFailed == other.lastRunFailed;
	}

	/**
	 * Whether the job's status, run or errors differ (not only the objects still to
	 * process): a step of the run timeline.
	 */
	boolean isMilestoneAfter(Observation previous) {
		return previous == null || this.status != previous.status || !sameRunAs(previous)
				|| this.lastRunFailed != previous.lastRunFailed;
	}

	/** Whether both belong to the same run (a new run has a new start time). */
	boolean sameRunAs(Observation other) {
		return Objects.equals(this.lastRunTime, other.lastRunTime) && this.numberOfRuns == other.numberOfRuns;
	}

}
