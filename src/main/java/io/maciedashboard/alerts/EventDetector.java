package io.maciedashboard.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.web.Durations;
import io.maciedashboard.web.Times;

/**
 * Finds the events in a job's new state compared with its stored one. Pure: the sweep
 * stores the state and the notifications, this only says what happened.
 *
 * <p>
 * A change of status or of the last run's errors is named by the job's version after it
 * ({@code v4}); an expiry warning by the expiry and the threshold, so that a pause that
 * moves (resumed and paused again) warns again, and a sweep that finds a job well past
 * several thresholds at once (the sweep was off, the clock moved) warns only at the
 * nearest.
 */
final class EventDetector {

	private static final Durations DURATIONS = new Durations();

	private static final Times TIMES = new Times();

	private final List<Duration> thresholds;

	/**
	 * @param thresholds longest first
	 */
	EventDetector(List<Duration> thresholds) {
		this.thresholds = List.copyOf(thresholds);
	}

	/**
	 * @param earlier the stored state, null for a job not seen before (only an expiry
	 * warning can come of it)
	 * @param now the new state, already {@link JobState#after versioned}
	 */
	List<AlertEvent> detect(JobState earlier, JobState now) {
		List<AlertEvent> events = new ArrayList<>();
		String name = "“" + now.name() + "”";
		if (earlier != null && now.status() != earlier.status()) {
			events.add(statusEvent(earlier, now, name));
		}
		if (earlier != null && now.lastRunFailed() && runEnded(earlier, now)) {
			events.add(change(now, AlertKind.RUN_FAILED, "Run with errors: " + name,
					"A run of job " + name + " finished with errors: some objects could not be analysed."));
		}
		expiryWarning(now, name).ifPresent(events::add);
		return events;
	}

	/** A new failed run: the errors are new, or a run ended again with errors. */
	private static boolean runEnded(JobState earlier, JobState now) {
		return !earlier.lastRunFailed() || (earlier.status() == JobStatus.RUNNING && now.status() != JobStatus.RUNNING);
	}

	private static AlertEvent statusEvent(JobState earlier, JobState now, String name) {
		return switch (now.status()) {
			case CANCELLED -> cancelled(earlier, now, name);
			case PAUSED -> change(now, AlertKind.PAUSED_BY_MACIE, "Paused by Macie: " + name,
					"Macie paused job " + name + ", usually because the account reached its monthly quota. "
							+ "It resumes when the quota allows, or when someone raises it.");
			case COMPLETE -> now.oneTime()
					? change(now, AlertKind.COMPLETE, "Complete: " + name,
							"The one-time job " + name + " is complete. Its results are on its page.")
					: statusChanged(earlier, now, name);
			default -> statusChanged(earlier, now, name);
		};
	}

	private static AlertEvent cancelled(JobState earlier, JobState now, String name) {
		boolean expired = earlier.status() == JobStatus.USER_PAUSED && earlier.expiresAt() != null
				&& !earlier.expiresAt().isAfter(now.seenAt());
		if (expired) {
			return change(now, AlertKind.CANCELLED_BY_EXPIRY, "Cancelled by Macie: " + name,
					"Macie cancelled job " + name + " because its pause expired on " + TIMES.utc(earlier.expiresAt())
							+ ". A cancelled job cannot be resumed.");
		}
		return change(now, AlertKind.CANCELLED, "Cancelled: " + name,
				"Job " + name + " was cancelled. A cancelled job cannot be resumed.");
	}

	private static AlertEvent statusChanged(JobState earlier, JobState now, String name) {
		return change(now, AlertKind.STATUS_CHANGED, "Now " + now.status().label().toLowerCase() + ": " + name,
				"Job " + name + " went from “" + earlier.status().label() + "” to “" + now.status().label() + "”.");
	}

	private static AlertEvent change(JobState now, AlertKind kind, String title, String text) {
		return new AlertEvent(kind, "v" + now.version(), now.seenAt(), title, text);
	}

	private Optional<AlertEvent> expiryWarning(JobState now, String name) {
		if (now.status() != JobStatus.USER_PAUSED || now.expiresAt() == null) {
			return Optional.empty();
		}
		Duration left = Duration.between(now.seenAt(), now.expiresAt());
		if (left.isNegative() || left.isZero()) {
			return Optional.empty();
		}
		Duration nearest = null;
		for (Duration threshold : this.thresholds) {
			if (left.compareTo(threshold) <= 0) {
				nearest = threshold;
			}
		}
		if (nearest == null) {
			return Optional.empty();
		}
		return Optional.of(new AlertEvent(AlertKind.EXPIRY_APPROACHING, now.expiresAt() + "/" + nearest, now.seenAt(),
				"Pause expires in " + DURATIONS.words(left) + ": " + name,
				"Job " + name + " was paused by a person and Macie will cancel it on " + TIMES.utc(now.expiresAt())
						+ " (in " + DURATIONS.words(left) + ") unless someone resumes it."));
	}

}
