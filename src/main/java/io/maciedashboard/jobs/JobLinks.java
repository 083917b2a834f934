package io.maciedashboard.jobs;

import io.maciedashboard.macie.Place;

/**
 * Where a job's page is: the one place that builds a job's URL, for redirects (a pasted
 * job id, an action's outcome) and links built in Java and templates.
 */
final class JobLinks {

	private JobLinks() {
	}

	/** The job page of a job of a place: {@code /jobs/{accountId}/{region}/{jobId}}. */
	static String job(Place place, String jobId) {
		return place.jobPath(jobId);
	}

	/**
	 * A job id without its place ({@code /jobs/{jobId}}, as old bookmarks have it):
	 * looked up in every place, it leads to the job's page, or to a choice when more than
	 * one place has a job with this id.
	 */
	static String lookup(String jobId) {
		return JobListRequest.PATH + "/" + jobId;
	}

}
