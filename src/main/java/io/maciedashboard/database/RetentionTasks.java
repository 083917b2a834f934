package io.maciedashboard.database;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (03:30 UTC) runs every {@link Retention}, each under its ShedLock lock (an
 * instance that finds it taken leaves that one to its holder); one that fails does not
 * stop the others.
 */
@Component
class RetentionTasks {

	static final Duration LOCK_AT_MOST_FOR = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(RetentionTasks.class);

	private final List<Retention> retentions;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	@Autowired
	RetentionTasks(List<Retention> retentions, LockProvider lockProvider) {
		this(retentions, lockProvider, Clock.systemUTC());
	}

	RetentionTasks(List<Retention> retentions, LockProvider lockProvider, Clock clock) {
		this.retentions = List.copyOf(retentions);
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
	}

	@Scheduled(cron = "0 30 3 * * *", zone = "UTC")
	void deleteOldRows() {
		for (Retention retention : this.retentions) {
			try {
				this.locks.executeWithLock((Runnable) retention::deleteOldRows, new LockConfiguration(
						this.clock.instant(), retention.lockName(), LOCK_AT_MOST_FOR, Duration.ZERO));
			}
			catch (RuntimeException ex) {
				log.warn("Retention {} failed: {}", retention.lockName(), ex.toString());
			}
		}
	}

}
