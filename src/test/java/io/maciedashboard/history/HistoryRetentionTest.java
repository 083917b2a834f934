package io.maciedashboard.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.maciedashboard.TestDatabase;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRetentionTest {

	private static final Instant NOW = Instant.parse("2026-12-01T03:30:00Z");

	private static final Place PLACE = new Place("eu-west-1", "111122223333", null);

	private final TestDatabase database = TestDatabase.h2();

	private final ObservationRepository repository = new ObservationRepository(this.database.dataSource());

	@AfterEach
	void drop() {
		this.database.close();
	}

	@Test
	void observationsOlderThanTheRetentionOnMaciesClockGo() {
		store(NOW.minus(Duration.ofDays(91)));
		store(NOW.minus(Duration.ofDays(89)));

		HistoryRetention retention = new HistoryRetention(this.repository,
				new HistoryProperties(Duration.ofDays(90), Duration.ofMinutes(30)), Clock.fixed(NOW, ZoneOffset.UTC));
		retention.deleteOldRows();

		assertThat(this.repository.recent(PLACE, "job-1", 10)).extracting(Observation::at)
			.containsExactly(NOW.minus(Duration.ofDays(89)));
		assertThat(retention.lockName()).isEqualTo("history-retention");
	}

	private void store(Instant at) {
		this.repository.insert(PLACE, "job-1", new Observation(at, JobStatus.RUNNING, 1, 5L, null, false), true);
	}

}
