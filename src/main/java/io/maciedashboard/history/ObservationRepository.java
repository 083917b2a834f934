package io.maciedashboard.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code job_observation}, through {@link JdbcClient}: SQL that PostgreSQL and
 * H2 (in PostgreSQL mode) both accept. A job is named by its place and id.
 */
@Repository
public class ObservationRepository {

	private static final String COLUMNS = "observed_at, status, number_of_runs, objects_to_process, last_run_time, last_run_failed";

	private static final String OF_JOB = " FROM job_observation WHERE job_id = :jobId AND account = :account AND region = :region";

	private final JdbcClient jdbc;

	ObservationRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * @param milestone whether the job's status, run or errors changed (not only the
	 * objects still to process): what the run timeline shows
	 */
	public void insert(Place place, String jobId, Observation observation, boolean milestone) {
		this.jdbc.sql("INSERT INTO job_observation (account, region, job_id, milestone, " + COLUMNS
				+ ") VALUES (:account, :region, :jobId, :milestone, :at, :status, :runs, :objects, :lastRunTime, :failed)")
			.param("account", place.accountId())
			.param("region", place.region())
			.param("jobId", jobId)
			.param("milestone", milestone)
			.param("at", timestamp(observation.at()))
			.param("status", observation.status().name())
			.param("runs", observation.numberOfRuns())
			.param("objects", observation.objectsToProcess())
			.param("lastRunTime", timestamp(observation.lastRunTime()))
			.param("failed", observation.lastRunFailed())
			.update();
	}

	/** The job's newest observation, if any. */
	public Optional<Observation> latest(Place place, String jobId) {
		List<Observation> newest = newestFirst(place, jobId, "", 1);
		return newest.isEmpty() ? Optional.empty() : Optional.of(newest.get(0));
	}

	/** The job's newest {@code limit} observations, oldest first. */
	public List<Observation> recent(Place place, String jobId, int limit) {
		return oldestFirst(place, jobId, "", limit);
	}

	/** The job's newest {@code limit} milestones, oldest first. */
	public List<Observation> milestones(Place place, String jobId, int limit) {
		return oldestFirst(place, jobId, " AND milestone = TRUE", limit);
	}

	/** Deletes the observations from before {@code cutoff}; answers how many. */
	public int deleteBefore(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM job_observation WHERE observed_at < :cutoff")
			.param("cutoff", timestamp(cutoff))
			.update();
	}

	private List<Observation> oldestFirst(Place place, String jobId, String condition, int limit) {
		List<Observation> rows = new ArrayList<>(newestFirst(place, jobId, condition, limit));
		Collections.reverse(rows);
		return rows;
	}

	private List<Observation> newestFirst(Place place, String jobId, String condition, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + OF_JOB + condition + " ORDER BY observed_at DESC, id DESC LIMIT "
					+ Math.max(1, limit))
			.param("jobId", jobId)
			.param("account", place.accountId())
			.param("region", place.region())
			.query(ObservationRepository::observation)
			.list();
	}

	private static Observation observation(ResultSet rs, int row) throws SQLException {
		return new Observation(instant(rs, "observed_at"), JobStatus.valueOf(rs.getString("status")),
				rs.getLong("number_of_runs"), rs.getObject("objects_to_process", Long.class),
				instant(rs, "last_run_time"), rs.getBoolean("last_run_failed"));
	}

	private static OffsetDateTime timestamp(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
