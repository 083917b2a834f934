package io.maciedashboard.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.web.Durations;

/**
 * How long a running job has left at the rate it processed objects recently, or why that
 * cannot be told.
 *
 * @param left null when there is no estimate
 * @param sentence the estimate ("About 3 hours left at the current rate ...") or why
 * there is none, in a sentence
 * @param brief "about 3 hours left" for the job list; null when there is no estimate
 */
public record TimeLeft(Duration left, String sentence, String brief) {

	/** The shortest span of readings a rate is worked out from. */
	static final Duration SHORTEST_SPAN = Duration.ofMinutes(1);

	/**
	 * @param stored the job's recent observations, oldest first
	 * @param current the latest reading, at "now"
	 * @param window how far back the recent rate looks
	 */
	static TimeLeft estimate(List<Observation> stored, Observation current, Duration window) {
		String notRunning = notRunning(current.status());
		if (notRunning != null) {
			return none(notRunning);
		}
		Long left = current.objectsToProcess();
		if (left == null) {
			return none("No estimate: Macie does not say how many objects are left.");
		}
		if (left == 0) {
			return new TimeLeft(Duration.ZERO, "Macie counts no objects left to process: the run is finishing.",
					"finishing");
		}
		List<Observation> running = Readings.ofRun(stored, current, (reading) -> reading.status() == JobStatus.RUNNING);
		Observation from = rateFrom(running, current.at().minus(window));
		Duration elapsed = (from != null) ? Duration.between(from.at(), current.at()) : Duration.ZERO;
		if (elapsed.compareTo(SHORTEST_SPAN) < 0) {
			return none("No estimate yet: it needs readings of this run over at least a minute.");
		}
		long processed = from.objectsToProcess() - left;
		String lately = "in the last " + new Durations().words(elapsed);
		if (processed <= 0) {
			return none("No estimate: no objects were processed " + lately + ".");
		}
		double perSecond = processed / (double) elapsed.toSeconds();
		Duration remaining = Duration.ofSeconds(Math.round(left / perSecond));
		String about = about(remaining);
		return new TimeLeft(remaining,
				capitalised(about) + " left at the current rate (" + rate(perSecond) + " " + lately + ").",
				about + " left");
	}

	private static String notRunning(JobStatus status) {
		return switch (status) {
			case RUNNING -> null;
			case USER_PAUSED -> "No estimate while the job is paused.";
			case PAUSED -> "No estimate while Macie keeps the job paused for its monthly quota.";
			case IDLE -> "No run is under way: the next one starts on the job's schedule.";
			case COMPLETE, CANCELLED -> "The job has ended: there is nothing left to estimate.";
		};
	}

	private static TimeLeft none(String why) {
		return new TimeLeft(null, why, null);
	}

	/**
	 * The reading the rate is measured from: the oldest within the window, or, when the
	 * window holds only the latest one (nobody watched meanwhile), the one before it.
	 * Null with a single reading. Readings are stored only when the count changed, so a
	 * stalled run's last reading may be long before the window, and its rate is zero.
	 */
	private static Observation rateFrom(List<Observation> readings, Instant since) {
		List<Observation> earlier = readings.subList(0, readings.size() - 1);
		return earlier.stream()
			.filter((reading) -> !reading.at().isBefore(since))
			.findFirst()
			.orElse(earlier.isEmpty() ? null : earlier.get(earlier.size() - 1));
	}

	/**
	 * "less than a minute", "about 25 minutes", "about 1 hour 20 minutes", "about 3
	 * hours", "about 4 days": as precise as a rate that changes deserves.
	 */
	static String about(Duration left) {
		long minutes = Math.round(left.toSeconds() / 60.0);
		if (left.toSeconds() < 60) {
			return "less than a minute";
		}
		if (minutes < 60) {
			return "about " + plural(minutes, "minute");
		}
		if (minutes < 120) {
			long rest = Math.round((minutes - 60) / 10.0) * 10;
			return (rest == 0 || rest == 60) ? "about " + plural(1 + rest / 60, "hour")
					: "about 1 hour " + rest + " minutes";
		}
		long hours = Math.round(minutes / 60.0);
		return (hours < 48) ? "about " + plural(hours, "hour") : "about " + plural(Math.round(hours / 24.0), "day");
	}

	private static String rate(double perSecond) {
		double perMinute = perSecond * 60;
		return (perMinute >= 1) ? count(Math.round(perMinute)) + " a minute"
				: count(Math.max(1, Math.round(perMinute * 60))) + " an hour";
	}

	private static String count(long objects) {
		return String.format(Locale.ENGLISH, "%,d", objects) + ((objects == 1) ? " object" : " objects");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
