package io.maciedashboard.jobs;

/**
 * Where a job's page is: the one place that builds a job's URL from its id, for redirects
 * (a pasted job id, an action's outcome) and links built in Java.
 */
final class JobLinks {

	private JobLinks() {
	}

	/** The job page of a job id. */
	static String job(String jobId) {
		return JobListRequest.PATH + "/" + jobId;
	}

}
