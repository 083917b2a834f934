package io.maciedashboard.jobs;

import io.maciedashboard.macie.MacieException;

/**
 * Why the job list could not be shown, in words for the page.
 *
 * @param notEnabled Macie is not enabled in the region: a state of the account, not an
 * error to retry
 * @param retryUrl where "Try again" leads; null when trying again cannot help
 */
public record JobListFailure(boolean notEnabled, String heading, String message, String retryUrl) {

	static JobListFailure of(MacieException ex, JobListRequest request) {
		if (ex.kind() == MacieException.Kind.NOT_ENABLED) {
			return new JobListFailure(true, "Macie is not enabled in this region", ex.getMessage(), null);
		}
		if (ex.kind() == MacieException.Kind.VALIDATION && !request.isFirstPage()) {
			// Macie refuses a nextToken it no longer knows (an old bookmark): start again
			// from page 1.
			return new JobListFailure(false, "This page of the list is no longer available",
					"Macie did not accept the link to this page (" + ex.getMessage()
							+ "). The first page with the same filters still works.",
					request.firstPageUrl());
		}
		return new JobListFailure(false, "The jobs could not be loaded", ex.getMessage(), request.url());
	}

}
