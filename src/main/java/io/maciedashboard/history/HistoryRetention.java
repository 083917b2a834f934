package io.maciedashboard.history;

import java.time.Clock;
import java.time.Instant;

import io.maciedashboard.database.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Deletes the observations older than {@code dashboard.history.retention}, measured on
 * Macie's clock (the one they were stamped with); the database's retention task runs it
 * once a day, on one instance at a time.
 */
@Component
class HistoryRetention implements Retention {

	private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

	private final ObservationRepository repository;

	private final HistoryProperties properties;

	private final Clock clock;

	HistoryRetention(ObservationRepository repository, HistoryProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String lockName() {
		return "history-retention";
	}

	@Override
	public void deleteOldRows() {
		Instant cutoff = this.clock.instant().minus(this.properties.retention());
		int deleted = this.repository.deleteBefore(cutoff);
		log.info("Job history retention: deleted {} observations from before {} (dashboard.history.retention={})",
				deleted, cutoff, this.properties.retention());
	}

}
