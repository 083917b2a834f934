package io.maciedashboard.jobs;

/**
 * A job page's address: {@code /jobs/{accountId}/{region}/{jobId}} (see
 * {@link io.maciedashboard.macie.Place#jobPath}). Account, region and id name one job for
 * its whole life: Macie never reuses an id in a place, and a job never moves. The old
 * form {@code /jobs/{jobId}} redirects here.
 */
final class JobPaths {

	static final String JOB = "/jobs/{accountId}/{region}/{jobId}";

	private JobPaths() {
	}

}
