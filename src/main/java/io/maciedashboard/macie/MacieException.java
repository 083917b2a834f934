package io.maciedashboard.macie;

/**
 * A Macie call that failed, with a message a compliance user understands. The service
 * layer turns every SDK exception into one of these; nothing else about the SDK reaches
 * the pages.
 */
public class MacieException extends RuntimeException {

	private final Kind kind;

	public MacieException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	public enum Kind {

		/** The job (or another resource) does not exist. */
		NOT_FOUND,
		/** The credentials may not do this. */
		ACCESS_DENIED,
		/** Macie is not enabled (or is suspended) for the account in the region. */
		NOT_ENABLED,
		/** Macie refused the request's content; the message is Macie's. */
		VALIDATION,
		/** The request conflicts with the resource's current state. */
		CONFLICT,
		/** Too many requests: try again shortly. */
		THROTTLED,
		/** An account quota is used up. */
		QUOTA_EXCEEDED,
		/** Macie could not be reached or failed (5xx, timeout, connection refused). */
		UNAVAILABLE

	}

}
