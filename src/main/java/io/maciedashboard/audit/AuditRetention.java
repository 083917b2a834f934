package io.maciedashboard.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.maciedashboard.database.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When {@code dashboard.audit.retention} is set, deletes the attempts older than that,
 * with their outcomes, and records the deletion in the trail itself. The database's
 * retention task runs it once a day, on one instance at a time.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditRetention implements Retention {

	static final String SUBJECT = "dashboard";

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final AuditRepository repository;

	private final AuditProperties properties;

	private final Clock clock;

	@Autowired
	AuditRetention(AuditRepository repository, AuditProperties properties) {
		this(repository, properties, Clock.systemUTC());
	}

	AuditRetention(AuditRepository repository, AuditProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String lockName() {
		return "audit-retention";
	}

	@Override
	public void deleteOldRows() {
		if (this.properties.retention() == null) {
			return;
		}
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.properties.retention());
		int deleted = this.repository.deleteBefore(cutoff);
		long attempt = this.repository.insertAttempt(now, new AuditRepository.AttemptRow(SUBJECT, "Retention task",
				null, List.of(), new JobRef(null, null, null, null), AuditAction.DELETE_OLD_ROWS, null, null, null));
		this.repository.insertOutcome(attempt, this.clock.instant(), Outcome.DONE,
				"Deleted " + deleted + " attempts from before " + cutoff + " (dashboard.audit.retention="
						+ this.properties.retention() + ")",
				null);
		log.info("Audit retention: deleted {} attempts from before {}", deleted, cutoff);
	}

}
