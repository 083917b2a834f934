package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's timeline says when each object was processed, across pauses, as findings need
 * it; finding ids say where their finding comes from.
 */
class JobRunTest {

	private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

	@Test
	void aRunProcessesSteadilyAndThePauseStopsTheClockOfItsObjects() {
		JobRun run = JobRun.startedAt(1, 1000, START);
		run.stopProcessing(START.plusSeconds(2), 100);
		run.startProcessing(START.plusSeconds(60));
		JobRun.Timeline timeline = run.timeline(START.plusSeconds(63), 100, false);
		assertThat(timeline.processed()).isEqualTo(500);
		assertThat(timeline.processedAt(100)).isEqualTo(START.plusSeconds(1));
		assertThat(timeline.processedAt(200)).isEqualTo(START.plusSeconds(2));
		assertThat(timeline.processedAt(250)).isEqualTo(START.plusMillis(60_500));
		assertThat(timeline.processedAt(501)).isNull();
		assertThat(timeline.ended()).isFalse();
		assertThat(run.finishesAt(100)).isEqualTo(START.plusSeconds(60 + 8));
		assertThat(run.timeline(START.plusSeconds(3600), 100, false).processed())
			.as("never more than the run's objects")
			.isEqualTo(1000);
	}

	@Test
	void aSeededRunProcessedItsShareEvenlyBetweenItsStartAndItsPause() {
		JobRun seeded = JobRun.seeded(3, 1000, START, START.plus(Duration.ofHours(1)), 400);
		JobRun.Timeline timeline = seeded.timeline(START.plus(Duration.ofDays(1)), 100, false);
		assertThat(timeline.number()).isEqualTo(3);
		assertThat(timeline.processed()).isEqualTo(400);
		assertThat(timeline.processedAt(200)).isEqualTo(START.plus(Duration.ofMinutes(30)));
		assertThat(seeded.lastProcessed()).isEqualTo(START.plus(Duration.ofHours(1)));
		assertThat(JobRun.seeded(1, 1000, START, START, 0).lastProcessed()).isNull();
	}

	@Test
	void aFindingIdSaysWhereItsFindingComesFrom() {
		long job = Hashing.hash("us-east-1/111122223333/abc");
		String id = FindingIds.id(job, 17, 345);
		assertThat(id).matches("[0-9a-f]{32}").startsWith(FindingIds.jobKey(job));
		assertThat(FindingIds.origin(id)).hasValue(new FindingIds.Origin(FindingIds.jobKey(job), 17, 345));
		assertThat(FindingIds.id(job, 17, 346)).isNotEqualTo(id);
		assertThat(FindingIds.origin("not an id")).isEmpty();
		assertThat(FindingIds.origin("0".repeat(32))).as("no finding has that id").isEmpty();
	}

}
