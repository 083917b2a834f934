package io.maciedashboard.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.maciedashboard.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRetentionTest {

	private static final Instant NOW = Instant.parse("2026-12-01T03:30:00Z");

	private final TestDatabase database = TestDatabase.h2();

	private final AuditRepository repository = new AuditRepository(this.database.dataSource(),
			new TransactionTemplate(new DataSourceTransactionManager(this.database.dataSource())));

	@AfterEach
	void drop() {
		this.database.close();
	}

	@Test
	void rowsOlderThanTheRetentionGoAndTheDeletionIsRecorded() {
		long old = pause(NOW.minus(Duration.ofDays(91)));
		long kept = pause(NOW.minus(Duration.ofDays(89)));

		retention(Duration.ofDays(90)).deleteOldRows();

		List<AuditEntry> left = this.repository.find(AuditQuery.everything(), 10);
		assertThat(left).extracting(AuditEntry::id).doesNotContain(old).contains(kept);
		AuditEntry record = left.get(0);
		assertThat(record.action()).isEqualTo(AuditAction.DELETE_OLD_ROWS);
		assertThat(record.subject()).isEqualTo(AuditRetention.SUBJECT);
		assertThat(record.outcome()).isEqualTo(Outcome.DONE);
		assertThat(record.message()).startsWith("Deleted 1 attempts from before 2026-09-02T03:30:00Z");
	}

	@Test
	void withoutARetentionNothingIsDeletedOrRecorded() {
		pause(NOW.minus(Duration.ofDays(3650)));

		retention(null).deleteOldRows();

		assertThat(this.repository.find(AuditQuery.everything(), 10)).hasSize(1);
	}

	private AuditRetention retention(Duration keep) {
		return new AuditRetention(this.repository, new AuditProperties(keep), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private long pause(Instant at) {
		long id = this.repository.insertAttempt(at, new AuditRepository.AttemptRow("otto", "Otto", null, List.of(),
				new JobRef("job1", null, null, null), AuditAction.PAUSE, null, null, null));
		this.repository.insertOutcome(id, at, Outcome.DONE, null, null);
		return id;
	}

}
