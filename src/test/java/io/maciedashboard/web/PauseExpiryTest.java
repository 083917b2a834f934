package io.maciedashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.PauseDetails;
import io.maciedashboard.web.PauseExpiry.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PauseExpiryTest {

	private static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");

	private static PauseExpiry expiringIn(Duration left, JobType type) {
		return PauseExpiry.of(new PauseDetails(NOW.minus(Duration.ofDays(3)), NOW.plus(left), null), type, NOW);
	}

	private static PauseExpiry between(Instant now, Instant expiresAt) {
		return PauseExpiry.of(new PauseDetails(expiresAt.minus(Duration.ofDays(30)), expiresAt, null), JobType.ONE_TIME,
				now);
	}

	private static Instant local(String dateTime, String zone) {
		return ZonedDateTime.of(LocalDateTime.parse(dateTime), ZoneId.of(zone)).toInstant();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			P26DT5H     | 26 days
			P2D         | 2 days
			P1DT5H59S   | 1 day 5 h
			P1DT30S     | 1 day
			PT5H12M59S  | 5 h 12 min
			PT1H        | 1 h
			PT38M20S    | 38 min
			PT59S       | less than a minute
			""")
	void theListRoundsToWholeUnitsAsTheBrowserDoes(Duration left, String text) {
		assertThat(expiringIn(left, JobType.ONE_TIME).roundedText()).isEqualTo(text);
	}

	@Test
	void theRoundedTextOfAnExpiredPauseIsTheExpiredMessage() {
		assertThat(expiringIn(Duration.ZERO, JobType.SCHEDULED).roundedText())
			.isEqualTo("Expired: Macie cancels this run (scheduled)");
	}

	@Test
	void remainingTimeIsWrittenInDaysHoursMinutesAndSeconds() {
		PauseExpiry expiry = expiringIn(Duration.parse("P2DT3H4M5S"), JobType.ONE_TIME);

		assertThat(expiry.text()).isEqualTo("2 days 3 hours 4 minutes 5 seconds");
		assertThat(expiry.remaining()).isEqualTo(Duration.parse("P2DT3H4M5S"));
		assertThat(expiry.isExpired()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			P1DT0H0M1S  | 1 day 0 hours 0 minutes 1 second
			PT1H1M1S    | 1 hour 1 minute 1 second
			PT5M        | 5 minutes 0 seconds
			PT59S       | 59 seconds
			PT1S        | 1 second
			P30D        | 30 days 0 hours 0 minutes 0 seconds
			P10DT23H59M59S | 10 days 23 hours 59 minutes 59 seconds
			""")
	void singularUnitsAndLeadingZerosAreLeftOut(String left, String text) {
		assertThat(expiringIn(Duration.parse(left), JobType.ONE_TIME).text()).isEqualTo(text);
	}

	@Test
	void partSecondsRoundUpSoZeroSecondsIsNeverShownBeforeTheExpiry() {
		assertThat(expiringIn(Duration.ofMillis(5_200), JobType.ONE_TIME).text()).isEqualTo("6 seconds");
		assertThat(expiringIn(Duration.ofNanos(1), JobType.ONE_TIME).text()).isEqualTo("1 second");
		assertThat(expiringIn(Duration.ofNanos(1), JobType.ONE_TIME).severity()).isEqualTo(Severity.CRITICAL);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			P30D,       NEUTRAL
			P7DT0H0M1S, NEUTRAL
			P7D,        WARNING
			P1DT0H0M1S, WARNING
			P1D,        CRITICAL
			PT1S,       CRITICAL
			PT0S,       EXPIRED
			-PT1S,      EXPIRED
			-P3D,       EXPIRED
			""")
	void severityFollowsTheThresholds(String left, Severity severity) {
		assertThat(expiringIn(Duration.parse(left), JobType.SCHEDULED).severity()).isEqualTo(severity);
	}

	@Test
	void severityHasTheCssClassTheScriptSwitches() {
		assertThat(Severity.NEUTRAL.cssClass()).isEqualTo("countdown--neutral");
		assertThat(Severity.WARNING.cssClass()).isEqualTo("countdown--warning");
		assertThat(Severity.CRITICAL.cssClass()).isEqualTo("countdown--critical");
		assertThat(Severity.EXPIRED.cssClass()).isEqualTo("countdown--expired");
	}

	@Test
	void anExpiredOneTimeJobSaysMacieCancelsTheJob() {
		PauseExpiry expiry = expiringIn(Duration.ofMinutes(-1), JobType.ONE_TIME);

		assertThat(expiry.isExpired()).isTrue();
		assertThat(expiry.remaining()).isZero();
		assertThat(expiry.text()).isEqualTo("Expired: Macie cancels this job (one-time)");
		assertThat(expiry.consequence()).contains("cancels this one-time job").contains("cannot be resumed");
	}

	@Test
	void anExpiredScheduledJobSaysMacieCancelsTheRun() {
		PauseExpiry expiry = expiringIn(Duration.ZERO, JobType.SCHEDULED);

		assertThat(expiry.text()).isEqualTo("Expired: Macie cancels this run (scheduled)");
		assertThat(expiry.expiredMessage()).isEqualTo(expiry.text());
		assertThat(expiry.consequence()).contains("paused run only").contains("next scheduled run");
	}

	@Test
	void theExpiredMessageIsKnownBeforeTheExpirySoTheBrowserCanShowIt() {
		assertThat(expiringIn(Duration.ofDays(2), JobType.ONE_TIME).expiredMessage())
			.isEqualTo("Expired: Macie cancels this job (one-time)");
	}

	@Test
	void theServersInstantsAreCarriedForTheBrowser() {
		PauseExpiry expiry = expiringIn(Duration.ofHours(5), JobType.ONE_TIME);

		assertThat(expiry.nowEpochMilli()).isEqualTo(NOW.toEpochMilli());
		assertThat(expiry.expiresAtEpochMilli()).isEqualTo(NOW.plus(Duration.ofHours(5)).toEpochMilli());
		assertThat(expiry.pausedAt()).isEqualTo(NOW.minus(Duration.ofDays(3)));
		assertThat(expiry.jobType()).isEqualTo(JobType.ONE_TIME);
	}

	@Test
	void theHealthEventArnIsPassedOnWithItsMeaning() {
		PauseExpiry expiry = PauseExpiry.of(new PauseDetails(NOW.minus(Duration.ofDays(24)),
				NOW.plus(Duration.ofDays(6)), "arn:aws:health:us-east-1::event/MACIE/x"), JobType.ONE_TIME, NOW);

		assertThat(expiry.healthEventArn()).isEqualTo("arn:aws:health:us-east-1::event/MACIE/x");
		assertThat(expiry.healthEventMeaning()).contains("23 days");
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "Pacific/Auckland", "America/New_York", "Asia/Kolkata", "Pacific/Chatham" })
	void theServersTimeZoneChangesNothing(String zone) {
		TimeZone original = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone(zone));
			PauseExpiry expiry = expiringIn(Duration.parse("P6DT23H59M59S"), JobType.ONE_TIME);
			assertThat(expiry.text()).isEqualTo("6 days 23 hours 59 minutes 59 seconds");
			assertThat(expiry.severity()).isEqualTo(Severity.WARNING);
		}
		finally {
			TimeZone.setDefault(original);
		}
	}

	@Test
	void springForwardCountsTheHoursThatReallyPassNotTheWallClock() {
		// Berlin moves from +01:00 to +02:00 on 2026-03-29: noon to noon two days later
		// is 47 hours
		PauseExpiry expiry = between(local("2026-03-28T12:00", "Europe/Berlin"),
				local("2026-03-30T12:00", "Europe/Berlin"));

		assertThat(expiry.text()).isEqualTo("1 day 23 hours 0 minutes 0 seconds");
	}

	@Test
	void fallBackCountsTheExtraHourSoADayOnTheWallClockIsNotYetCritical() {
		// New York moves from -04:00 to -05:00 on 2026-11-01: noon to noon is 25 hours
		PauseExpiry expiry = between(local("2026-10-31T12:00", "America/New_York"),
				local("2026-11-01T12:00", "America/New_York"));

		assertThat(expiry.text()).isEqualTo("1 day 1 hour 0 minutes 0 seconds");
		assertThat(expiry.severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void thirtyDaysFromTheEndOfJanuaryCrossFebruary() {
		Instant pausedAt = Instant.parse("2026-01-31T10:00:00Z");
		PauseExpiry expiry = PauseExpiry.of(new PauseDetails(pausedAt, pausedAt.plus(Duration.ofDays(30)), null),
				JobType.SCHEDULED, Instant.parse("2026-02-28T10:00:00Z"));

		assertThat(expiry.expiresAt()).isEqualTo("2026-03-02T10:00:00Z");
		assertThat(expiry.text()).isEqualTo("2 days 0 hours 0 minutes 0 seconds");
	}

	@Test
	void aLeapDayIsADayOfTheCountdown() {
		Instant expiresAt = Instant.parse("2028-03-01T10:00:00Z");

		assertThat(between(Instant.parse("2028-02-28T10:00:00Z"), expiresAt).text())
			.isEqualTo("2 days 0 hours 0 minutes 0 seconds");
		assertThat(between(Instant.parse("2027-02-28T10:00:00Z"), Instant.parse("2027-03-01T10:00:00Z")).severity())
			.isEqualTo(Severity.CRITICAL);
	}

	@Test
	void theServersNowIsTheReferenceWhateverItIs() {
		// a page rendered later shows less time left: only the "now" given counts, never
		// a clock
		PauseDetails pause = new PauseDetails(NOW, NOW.plus(Duration.ofDays(30)), null);

		assertThat(PauseExpiry.of(pause, JobType.ONE_TIME, NOW.plus(Duration.ofDays(29))).text())
			.isEqualTo("1 day 0 hours 0 minutes 0 seconds");
		assertThat(PauseExpiry.of(pause, JobType.ONE_TIME, NOW.plus(Duration.ofDays(31))).isExpired()).isTrue();
	}

	@Test
	void aPauseWithoutAnExpiryIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PauseExpiry.of(null, JobType.ONE_TIME, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PauseExpiry.of(new PauseDetails(NOW, null, null), JobType.ONE_TIME, NOW));
	}

}
