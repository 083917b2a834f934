package io.maciedashboard.macie;

import java.util.Set;

/**
 * What a person may do to a job through UpdateClassificationJob, with the statuses each
 * change is allowed from (Macie's rules) and the status it asks for.
 */
public enum StatusChange {

	PAUSE(JobStatus.USER_PAUSED, Set.of(JobStatus.RUNNING, JobStatus.IDLE, JobStatus.PAUSED)),
	RESUME(JobStatus.RUNNING, Set.of(JobStatus.USER_PAUSED)),
	CANCEL(JobStatus.CANCELLED, Set.of(JobStatus.RUNNING, JobStatus.IDLE, JobStatus.PAUSED, JobStatus.USER_PAUSED));

	private final JobStatus target;

	private final Set<JobStatus> allowedFrom;

	StatusChange(JobStatus target, Set<JobStatus> allowedFrom) {
		this.target = target;
		this.allowedFrom = allowedFrom;
	}

	public JobStatus target() {
		return this.target;
	}

	public boolean isAllowedFrom(JobStatus status) {
		return this.allowedFrom.contains(status);
	}

}
