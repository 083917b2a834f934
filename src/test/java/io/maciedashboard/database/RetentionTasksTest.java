package io.maciedashboard.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.maciedashboard.TestDatabase;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every retention runs under its own lock in ShedLock's table; one failing stops none.
 */
class RetentionTasksTest {

	private static final Instant NOW = Instant.parse("2026-12-01T03:30:00Z");

	private final TestDatabase database = TestDatabase.h2();

	private final LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
		.withJdbcTemplate(new JdbcTemplate(this.database.dataSource()))
		.build());

	private final List<String> ran = new ArrayList<>();

	@AfterEach
	void drop() {
		this.database.close();
	}

	private Retention retention(String name, boolean fails) {
		return new Retention() {
			@Override
			public String lockName() {
				return name;
			}

			@Override
			public void deleteOldRows() {
				RetentionTasksTest.this.ran.add(name);
				if (fails) {
					throw new IllegalStateException("failed");
				}
			}
		};
	}

	@Test
	void eachRetentionRunsUnderItsOwnLockAndAFailureStopsNoOther() {
		new RetentionTasks(List.of(retention("audit-retention", true), retention("history-retention", false)),
				this.locks, Clock.fixed(NOW, ZoneOffset.UTC))
			.deleteOldRows();

		assertThat(this.ran).containsExactly("audit-retention", "history-retention");
		assertThat(new JdbcTemplate(this.database.dataSource()).queryForList("SELECT name FROM shedlock", String.class))
			.containsExactlyInAnyOrder("audit-retention", "history-retention");
	}

	@Test
	void aRetentionWhoseLockAnotherInstanceHoldsIsLeftToIt() {
		Optional<SimpleLock> held = this.locks
			.lock(new LockConfiguration(Instant.now(), "history-retention", Duration.ofMinutes(10), Duration.ZERO));
		assertThat(held).isPresent();

		new RetentionTasks(List.of(retention("audit-retention", false), retention("history-retention", false)),
				this.locks, Clock.systemUTC())
			.deleteOldRows();

		assertThat(this.ran).containsExactly("audit-retention");
	}

}
