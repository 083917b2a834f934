package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.maciedashboard.alerts.SqlTimes.timestamp;

/**
 * The tables {@code alert_person} (a person's channels) and {@code alert_watch} (what
 * they watch: one job, or every job as {@value #EVERY_JOB}).
 */
@Repository
class SubscriptionRepository {

	static final String EVERY_JOB = "*";

	private static final String PERSON = "SELECT subject, display_name, email, email_enabled, "
			+ "calendar_token_hash IS NOT NULL AS calendar FROM alert_person";

	private final JdbcClient jdbc;

	SubscriptionRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	Optional<PersonChannels> person(String subject) {
		return this.jdbc.sql(PERSON + " WHERE subject = :subject")
			.param("subject", subject)
			.query(SubscriptionRepository::person)
			.optional();
	}

	/**
	 * Stores the person's name, address and choice of e-mail (keeping their calendar).
	 */
	void savePerson(PersonChannels person, Instant at) {
		int updated = this.jdbc
			.sql("UPDATE alert_person SET display_name = :name, email = :email, email_enabled = :enabled, "
					+ "updated_at = :at WHERE subject = :subject")
			.param("subject", person.subject())
			.param("name", person.name())
			.param("email", person.email())
			.param("enabled", person.emailEnabled())
			.param("at", timestamp(at))
			.update();
		if (updated == 0) {
			try {
				this.jdbc
					.sql("INSERT INTO alert_person (subject, display_name, email, email_enabled, updated_at) "
							+ "VALUES (:subject, :name, :email, :enabled, :at)")
					.param("subject", person.subject())
					.param("name", person.name())
					.param("email", person.email())
					.param("enabled", person.emailEnabled())
					.param("at", timestamp(at))
					.update();
			}
			catch (DuplicateKeyException ex) {
				savePerson(person, at); // stored meanwhile by another request: update it
			}
		}
	}

	/**
	 * Watches the job ("account/region/jobId", or {@value #EVERY_JOB}); the person must
	 * exist.
	 */
	void watch(String subject, String jobKey, Instant at) {
		try {
			this.jdbc.sql("INSERT INTO alert_watch (subject, job_key, created_at) VALUES (:subject, :key, :at)")
				.param("subject", subject)
				.param("key", jobKey)
				.param("at", timestamp(at))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// already watched
		}
	}

	void unwatch(String subject, String jobKey) {
		this.jdbc.sql("DELETE FROM alert_watch WHERE subject = :subject AND job_key = :key")
			.param("subject", subject)
			.param("key", jobKey)
			.update();
	}

	/** The keys the person watches. */
	List<String> watched(String subject) {
		return this.jdbc.sql("SELECT job_key FROM alert_watch WHERE subject = :subject ORDER BY job_key")
			.param("subject", subject)
			.query(String.class)
			.list();
	}

	boolean watches(String subject, String jobKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alert_watch WHERE subject = :subject AND job_key = :key")
			.param("subject", subject)
			.param("key", jobKey)
			.query(Integer.class)
			.single() > 0;
	}

	/** Who watches the job, alone ({@code onlyThisJob}) or with every job. */
	List<Watcher> watchersOf(String jobKey) {
		return this.jdbc
			.sql("SELECT p.subject, p.display_name, p.email, p.email_enabled, p.calendar_token_hash IS NOT NULL "
					+ "AS calendar, MAX(CASE WHEN w.job_key = :key THEN 1 ELSE 0 END) AS this_job "
					+ "FROM alert_person p JOIN alert_watch w ON w.subject = p.subject "
					+ "WHERE w.job_key IN (:key, '*') GROUP BY p.subject, p.display_name, p.email, "
					+ "p.email_enabled, p.calendar_token_hash ORDER BY p.subject")
			.param("key", jobKey)
			.query((rs, row) -> new Watcher(person(rs, row), rs.getInt("this_job") == 1))
			.list();
	}

	/**
	 * Gives the person a calendar feed of this token's hash (null: none, revoking it).
	 */
	void calendarToken(String subject, String tokenHash) {
		this.jdbc.sql("UPDATE alert_person SET calendar_token_hash = :hash WHERE subject = :subject")
			.param("subject", subject)
			.param("hash", tokenHash)
			.update();
	}

	/** The person whose calendar feed has this token's hash. */
	Optional<PersonChannels> byCalendarToken(String tokenHash) {
		return this.jdbc.sql(PERSON + " WHERE calendar_token_hash = :hash")
			.param("hash", tokenHash)
			.query(SubscriptionRepository::person)
			.optional();
	}

	private static PersonChannels person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PersonChannels(rs.getString("subject"), rs.getString("display_name"), rs.getString("email"),
				rs.getBoolean("email_enabled"), rs.getBoolean("calendar"));
	}

	/**
	 * A person watching a job.
	 *
	 * @param thisJob whether they watch it by name (they hear of every change), not only
	 * as one of every job
	 */
	record Watcher(PersonChannels person, boolean thisJob) {
	}

}
