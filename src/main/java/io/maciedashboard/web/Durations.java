package io.maciedashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Spans of time in words, to the two largest units that matter ("2 days 3 hours", "5
 * minutes"). Templates use {@code #durations}. (The pause countdown has its own,
 * second-precise text in {@code PauseExpiry}.)
 */
public final class Durations {

	/**
	 * "less than a minute", "1 minute", "3 hours 5 minutes", "2 days 3 hours"; the sign
	 * is ignored.
	 */
	public String words(Duration duration) {
		long minutesTotal = duration.abs().toMinutes();
		if (minutesTotal == 0) {
			return "less than a minute";
		}
		long[] counts = { minutesTotal / 1440, (minutesTotal % 1440) / 60, minutesTotal % 60 };
		String[] names = { "day", "hour", "minute" };
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < counts.length && parts.size() < 2; i++) {
			if (counts[i] > 0) {
				parts.add(counts[i] + " " + names[i] + ((counts[i] == 1) ? "" : "s"));
			}
			else if (!parts.isEmpty()) {
				break; // "2 days" rather than "2 days 0 hours" or a skip to minutes
			}
		}
		return String.join(" ", parts);
	}

	/** The span from one instant to another, in words. */
	public String between(Instant from, Instant to) {
		return words(Duration.between(from, to));
	}

}
