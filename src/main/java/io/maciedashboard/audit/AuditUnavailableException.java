package io.maciedashboard.audit;

/**
 * The audit trail could not record an attempt, so the change must not be made. The
 * message says so in plain words.
 */
public class AuditUnavailableException extends RuntimeException {

	AuditUnavailableException(Throwable cause) {
		super("The audit trail could not record this change (the database did not answer), so it was not made. "
				+ "Try again in a moment.", cause);
	}

}
