package io.maciedashboard.alerts;

/**
 * What one attempt to deliver an alert through a channel came to.
 *
 * @param delivered whether the receiver accepted it
 * @param status the receiver's HTTP status, or {@code null} when there was none (email,
 * or no answer at all)
 * @param problem what went wrong in plain words, {@code null} when delivered
 * @param retryable whether trying again later may succeed (the receiver was down, slow or
 * busy), as opposed to a refusal that will not change by itself
 */
public record DeliveryResult(boolean delivered, Integer status, String problem, boolean retryable) {

	static DeliveryResult delivered(Integer status) {
		return new DeliveryResult(true, status, null, false);
	}

	static DeliveryResult failed(Integer status, String problem, boolean retryable) {
		return new DeliveryResult(false, status, problem, retryable);
	}

}
