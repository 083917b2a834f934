package io.maciedashboard.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventDetectorTest {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	final EventDetector detector = new EventDetector(
			List.of(Duration.ofDays(7), Duration.ofHours(24), Duration.ofHours(1)));

	static JobState state(JobStatus status, boolean failed, Instant expiresAt, Instant seenAt) {
		return new JobState("111122223333", "us-east-1", "job-1", "Quarterly PII scan", status, true, failed, expiresAt,
				0, seenAt);
	}

	List<AlertEvent> detect(JobState earlier, JobState seen) {
		return this.detector.detect(earlier, seen.after(earlier));
	}

	@ParameterizedTest
	@CsvSource({ "PT200H, ", "PT168H, PT168H", "PT100H, PT168H", "PT24H, PT24H", "PT23H, PT24H", "PT1H, PT1H",
			"PT30M, PT1H", "PT0S, ", "-PT1M, " })
	void aPausedJobIsWarnedAtTheNearestThresholdItIsWithin(Duration left, Duration threshold) {
		JobState paused = state(JobStatus.USER_PAUSED, false, NOW.plus(left), NOW);

		List<AlertEvent> events = detect(paused, paused);

		if (threshold == null) {
			assertThat(events).isEmpty();
		}
		else {
			assertThat(events).singleElement().satisfies((event) -> {
				assertThat(event.kind()).isEqualTo(AlertKind.EXPIRY_APPROACHING);
				assertThat(event.occurrence()).isEqualTo(NOW.plus(left) + "/" + threshold);
			});
		}
	}

	@Test
	void aNewExpiryIsANewOccurrenceSoThatAResumedAndPausedAgainJobIsWarnedAgain() {
		JobState first = state(JobStatus.USER_PAUSED, false, NOW.plus(Duration.ofMinutes(30)), NOW);
		JobState again = state(JobStatus.USER_PAUSED, false, NOW.plus(Duration.ofMinutes(40)), NOW);

		assertThat(detect(null, first).get(0).occurrence()).isNotEqualTo(detect(null, again).get(0).occurrence());
	}

	@Test
	void aJobSeenForTheFirstTimeTellsNothingButItsExpiry() {
		assertThat(detect(null, state(JobStatus.CANCELLED, true, null, NOW))).isEmpty();
	}

	@Test
	void aPausedJobCancelledAfterItsExpiryWasCancelledByExpiry() {
		JobState paused = state(JobStatus.USER_PAUSED, false, NOW.minusSeconds(60), NOW.minusSeconds(600));
		JobState cancelled = state(JobStatus.CANCELLED, false, null, NOW);

		assertThat(detect(paused, cancelled)).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.CANCELLED_BY_EXPIRY);
	}

	@Test
	void aPausedJobCancelledBeforeItsExpiryWasCancelledByAPerson() {
		JobState paused = state(JobStatus.USER_PAUSED, false, NOW.plus(Duration.ofDays(3)), NOW.minusSeconds(600));

		assertThat(detect(paused, state(JobStatus.CANCELLED, false, null, NOW))).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.CANCELLED);
		assertThat(detect(state(JobStatus.RUNNING, false, null, NOW.minusSeconds(60)),
				state(JobStatus.CANCELLED, false, null, NOW)))
			.extracting(AlertEvent::kind)
			.containsExactly(AlertKind.CANCELLED);
	}

	@Test
	void macieQuotaPauseCompletionAndOtherChanges() {
		JobState running = state(JobStatus.RUNNING, false, null, NOW.minusSeconds(60));

		assertThat(detect(running, state(JobStatus.PAUSED, false, null, NOW))).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.PAUSED_BY_MACIE);
		assertThat(detect(running, state(JobStatus.COMPLETE, false, null, NOW))).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.COMPLETE);
		assertThat(detect(running, state(JobStatus.IDLE, false, null, NOW))).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.STATUS_CHANGED);
		JobState scheduledComplete = new JobState("111122223333", "us-east-1", "job-1", "n", JobStatus.COMPLETE, false,
				false, null, 0, NOW);
		assertThat(detect(running, scheduledComplete)).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.STATUS_CHANGED);
	}

	@Test
	void aRunThatEndsWithErrorsIsToldOnceEachRun() {
		JobState running = state(JobStatus.RUNNING, false, null, NOW.minusSeconds(60));
		JobState failed = state(JobStatus.COMPLETE, true, null, NOW);

		assertThat(detect(running, failed)).extracting(AlertEvent::kind)
			.containsExactly(AlertKind.COMPLETE, AlertKind.RUN_FAILED);
		// seen again unchanged: nothing new
		JobState stored = failed.after(running);
		assertThat(detect(stored, failed)).isEmpty();
		// a scheduled job's next run also ends with errors
		JobState runningAgain = state(JobStatus.RUNNING, true, null, NOW.plusSeconds(60)).after(stored);
		assertThat(detect(runningAgain, state(JobStatus.IDLE, true, null, NOW.plusSeconds(120))))
			.extracting(AlertEvent::kind)
			.containsExactly(AlertKind.STATUS_CHANGED, AlertKind.RUN_FAILED);
	}

	@Test
	void eachChangeIsNamedByTheVersionItMakesAndAnUnchangedJobKeepsItsVersion() {
		JobState running = state(JobStatus.RUNNING, false, null, NOW.minusSeconds(60)).after(null);
		JobState paused = state(JobStatus.PAUSED, false, null, NOW).after(running);
		JobState same = state(JobStatus.PAUSED, false, null, NOW.plusSeconds(60)).after(paused);

		assertThat(running.version()).isZero();
		assertThat(paused.version()).isEqualTo(1);
		assertThat(same.version()).isEqualTo(1);
		assertThat(this.detector.detect(running, paused)).extracting(AlertEvent::occurrence).containsExactly("v1");
	}

}
