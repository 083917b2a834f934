package io.maciedashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import io.maciedashboard.macie.MacieException;

/**
 * The pages shown instead of a job that cannot be shown, for every controller that looks
 * a job up (the job page and the job's findings): no such job (404), or Macie failed (502
 * or 503).
 */
public final class JobPages {

	private JobPages() {
	}

	/** {@code jobs/not-found}: the way back to the list, and a search by name. */
	public static ModelAndView notFound(String jobId) {
		ModelAndView page = new ModelAndView("jobs/not-found", "jobId", jobId);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/** {@code jobs/unavailable}: Macie's problem in words, and a retry. */
	public static ModelAndView unavailable(MacieException ex, String retryUrl) {
		ModelAndView page = new ModelAndView("jobs/unavailable", "message", ex.getMessage());
		page.addObject("retryUrl", retryUrl);
		page.setStatus(status(ex));
		return page;
	}

	/** 503 when Macie is down or throttling (a retry may work soon), 502 otherwise. */
	public static HttpStatus status(MacieException ex) {
		return (ex.kind() == MacieException.Kind.UNAVAILABLE || ex.kind() == MacieException.Kind.THROTTLED)
				? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
	}

	/**
	 * A job no configured place holds (or an id that cannot be a job's), thrown by a
	 * handler and answered with {@link #notFound(String)}.
	 */
	public static final class JobNotFoundException extends RuntimeException {

		private final String jobId;

		public JobNotFoundException(String jobId) {
			super("No job " + jobId, null, false, false);
			this.jobId = jobId;
		}

		public String jobId() {
			return this.jobId;
		}

	}

}
