package io.maciedashboard.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.maciedashboard.alerts.SqlTimes.instant;
import static io.maciedashboard.alerts.SqlTimes.timestamp;

/**
 * The tables {@code alert_outbox} and {@code alert_attempt}. A notification is added at
 * most once (the table's unique key on job, kind, occurrence, recipient and channel); a
 * worker claims it before an attempt, so that two instances never send it both.
 */
@Repository
class OutboxRepository {

	private static final String COLUMNS = "id, account, region, job_id, job_name, kind, occurrence, recipient, channel, "
			+ "destination, title, body, occurred_at, created_at, state, attempts, next_attempt_at, delivered_at, "
			+ "last_problem";

	private final JdbcClient jdbc;

	OutboxRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** Adds the notification unless it is there already; answers whether it was added. */
	boolean add(Notification notification) {
		return this.jdbc
			.sql("INSERT INTO alert_outbox (account, region, job_id, job_name, kind, occurrence, "
					+ "recipient, channel, destination, title, body, occurred_at, created_at, state, attempts, "
					+ "next_attempt_at) VALUES (:account, :region, :jobId, :jobName, :kind, :occurrence, :recipient, "
					+ ":channel, :destination, :title, :body, :occurredAt, :createdAt, 'PENDING', 0, :createdAt) "
					+ "ON CONFLICT DO NOTHING")
			.param("account", notification.account())
			.param("region", notification.region())
			.param("jobId", notification.jobId())
			.param("jobName", notification.jobName())
			.param("kind", notification.kind().name())
			.param("occurrence", notification.occurrence())
			.param("recipient", notification.recipient())
			.param("channel", notification.channel().name())
			.param("destination", notification.destination())
			.param("title", notification.title())
			.param("body", notification.body())
			.param("occurredAt", timestamp(notification.occurredAt()))
			.param("createdAt", timestamp(notification.createdAt()))
			.update() == 1;
	}

	/**
	 * Pending notifications due by {@code now} and not claimed by anyone, oldest first.
	 */
	List<Notification> due(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alert_outbox WHERE state = 'PENDING' AND next_attempt_at <= :now "
					+ "AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY next_attempt_at, id LIMIT "
					+ Math.max(1, limit))
			.param("now", timestamp(now))
			.query(OutboxRepository::notification)
			.list();
	}

	/**
	 * Claims the notification until {@code until} if no one holds it: of two workers that
	 * found it due, one gets it.
	 */
	boolean claim(long id, Instant now, Instant until) {
		return this.jdbc
			.sql("UPDATE alert_outbox SET claimed_until = :until WHERE id = :id AND state = 'PENDING' "
					+ "AND (claimed_until IS NULL OR claimed_until < :now)")
			.param("id", id)
			.param("now", timestamp(now))
			.param("until", timestamp(until))
			.update() == 1;
	}

	/**
	 * Records an attempt and the notification's new state: delivered, failed for good, or
	 * pending again from {@code nextAttemptAt}.
	 */
	void attempted(long id, DeliveryAttempt attempt, Notification.State state, Instant nextAttemptAt) {
		this.jdbc
			.sql("INSERT INTO alert_attempt (outbox_id, at, delivered, status_code, problem) "
					+ "VALUES (:id, :at, :delivered, :status, :problem)")
			.param("id", id)
			.param("at", timestamp(attempt.at()))
			.param("delivered", attempt.delivered())
			.param("status", attempt.statusCode())
			.param("problem", attempt.problem())
			.update();
		this.jdbc
			.sql("UPDATE alert_outbox SET state = :state, attempts = attempts + 1, claimed_until = NULL, "
					+ "next_attempt_at = :next, delivered_at = :deliveredAt, last_problem = :problem WHERE id = :id")
			.param("id", id)
			.param("state", state.name())
			.param("next", timestamp(nextAttemptAt))
			.param("deliveredAt", attempt.delivered() ? timestamp(attempt.at()) : null)
			.param("problem", attempt.problem())
			.update();
	}

	/** Makes a failed notification due again at once; answers whether it was failed. */
	boolean retry(long id, Instant now) {
		return this.jdbc
			.sql("UPDATE alert_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now, "
					+ "claimed_until = NULL WHERE id = :id AND state = 'FAILED'")
			.param("id", id)
			.param("now", timestamp(now))
			.update() == 1;
	}

	Optional<Notification> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM alert_outbox WHERE id = :id")
			.param("id", id)
			.query(OutboxRepository::notification)
			.optional();
	}

	/** The newest notifications, optionally only those in one state. */
	List<Notification> newest(Notification.State state, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alert_outbox" + ((state != null) ? " WHERE state = :state" : "")
					+ " ORDER BY id DESC LIMIT " + Math.max(1, limit))
			.params((state != null) ? Map.of("state", state.name()) : Map.of())
			.query(OutboxRepository::notification)
			.list();
	}

	/** The notification's attempts, oldest first. */
	List<DeliveryAttempt> attempts(long id) {
		return this.jdbc
			.sql("SELECT at, delivered, status_code, problem FROM alert_attempt WHERE outbox_id = :id ORDER BY at, id")
			.param("id", id)
			.query((rs, row) -> new DeliveryAttempt(instant(rs.getObject("at", OffsetDateTime.class)),
					rs.getBoolean("delivered"), rs.getObject("status_code", Integer.class), rs.getString("problem")))
			.list();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getLong("id"), rs.getString("account"), rs.getString("region"),
				rs.getString("job_id"), rs.getString("job_name"), AlertKind.valueOf(rs.getString("kind")),
				rs.getString("occurrence"), rs.getString("recipient"),
				Notification.Channel.valueOf(rs.getString("channel")), rs.getString("destination"),
				rs.getString("title"), rs.getString("body"), instant(rs.getObject("occurred_at", OffsetDateTime.class)),
				instant(rs.getObject("created_at", OffsetDateTime.class)),
				Notification.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
				instant(rs.getObject("delivered_at", OffsetDateTime.class)), rs.getString("last_problem"));
	}

}
