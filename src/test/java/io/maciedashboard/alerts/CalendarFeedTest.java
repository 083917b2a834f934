package io.maciedashboard.alerts;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed as a standard library (ical4j) reads it, and the octets RFC 5545 asks for.
 */
class CalendarFeedTest {

	private static final Instant EXPIRY = Instant.parse("2026-12-03T00:30:00Z");

	private static final Instant MODIFIED = Instant.parse("2026-11-03T00:30:15Z");

	private static final List<Duration> THRESHOLDS = List.of(Duration.ofDays(7), Duration.ofHours(24),
			Duration.ofHours(1));

	private final CalendarFeed feed = new CalendarFeed();

	@Test
	void aFeedThatIcal4jParsesAndValidates() throws Exception {
		String ics = this.feed.render("Macie job expiries (Ada)", List.of(pausedJob(), cancelledJob()));

		Calendar calendar = parse(ics);
		ValidationResult validation = calendar.validate();
		assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Macie Jobs Dashboard//Alerts//EN");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Macie job expiries (Ada)");
		assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(2);
	}

	@Test
	void anEventWithItsAlarms() throws Exception {
		String ics = this.feed.render("Expiries", List.of(pausedJob()));
		VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);

		assertThat(value(event, Property.UID)).isEqualTo("111122223333.us-east-1.3ce05dbb@macie-dashboard");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20261203T003000Z");
		assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261103T003015Z");
		assertThat(value(event, Property.LAST_MODIFIED)).isEqualTo("20261103T003015Z");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Weekly PII scan expires");
		assertThat(value(event, Property.DESCRIPTION))
			.isEqualTo("Macie cancels it unless it is resumed.\n\n" + SampleAlerts.JOB_URL);
		assertThat(value(event, Property.URL)).isEqualTo(SampleAlerts.JOB_URL);
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		List<VAlarm> alarms = event.getAlarms();
		// ical4j writes the triggers back in its own words (-P1W, -P1D), so the feed's
		// own are checked in the text
		assertThat(alarms).extracting((alarm) -> value(alarm, Property.TRIGGER))
			.containsExactly("-P1W", "-P1D", "-PT1H");
		for (String trigger : List.of("-P7D", "-PT24H", "-PT1H")) {
			assertThat(ics).contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Weekly PII scan expires\r\nTRIGGER:"
					+ trigger + "\r\nEND:VALARM\r\n");
		}
		assertThat(alarms).extracting((alarm) -> value(alarm, Property.ACTION)).containsOnly("DISPLAY");
		assertThat(alarms).extracting((alarm) -> value(alarm, Property.DESCRIPTION))
			.containsOnly("Weekly PII scan expires");
	}

	@Test
	void aCancelledEventSaysSoAndRemindsOfNothing() throws Exception {
		VEvent event = parse(this.feed.render("Expiries", List.of(cancelledJob())))
			.<VEvent>getComponents(Component.VEVENT)
			.get(0);

		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("4");
		assertThat(event.getAlarms()).isEmpty();
	}

	@Test
	void textIsEscapedAndComesBackAsItWas() throws Exception {
		String tricky = "a, b; c\\d\nnew line\r\nand CRLF: END:VCALENDAR";
		CalendarEvent event = new CalendarEvent("uid-1", 0, tricky, tricky, null, EXPIRY, false, List.of(), MODIFIED);

		String ics = this.feed.render("A, B; C", List.of(event));

		assertThat(ics).contains("SUMMARY:a\\, b\\; c\\\\d\\nnew line\\nand CRLF: END:VCALENDAR\r\n");
		Calendar calendar = parse(ics);
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("A, B; C");
		VEvent parsed = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(value(parsed, Property.SUMMARY)).isEqualTo("a, b; c\\d\nnew line\nand CRLF: END:VCALENDAR");
		assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo(value(parsed, Property.SUMMARY));
	}

	@Test
	void linesAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
		String summary = "Pause of job «Données clients 東京 📦» expires — ".repeat(8).strip();
		CalendarEvent event = new CalendarEvent("uid-2", 0, summary, "x".repeat(300),
				SampleAlerts.JOB_URL + "?" + "q=".repeat(60), EXPIRY, false, THRESHOLDS, MODIFIED);

		String ics = this.feed.render("Expiries", List.of(event));

		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
		String[] lines = ics.split("\r\n");
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			// a split surrogate pair would not survive the round trip below either
			assertThat(line).doesNotContain("\uFFFD");
		}
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith(" "));
		VEvent parsed = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(value(parsed, Property.SUMMARY)).isEqualTo(summary);
		assertThat(value(parsed, Property.URL)).isEqualTo(event.url());
	}

	@Test
	void aFoldNeverFallsInsideAMultiByteCharacter() {
		StringBuilder ics = new StringBuilder();
		// 73 octets, then a 4-octet emoji that does not fit on the first line
		CalendarFeed.line(ics, "SUMMARY:" + "a".repeat(65) + "📦b");

		assertThat(ics.toString()).isEqualTo("SUMMARY:" + "a".repeat(65) + "\r\n 📦b\r\n");
	}

	@Test
	void alarmDurationsFollowTheGrammar() {
		assertThat(CalendarFeed.durationBefore(Duration.ofDays(7))).isEqualTo("-P7D");
		assertThat(CalendarFeed.durationBefore(Duration.ofHours(24))).isEqualTo("-PT24H");
		assertThat(CalendarFeed.durationBefore(Duration.ofHours(1))).isEqualTo("-PT1H");
		assertThat(CalendarFeed.durationBefore(Duration.ofMinutes(90))).isEqualTo("-PT1H30M");
		assertThat(CalendarFeed.durationBefore(Duration.ofMinutes(15))).isEqualTo("-PT15M");
		assertThat(CalendarFeed.durationBefore(Duration.ofSeconds(3605))).isEqualTo("-PT1H0M5S");
		assertThat(CalendarFeed.durationBefore(Duration.ofDays(3).plusHours(2))).isEqualTo("-P3DT2H");
		assertThat(CalendarFeed.durationBefore(Duration.ofHours(30))).isEqualTo("-PT30H");
		assertThat(CalendarFeed.durationBefore(Duration.ofSeconds(45))).isEqualTo("-PT45S");
		assertThat(CalendarFeed.durationBefore(Duration.ZERO)).isEqualTo("PT0S");
	}

	@Test
	void anEmptyFeedIsStillACalendar() throws Exception {
		String ics = this.feed.render("Expiries", List.of());

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
		assertThat(parse(ics).getComponents()).isEmpty();
	}

	private static CalendarEvent pausedJob() {
		return new CalendarEvent("111122223333.us-east-1.3ce05dbb@macie-dashboard", 3, "Weekly PII scan expires",
				"Macie cancels it unless it is resumed.", SampleAlerts.JOB_URL, EXPIRY, false, THRESHOLDS, MODIFIED);
	}

	private static CalendarEvent cancelledJob() {
		return new CalendarEvent("111122223333.us-east-1.77aa@macie-dashboard", 4, "Monthly scan expires",
				"The job was resumed.", SampleAlerts.JOB_URL, EXPIRY, true, THRESHOLDS, MODIFIED);
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse(null);
	}

}
