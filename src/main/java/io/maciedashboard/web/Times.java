package io.maciedashboard.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the pages print them. The server writes UTC (it does not know the viewer's
 * zone); {@code local-time.js} rewrites the text into the browser's zone. Templates use
 * {@code #times}.
 */
public final class Times {

	private static final DateTimeFormatter SHORT = DateTimeFormatter
		.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter FULL = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** "21 Nov 2026, 23:28 UTC": the visible text before the browser localises it. */
	public String utc(Instant instant) {
		return SHORT.format(instant);
	}

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/**
	 * "23:28:14 UTC": a time of day to the second (e.g. when a page was last updated).
	 */
	public String utcClock(Instant instant) {
		return CLOCK.format(instant);
	}

	/** "2026-11-21 23:28:14 UTC": the exact instant, for the hover title. */
	public String utcFull(Instant instant) {
		return FULL.format(instant);
	}

	/** "2026-11-21T23:28:14Z": the machine-readable form for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
