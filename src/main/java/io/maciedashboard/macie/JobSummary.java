package io.maciedashboard.macie;

import java.time.Instant;

/**
 * A job as ListClassificationJobs returns it (no schedule, statistics or object scope
 * there).
 *
 * @param pause null unless the job is USER_PAUSED
 */
public record JobSummary(String jobId, String name, JobStatus status, JobType type, Instant createdAt,
		boolean lastRunFailed, BucketScope buckets, PauseDetails pause) {
}
