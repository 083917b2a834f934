package io.maciedashboard.macie;

import java.time.Instant;

/**
 * A job as DescribeClassificationJob returns it.
 *
 * @param lastRunTime null before the first run
 * @param lastRunFailed whether the last run reported errors (lastRunErrorStatus ERROR)
 * @param approximateObjectsToProcess objects still to process in the current run, null if
 * unknown
 * @param pause null unless the job is USER_PAUSED
 */
public record Job(String jobId, String jobArn, JobDefinition definition, JobStatus status, Instant createdAt,
		Instant lastRunTime, boolean lastRunFailed, long numberOfRuns, Long approximateObjectsToProcess,
		PauseDetails pause) {

	public String name() {
		return this.definition.name();
	}

}
