package io.maciedashboard.history;

import java.time.Instant;

import io.maciedashboard.TestDatabase;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration and the observation repository, the same on each database: subclasses say
 * which ({@link ObservationRepositoryH2Test} always;
 * {@link ObservationRepositoryPostgresTest} on the machine's PostgreSQL).
 */
abstract class ObservationRepositoryContract {

	static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123Z");

	static final Place IRELAND = new Place("eu-west-1", "444455556666", "Ireland");

	static final Place VIRGINIA = new Place("us-east-1", "444455556666", null);

	TestDatabase database;

	ObservationRepository repository;

	abstract TestDatabase database();

	@BeforeEach
	void migrate() {
		this.database = database();
		this.repository = new ObservationRepository(this.database.dataSource());
	}

	@AfterEach
	void drop() {
		this.database.close();
	}

	private static Observation running(long seconds, Long left) {
		return new Observation(T0.plusSeconds(seconds), JobStatus.RUNNING, 2, left, T0.minusSeconds(600), false);
	}

	@Test
	void anObservationReadsBackAsItWasStoredNullsIncluded() {
		Observation full = new Observation(T0, JobStatus.USER_PAUSED, 7, 1_234_567_890_123L, T0.minusSeconds(86_400),
				true);
		Observation sparse = new Observation(T0.plusSeconds(1), JobStatus.IDLE, 0, null, null, false);
		this.repository.insert(IRELAND, "job-1", full, true);
		this.repository.insert(IRELAND, "job-1", sparse, true);

		assertThat(this.repository.recent(IRELAND, "job-1", 10)).containsExactly(full, sparse);
		assertThat(this.repository.latest(IRELAND, "job-1")).contains(sparse);
		assertThat(this.repository.latest(IRELAND, "job-2")).isEmpty();
	}

	@Test
	void recentReadingsAreTheNewestOldestFirstAndMilestonesAreApart() {
		for (int i = 0; i < 10; i++) {
			this.repository.insert(IRELAND, "job-1", running(i * 10, 1000L - i), i % 3 == 0);
		}
		this.repository.insert(VIRGINIA, "job-1", running(500, 1L), true);

		assertThat(this.repository.recent(IRELAND, "job-1", 3)).extracting(Observation::objectsToProcess)
			.containsExactly(993L, 992L, 991L);
		assertThat(this.repository.milestones(IRELAND, "job-1", 10)).extracting(Observation::objectsToProcess)
			.containsExactly(1000L, 997L, 994L, 991L);
		assertThat(this.repository.milestones(IRELAND, "job-1", 2)).extracting(Observation::objectsToProcess)
			.containsExactly(994L, 991L);
		assertThat(this.repository.recent(VIRGINIA, "job-1", 10)).extracting(Observation::objectsToProcess)
			.containsExactly(1L);
	}

	@Test
	void theRetentionDeletesOnlyWhatIsOlderThanTheCutoff() {
		this.repository.insert(IRELAND, "job-1", running(0, 30L), true);
		this.repository.insert(IRELAND, "job-1", running(60, 20L), false);
		this.repository.insert(VIRGINIA, "job-2", running(120, 10L), true);

		assertThat(this.repository.deleteBefore(T0.plusSeconds(60))).isEqualTo(1);

		assertThat(this.repository.recent(IRELAND, "job-1", 10)).extracting(Observation::objectsToProcess)
			.containsExactly(20L);
		assertThat(this.repository.recent(VIRGINIA, "job-2", 10)).hasSize(1);
	}

	@Test
	void aLimitBelowOneReadsOne() {
		this.repository.insert(IRELAND, "job-1", running(0, 30L), true);
		assertThat(this.repository.recent(IRELAND, "job-1", 0)).hasSize(1);
	}

}
