package io.maciedashboard.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Writes a calendar feed (RFC 5545 iCalendar) that Google Calendar, Outlook and Apple
 * Calendar can subscribe to: UTC times, CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped. Without a METHOD the feed is a
 * published calendar, so each event's DTSTAMP is its last modification.
 */
@Component
public class CalendarFeed {

	public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	static final String PRODUCT_ID = "-//Macie Jobs Dashboard//Alerts//EN";

	private static final String CRLF = "\r\n";

	private static final int LINE_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** The whole feed. */
	public String render(String calendarName, List<CalendarEvent> events) {
		StringBuilder ics = new StringBuilder(512 + events.size() * 512);
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:" + PRODUCT_ID);
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:" + text(calendarName));
		// how often subscribers should fetch again (Apple, Outlook; Google decides alone)
		line(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
		line(ics, "X-PUBLISHED-TTL:PT1H");
		for (CalendarEvent event : events) {
			event(ics, event);
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private void event(StringBuilder ics, CalendarEvent event) {
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + text(event.uid()));
		line(ics, "SEQUENCE:" + event.sequence());
		line(ics, "DTSTAMP:" + UTC.format(event.lastModified()));
		line(ics, "LAST-MODIFIED:" + UTC.format(event.lastModified()));
		line(ics, "DTSTART:" + UTC.format(event.start()));
		line(ics, "SUMMARY:" + text(event.summary()));
		String description = (event.description() != null) ? event.description() : "";
		if (event.url() != null) {
			description = description.isEmpty() ? event.url() : description + "\n\n" + event.url();
			line(ics, "URL;VALUE=URI:" + uri(event.url()));
		}
		line(ics, "DESCRIPTION:" + text(description));
		// a moment to be reminded of, not time taken from anyone's day
		line(ics, "TRANSP:TRANSPARENT");
		line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
		if (!event.cancelled()) {
			for (Duration before : event.alarmsBefore()) {
				line(ics, "BEGIN:VALARM");
				line(ics, "ACTION:DISPLAY");
				line(ics, "DESCRIPTION:" + text(event.summary()));
				line(ics, "TRIGGER:" + durationBefore(before));
				line(ics, "END:VALARM");
			}
		}
		line(ics, "END:VEVENT");
	}

	/**
	 * An RFC 5545 dur-value for this long before the start: {@code -P7D}, {@code -PT24H},
	 * {@code -PT1H30M}, {@code -P1DT2H0M5S} (hours, minutes and seconds contiguous, as
	 * the grammar wants). Whole days of 24 hours are written in hours when under two
	 * days, as people say them ("24 hours before").
	 */
	static String durationBefore(Duration before) {
		long seconds = Math.abs(before.toSeconds());
		if (seconds == 0) {
			return "PT0S";
		}
		long days = seconds / 86400;
		long hours = (seconds % 86400) / 3600;
		long minutes = (seconds % 3600) / 60;
		long secs = seconds % 60;
		if (days == 1) {
			days = 0;
			hours += 24;
		}
		StringBuilder value = new StringBuilder("-P");
		if (days > 0) {
			value.append(days).append('D');
		}
		if (hours > 0 || minutes > 0 || secs > 0) {
			value.append('T');
			if (hours > 0) {
				value.append(hours).append('H');
			}
			if (minutes > 0 || (hours > 0 && secs > 0)) {
				value.append(minutes).append('M');
			}
			if (secs > 0) {
				value.append(secs).append('S');
			}
		}
		return value.toString();
	}

	/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/** A URI value may not hold line breaks (it is not escaped, so they are dropped). */
	private static String uri(String value) {
		return value.replaceAll("[\\r\\n]", "");
	}

	/**
	 * Appends one content line, folded: at most 75 octets per physical line, each
	 * continuation starting with a space, never inside a UTF-8 sequence or surrogate
	 * pair.
	 */
	static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int width = utf8Length(codePoint);
			if (octets + width > LINE_OCTETS) {
				ics.append(CRLF).append(' ');
				// the space counts towards the continuation line's 75
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		ics.append(CRLF);
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
