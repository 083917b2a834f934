package io.maciedashboard.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.maciedashboard.macie.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLeftTest {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	static final Instant RUN_START = NOW.minus(Duration.ofHours(5));

	static final Duration WINDOW = Duration.ofMinutes(30);

	/** A reading of run 3, {@code minutesAgo} before NOW. */
	static Observation reading(long minutesAgo, JobStatus status, Long left) {
		return new Observation(NOW.minus(Duration.ofMinutes(minutesAgo)), status, 3, left, RUN_START, false);
	}

	static Observation running(long minutesAgo, long left) {
		return reading(minutesAgo, JobStatus.RUNNING, left);
	}

	private static TimeLeft estimate(long leftNow, Observation... stored) {
		return TimeLeft.estimate(List.of(stored), running(0, leftNow), WINDOW);
	}

	@Test
	void theRateOfTheRecentReadingsGivesTheTimeLeft() {
		// 6,000 in 20 minutes: 300 a minute; 54,000 left: 3 hours
		TimeLeft left = estimate(54_000, running(20, 60_000), running(10, 57_000));

		assertThat(left.left()).isEqualTo(Duration.ofHours(3));
		assertThat(left.sentence())
			.isEqualTo("About 3 hours left at the current rate (300 objects a minute in the last 20 minutes).");
		assertThat(left.brief()).isEqualTo("about 3 hours left");
	}

	@Test
	void onlyTheWindowCounts_olderReadingsOfAFasterStartDoNotMakeItOptimistic() {
		// fast at first (50,000 in the first hour), then 100 a minute in the last 30
		TimeLeft left = estimate(3_000, running(120, 60_000), running(60, 10_000), running(30, 6_000),
				running(15, 4_500));

		assertThat(left.sentence()).startsWith("About 30 minutes left")
			.endsWith("(100 objects a minute in the last 30 minutes).");
	}

	@Test
	void whenNobodyWatchedTheWindowTheRateRunsFromTheReadingBefore() {
		// the last reading two hours ago: 12,000 in 120 minutes, 100 a minute
		TimeLeft left = estimate(6_000, running(120, 18_000));

		assertThat(left.left()).isEqualTo(Duration.ofHours(1));
		assertThat(left.sentence()).contains("(100 objects a minute in the last 2 hours)");
	}

	@Test
	void aSlowRunIsMeasuredInObjectsAnHour() {
		TimeLeft left = estimate(480, running(30, 490));

		assertThat(left.sentence())
			.isEqualTo("About 24 hours left at the current rate (20 objects an hour in the last 30 minutes).");
	}

	@Test
	void aStalledRunHasNoEstimate() {
		// stored only when it changed: unchanged for 45 minutes
		assertThat(estimate(7_000, running(45, 7_000)).sentence())
			.isEqualTo("No estimate: no objects were processed in the last 45 minutes.");
		// Macie's count went up (it found more objects)
		assertThat(estimate(7_100, running(10, 7_000)).left()).isNull();
	}

	@Test
	void noEstimateBeforeAMinuteOfReadingsOfThisRun() {
		assertThat(estimate(7_000).sentence())
			.isEqualTo("No estimate yet: it needs readings of this run over at least a minute.");
		assertThat(TimeLeft
			.estimate(List.of(new Observation(NOW.minusSeconds(30), JobStatus.RUNNING, 3, 7_500L, RUN_START, false)),
					running(0, 7_000), WINDOW)
			.left()).isNull();
		// readings of the previous run do not count
		Observation previousRun = new Observation(NOW.minus(Duration.ofMinutes(20)), JobStatus.RUNNING, 2, 90_000L,
				RUN_START.minus(Duration.ofDays(1)), false);
		assertThat(estimate(7_000, previousRun).sentence()).startsWith("No estimate yet");
	}

	@Test
	void aPauseCutsTheReadingsTheRateUses() {
		// processed fast, paused an hour, resumed 10 minutes ago: 200 a minute since
		TimeLeft left = estimate(4_000, running(100, 30_000), reading(70, JobStatus.USER_PAUSED, 10_000L),
				running(10, 6_000));

		assertThat(left.sentence())
			.isEqualTo("About 20 minutes left at the current rate (200 objects a minute in the last 10 minutes).");
	}

	@ParameterizedTest
	@EnumSource(value = JobStatus.class, names = "RUNNING", mode = EnumSource.Mode.EXCLUDE)
	void onlyARunningJobHasAnEstimate(JobStatus status) {
		TimeLeft left = TimeLeft.estimate(List.of(running(20, 9_000)), reading(0, status, 5_000L), WINDOW);

		assertThat(left.left()).isNull();
		assertThat(left.brief()).isNull();
		assertThat(left.sentence()).isEqualTo(switch (status) {
			case USER_PAUSED -> "No estimate while the job is paused.";
			case PAUSED -> "No estimate while Macie keeps the job paused for its monthly quota.";
			case IDLE -> "No run is under way: the next one starts on the job's schedule.";
			default -> "The job has ended: there is nothing left to estimate.";
		});
	}

	@Test
	void unknownAndZeroObjectsLeft() {
		assertThat(TimeLeft.estimate(List.of(), reading(0, JobStatus.RUNNING, null), WINDOW).sentence())
			.isEqualTo("No estimate: Macie does not say how many objects are left.");
		TimeLeft finishing = estimate(0, running(5, 100));
		assertThat(finishing.left()).isZero();
		assertThat(finishing.brief()).isEqualTo("finishing");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PT30S      | less than a minute
			PT1M       | about 1 minute
			PT25M20S   | about 25 minutes
			PT59M40S   | about 1 hour
			PT1H       | about 1 hour
			PT1H24M    | about 1 hour 20 minutes
			PT1H56M    | about 2 hours
			PT2H29M    | about 2 hours
			PT47H      | about 47 hours
			PT60H      | about 3 days
			""")
	void theTimeLeftIsRoundedToWhatARateDeserves(Duration left, String words) {
		assertThat(TimeLeft.about(left)).isEqualTo(words);
	}

	@Test
	void storedReadingsAtOrAfterTheCurrentOneAreLeftOut() {
		Observation current = running(0, 5_000);
		assertThat(Readings.ofRun(Stream.of(running(10, 8_000), current).toList(), current, (reading) -> true))
			.containsExactly(running(10, 8_000), current);
	}

}
