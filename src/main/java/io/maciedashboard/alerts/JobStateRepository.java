package io.maciedashboard.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.maciedashboard.macie.JobStatus;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.maciedashboard.alerts.SqlTimes.instant;
import static io.maciedashboard.alerts.SqlTimes.timestamp;

/** The table {@code alert_job_state}: what the sweep last saw of each job. */
@Repository
class JobStateRepository {

	private static final String COLUMNS = "account, region, job_id, job_name, status, one_time, last_run_failed, "
			+ "expires_at, last_expiry, version, seen_at";

	private final JdbcClient jdbc;

	JobStateRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	Optional<JobState> find(String account, String region, String jobId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alert_job_state WHERE account = :account AND region = :region "
					+ "AND job_id = :jobId")
			.param("account", account)
			.param("region", region)
			.param("jobId", jobId)
			.query(JobStateRepository::state)
			.optional();
	}

	/**
	 * Stores {@code now} in place of {@code earlier}, unless someone else stored another
	 * state meanwhile (then answers false and stores nothing): of two sweeps that saw the
	 * same change, one tells people about it.
	 */
	boolean replace(JobState earlier, JobState now) {
		if (earlier == null) {
			try {
				return this.jdbc
					.sql("INSERT INTO alert_job_state (" + COLUMNS + ") VALUES (:account, :region, "
							+ ":jobId, :name, :status, :oneTime, :failed, :expiresAt, :expiresAt, :version, :seenAt)")
					.params(params(now))
					.update() == 1;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return this.jdbc
			.sql("UPDATE alert_job_state SET job_name = :name, status = :status, one_time = :oneTime, "
					+ "last_run_failed = :failed, expires_at = :expiresAt, "
					+ "last_expiry = COALESCE(:expiresAt, last_expiry), version = :version, seen_at = :seenAt "
					+ "WHERE account = :account AND region = :region AND job_id = :jobId AND version = :earlierVersion")
			.params(params(now))
			.param("earlierVersion", earlier.version())
			.update() == 1;
	}

	/**
	 * The jobs of these keys ("account/region/jobId") that have had a pause expiry, for
	 * the calendar feed; {@code everyJob}: all of them.
	 */
	List<CalendarJob> withExpiry(Collection<String> keys, boolean everyJob) {
		if (!everyJob && keys.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM alert_job_state WHERE last_expiry IS NOT NULL"
					+ (everyJob ? "" : " AND (account || '/' || region || '/' || job_id) IN (:keys)")
					+ " ORDER BY last_expiry")
			.params(everyJob ? Map.of() : Map.of("keys", keys))
			.query((rs, row) -> new CalendarJob(state(rs, row),
					instant(rs.getObject("last_expiry", OffsetDateTime.class))))
			.list();
	}

	private static Map<String, Object> params(JobState state) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", state.account());
		params.put("region", state.region());
		params.put("jobId", state.jobId());
		params.put("name", state.name());
		params.put("status", state.status().name());
		params.put("oneTime", state.oneTime());
		params.put("failed", state.lastRunFailed());
		params.put("expiresAt", timestamp(state.expiresAt()));
		params.put("version", state.version());
		params.put("seenAt", timestamp(state.seenAt()));
		return params;
	}

	private static JobState state(ResultSet rs, int row) throws SQLException {
		return new JobState(rs.getString("account"), rs.getString("region"), rs.getString("job_id"),
				rs.getString("job_name"), JobStatus.valueOf(rs.getString("status")), rs.getBoolean("one_time"),
				rs.getBoolean("last_run_failed"), instant(rs.getObject("expires_at", OffsetDateTime.class)),
				rs.getLong("version"), instant(rs.getObject("seen_at", OffsetDateTime.class)));
	}

	/**
	 * A job for the calendar: its state and the last pause expiry seen (the event's time,
	 * cancelled when the job is no longer paused).
	 */
	record CalendarJob(JobState state, Instant lastExpiry) {

		boolean stillPaused() {
			return this.state.status() == JobStatus.USER_PAUSED && this.state.expiresAt() != null;
		}

	}

}
