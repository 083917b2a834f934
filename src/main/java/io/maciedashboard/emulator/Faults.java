package io.maciedashboard.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Faults the emulator injects into Macie operations, changeable while it runs: added
 * latency, a share of ThrottlingException and of InternalServerException answers, Macie
 * not being enabled for the account, the caller being denied access, or one chosen error
 * for the next request. The shares are spread evenly and deterministically (a share of
 * 0.25 fails every fourth request) so that tests can rely on them. One set of faults
 * applies everywhere, others to one region and/or account ({@link FaultScopes}).
 */
public final class Faults {

	static final String NOT_ENABLED_MESSAGE = "Macie is not enabled for this account.";

	private Duration latency = Duration.ZERO;

	private double throttlingShare;

	private double internalErrorShare;

	private boolean macieEnabled = true;

	private boolean accessDenied;

	private double throttlingCredit;

	private double internalErrorCredit;

	private MacieError nextError;

	public synchronized Faults latency(Duration latency) {
		this.latency = checkLatency("latency", latency);
		return this;
	}

	public synchronized Faults throttlingShare(double share) {
		this.throttlingShare = checkShare("throttlingShare", share);
		this.throttlingCredit = 0;
		return this;
	}

	public synchronized Faults internalErrorShare(double share) {
		this.internalErrorShare = checkShare("internalErrorShare", share);
		this.internalErrorCredit = 0;
		return this;
	}

	public synchronized Faults macieEnabled(boolean enabled) {
		this.macieEnabled = enabled;
		return this;
	}

	/**
	 * true: every operation answers AccessDeniedException, as IAM does for a caller whose
	 * policies do not allow it.
	 */
	public synchronized Faults accessDenied(boolean denied) {
		this.accessDenied = denied;
		return this;
	}

	/**
	 * Answers the next Macie request, whatever it is, with this error: {@code errorType}
	 * is the name of an error shape of the service model (ValidationException,
	 * ServiceQuotaExceededException, AccessDeniedException, ResourceNotFoundException,
	 * ConflictException, ThrottlingException or InternalServerException).
	 */
	public synchronized Faults failNextRequest(String errorType, String message) {
		MacieError.Type type = Arrays.stream(MacieError.Type.values())
			.filter(candidate -> candidate != MacieError.Type.UNKNOWN_OPERATION
					&& candidate.shapeName().equals(errorType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No Macie error is called " + errorType));
		this.nextError = new MacieError(type, message);
		return this;
	}

	/** Back to a healthy Macie with no added latency. */
	public synchronized Faults clear() {
		this.nextError = null;
		return latency(Duration.ZERO).throttlingShare(0).internalErrorShare(0).macieEnabled(true).accessDenied(false);
	}

	public synchronized Duration latency() {
		return this.latency;
	}

	public synchronized double throttlingShare() {
		return this.throttlingShare;
	}

	public synchronized double internalErrorShare() {
		return this.internalErrorShare;
	}

	public synchronized boolean macieEnabled() {
		return this.macieEnabled;
	}

	public synchronized boolean accessDenied() {
		return this.accessDenied;
	}

	/**
	 * The fault this request meets, if any; called once per Macie request.
	 * @param operation the Macie operation asked for
	 * @param caller the ARN of the identity that signed the request
	 */
	synchronized Optional<MacieError> nextFault(String operation, String caller) {
		if (this.nextError != null) {
			MacieError error = this.nextError;
			this.nextError = null;
			return Optional.of(error);
		}
		if (!this.macieEnabled) {
			return Optional.of(new MacieError(MacieError.Type.ACCESS_DENIED, NOT_ENABLED_MESSAGE));
		}
		if (this.accessDenied) {
			return Optional.of(new MacieError(MacieError.Type.ACCESS_DENIED,
					"User: " + caller + " is not authorized to perform: macie2:" + operation
							+ " because no identity-based policy allows the macie2:" + operation + " action"));
		}
		this.throttlingCredit += this.throttlingShare;
		if (this.throttlingCredit >= 1 - 1e-9) {
			this.throttlingCredit -= 1;
			return Optional.of(new MacieError(MacieError.Type.THROTTLING, "Rate exceeded"));
		}
		this.internalErrorCredit += this.internalErrorShare;
		if (this.internalErrorCredit >= 1 - 1e-9) {
			this.internalErrorCredit -= 1;
			return Optional
				.of(new MacieError(MacieError.Type.INTERNAL_SERVER, "An internal error occurred. Try again later."));
		}
		return Optional.empty();
	}

	static double checkShare(String name, double share) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, not " + share);
		}
		return share;
	}

	static Duration checkLatency(String name, Duration latency) {
		if (latency == null || latency.isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative, not " + latency);
		}
		return latency;
	}

}
