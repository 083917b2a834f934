package io.maciedashboard.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.maciedashboard.TestDatabase;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobObserved;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Change detection: only what differs from the job's last stored observation is stored.
 */
class ObservationRecorderTest {

	static final Place PLACE = new Place("eu-west-1", "111122223333", null);

	static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	static final Instant RUN_START = T0.minus(Duration.ofHours(1));

	private final TestDatabase database = TestDatabase.h2();

	private final ObservationRepository repository = new ObservationRepository(this.database.dataSource());

	private final ObservationRecorder recorder = new ObservationRecorder(this.repository);

	private final AtomicLong seconds = new AtomicLong();

	@AfterEach
	void close() throws InterruptedException {
		this.recorder.destroy();
		this.database.close();
	}

	static Job job(String jobId, JobStatus status, long runs, Long left, Instant lastRunTime, boolean failed) {
		JobDefinition definition = new JobDefinition("Sweep", null, JobType.ONE_TIME, null, false, null, null, null,
				null, List.of(), List.of(), List.of(), java.util.Map.of());
		return new Job(jobId, "arn", definition, status, T0.minus(Duration.ofDays(1)), lastRunTime, failed, runs, left,
				null);
	}

	private void observe(Job job) {
		this.recorder.record(new JobObserved(PLACE, job, T0.plusSeconds(this.seconds.addAndGet(5))));
	}

	@Test
	void eachChangeIsStoredOnceWithItsTimeAndWhetherItIsAMilestone() {
		observe(job("j1", JobStatus.RUNNING, 1, 900L, RUN_START, false));
		observe(job("j1", JobStatus.RUNNING, 1, 900L, RUN_START, false));
		observe(job("j1", JobStatus.RUNNING, 1, 800L, RUN_START, false));
		observe(job("j1", JobStatus.RUNNING, 1, 800L, RUN_START, true));
		observe(job("j1", JobStatus.USER_PAUSED, 1, 800L, RUN_START, true));
		observe(job("j1", JobStatus.USER_PAUSED, 1, 800L, RUN_START, true));
		observe(job("j1", JobStatus.RUNNING, 2, 1000L, RUN_START.plusSeconds(3600), false));
		observe(job("j1", JobStatus.RUNNING, 2, 1000L, RUN_START.plusSeconds(7200), false));
		// another job, and the same id in another place, are apart
		observe(job("j2", JobStatus.RUNNING, 1, 900L, RUN_START, false));
		this.recorder.record(new JobObserved(new Place("us-east-1", "111122223333", null),
				job("j1", JobStatus.COMPLETE, 1, 0L, RUN_START, false), T0.plusSeconds(1000)));

		assertThat(this.repository.recent(PLACE, "j1", 100)).extracting(Observation::at, Observation::objectsToProcess)
			.containsExactly(tuple(5, 900L), tuple(15, 800L), tuple(20, 800L), tuple(25, 800L), tuple(35, 1000L),
					tuple(40, 1000L));
		assertThat(this.repository.milestones(PLACE, "j1", 100)).extracting(Observation::at)
			.containsExactly(T0.plusSeconds(5), T0.plusSeconds(20), T0.plusSeconds(25), T0.plusSeconds(35),
					T0.plusSeconds(40));
		assertThat(this.repository.recent(PLACE, "j2", 100)).hasSize(1);
	}

	@Test
	void anObservationOlderThanTheLastStoredIsNotStored() {
		this.recorder.record(
				new JobObserved(PLACE, job("j1", JobStatus.RUNNING, 1, 500L, RUN_START, false), T0.plusSeconds(60)));
		this.recorder.record(
				new JobObserved(PLACE, job("j1", JobStatus.RUNNING, 1, 900L, RUN_START, false), T0.plusSeconds(30)));

		assertThat(this.repository.recent(PLACE, "j1", 100)).extracting(Observation::objectsToProcess)
			.containsExactly(500L);
	}

	@Test
	void theEventIsStoredOnTheRecordersOwnThread() {
		this.recorder.observed(new JobObserved(PLACE, job("j1", JobStatus.RUNNING, 1, 500L, RUN_START, false), T0));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.repository.latest(PLACE, "j1").isPresent());
	}

	@Test
	void whenTheDatabaseDoesNotAnswerTheObservationIsDroppedQuietly() {
		ObservationRepository down = mock(ObservationRepository.class);
		given(down.latest(any(), any())).willThrow(new DataAccessResourceFailureException("down"));

		new ObservationRecorder(down)
			.record(new JobObserved(PLACE, job("j1", JobStatus.RUNNING, 1, 500L, RUN_START, false), T0));
	}

	private static org.assertj.core.groups.Tuple tuple(long seconds, Long left) {
		return org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(seconds), left);
	}

}
