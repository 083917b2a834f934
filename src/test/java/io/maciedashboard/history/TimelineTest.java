package io.maciedashboard.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.JobStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

	static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	private static Observation at(long minutes, JobStatus status, long runs, Instant runStart, boolean failed) {
		return new Observation(T0.plus(Duration.ofMinutes(minutes)), status, runs, null, runStart, failed);
	}

	@Test
	void runsPausesResumesErrorsAndTheEndWithTheirTimes() {
		Instant run1 = T0.minus(Duration.ofMinutes(5));
		Instant run2 = T0.plus(Duration.ofHours(23));
		List<Observation> milestones = List.of(at(0, JobStatus.RUNNING, 1, run1, false),
				at(30, JobStatus.USER_PAUSED, 1, run1, false), at(90, JobStatus.RUNNING, 1, run1, false),
				at(100, JobStatus.RUNNING, 1, run1, true), at(200, JobStatus.IDLE, 1, run1, true),
				at(24 * 60, JobStatus.RUNNING, 2, run2, false), at(25 * 60, JobStatus.PAUSED, 2, run2, false),
				at(26 * 60, JobStatus.RUNNING, 2, run2, false), at(27 * 60, JobStatus.CANCELLED, 2, run2, false));

		assertThat(Timeline.of(milestones, true)).containsExactly(
				new TimelineEntry(T0, "seen", "First recorded: Running (run 1)"),
				new TimelineEntry(T0.plusSeconds(30 * 60), "pause", "Paused"),
				new TimelineEntry(T0.plusSeconds(90 * 60), "resume", "Resumed"),
				new TimelineEntry(T0.plusSeconds(100 * 60), "error",
						"Errors reported: Macie could not analyse some of the data of run 1"),
				new TimelineEntry(T0.plusSeconds(200 * 60), "end",
						"Run 1 finished; the next one starts on the job's schedule"),
				// a run starts when Macie says, before the dashboard saw it
				new TimelineEntry(run2, "run", "Run 2 started"),
				new TimelineEntry(T0.plusSeconds(25 * 3600), "pause", "Paused by Macie: the monthly quota was reached"),
				new TimelineEntry(T0.plusSeconds(26 * 3600), "resume",
						"Resumed by Macie: the monthly quota allows it again"),
				new TimelineEntry(T0.plusSeconds(27 * 3600), "end", "Cancelled"));
	}

	@Test
	void aRunThatStartsWithErrorsThenCompletes() {
		Instant run2 = T0.plusSeconds(3000);
		List<Observation> milestones = List.of(at(0, JobStatus.IDLE, 1, T0, false),
				at(60, JobStatus.RUNNING, 2, run2, true), at(120, JobStatus.COMPLETE, 2, run2, true));

		assertThat(Timeline.of(milestones, true)).extracting(TimelineEntry::text)
			.containsExactly("First recorded: Idle, waiting for next run (run 1)", "Run 2 started",
					"Errors reported: Macie could not analyse some of the data of run 2", "Completed");
	}

	@Test
	void whenOlderMilestonesAreLeftOutTheFirstOnlyServesForComparison() {
		List<Observation> milestones = List.of(at(0, JobStatus.RUNNING, 1, T0, false),
				at(30, JobStatus.USER_PAUSED, 1, T0, false));

		assertThat(Timeline.of(milestones, false)).extracting(TimelineEntry::text).containsExactly("Paused");
		assertThat(Timeline.of(List.of(), true)).isEmpty();
	}

}
