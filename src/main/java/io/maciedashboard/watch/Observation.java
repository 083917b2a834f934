package io.maciedashboard.watch;

import java.time.Instant;

/**
 * What one read of a watched thing gave: its value, or the failure that read ended with.
 *
 * @param value the answer; null when the read failed
 * @param failure why the read gave no answer; null when it succeeded
 * @param at when the read ended
 */
public record Observation<T>(T value, RuntimeException failure, Instant at) {

	/** The value, or the read's failure thrown again. */
	public T valueOrThrow() {
		if (this.failure != null) {
			throw this.failure;
		}
		return this.value;
	}

}
