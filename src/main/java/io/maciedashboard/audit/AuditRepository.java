package io.maciedashboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit tables, through {@link JdbcClient}: rows are only ever inserted (the
 * retention task alone deletes old ones). The SQL is what PostgreSQL and H2 (in
 * PostgreSQL mode) both accept. Lists are newest first, paged by id (a keyset), so a page
 * deep in a million rows costs what the first does.
 */
@Repository
public class AuditRepository {

	/**
	 * Rows fetched at a time while exporting: memory stays flat however many there are.
	 */
	static final int EXPORT_FETCH_SIZE = 500;

	private static final String SELECT = """
			SELECT a.id, a.at, a.subject, a.display_name, a.email, a.member_of,
				COALESCE(a.region, o.region) AS region, COALESCE(a.account, o.account) AS account,
				COALESCE(a.job_id, o.job_id) AS job_id, COALESCE(o.job_name, a.job_name) AS job_name,
				a.action, a.request_json, a.client_address, a.request_id, o.outcome, o.message, o.at AS outcome_at
			FROM audit_attempt a LEFT JOIN audit_outcome o ON o.attempt_id = a.id
			""";

	private static final List<String> PERSON_COLUMNS = List.of("a.subject", "a.email", "a.display_name");

	private static final List<String> JOB_COLUMNS = List.of("a.job_id", "o.job_id");

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final TransactionTemplate readOnly;

	AuditRepository(DataSource dataSource, TransactionTemplate transactions) {
		this.jdbc = JdbcClient.create(dataSource);
		JdbcTemplate fetching = new JdbcTemplate(dataSource);
		fetching.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = JdbcClient.create(fetching);
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	public long insertAttempt(Instant at, AttemptRow row) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO audit_attempt (at, subject, display_name, email, member_of, region, account, job_id,
					job_name, action, request_json, client_address, request_id)
				VALUES (:at, :subject, :displayName, :email, :memberOf, :region, :account, :jobId, :jobName, :action,
					:requestJson, :clientAddress, :requestId)
				""")
			.param("at", timestamp(at))
			.param("subject", row.subject())
			.param("displayName", row.displayName())
			.param("email", row.email())
			.param("memberOf", String.join("\n", row.groups()))
			.param("region", row.job().region())
			.param("account", row.job().account())
			.param("jobId", row.job().jobId())
			.param("jobName", row.job().name())
			.param("action", row.action().name())
			.param("requestJson", row.requestJson())
			.param("clientAddress", row.clientAddress())
			.param("requestId", row.requestId())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public void insertOutcome(long attemptId, Instant at, Outcome outcome, String message, JobRef job) {
		this.jdbc.sql("""
				INSERT INTO audit_outcome (attempt_id, at, outcome, message, job_id, job_name, region, account)
				VALUES (:attemptId, :at, :outcome, :message, :jobId, :jobName, :region, :account)
				""")
			.param("attemptId", attemptId)
			.param("at", timestamp(at))
			.param("outcome", outcome.name())
			.param("message", message)
			.param("jobId", (job != null) ? job.jobId() : null)
			.param("jobName", (job != null) ? job.name() : null)
			.param("region", (job != null) ? job.region() : null)
			.param("account", (job != null) ? job.account() : null)
			.update();
	}

	/**
	 * At most {@code limit} attempts matching the query, newest first. A person (named by
	 * subject, e-mail or display name) or a job (the attempt's, or the one a create made)
	 * matches in one of several columns: each is read through its own index, newest
	 * first, and the branches are merged. Each branch is ordered by its column too, so
	 * that even PostgreSQL's generic plan for a prepared statement takes that index; one
	 * query with OR would walk the whole trail backwards looking for a rare person's
	 * rows.
	 */
	public List<AuditEntry> find(AuditQuery query, int limit) {
		List<String> keys = (query.person() != null) ? PERSON_COLUMNS : (query.job() != null) ? JOB_COLUMNS : List.of();
		if (keys.isEmpty()) {
			Where where = where(query, null, null);
			return this.jdbc.sql(SELECT + where.sql() + " ORDER BY a.id DESC LIMIT " + limit)
				.params(where.params())
				.query(AuditRepository::entry)
				.list();
		}
		List<String> branches = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		for (String column : keys) {
			Where where = (query.person() != null) ? where(query, column + " = :person", null)
					: where(query, null, column + " = :job");
			branches.add("(" + SELECT + where.sql() + " ORDER BY " + column + " DESC, a.id DESC LIMIT " + limit + ")");
			params.putAll(where.params());
		}
		return this.jdbc
			.sql("SELECT * FROM (" + String.join(" UNION ", branches) + ") AS matched ORDER BY id DESC LIMIT " + limit)
			.params(params)
			.query(AuditRepository::entry)
			.list();
	}

	/**
	 * Hands every attempt matching the query, newest first, to {@code each} while the
	 * rows are read: none are held.
	 */
	public void stream(AuditQuery query, Consumer<AuditEntry> each) {
		Where where = where(query, null, null);
		// PostgreSQL's driver fetches in portions only inside a transaction
		this.readOnly.executeWithoutResult((status) -> this.streaming.sql(SELECT + where.sql() + " ORDER BY a.id DESC")
			.params(where.params())
			.query((ResultSet rs) -> each.accept(entry(rs, 0))));
	}

	/** Deletes the attempts (and their outcomes) from before {@code cutoff}. */
	public int deleteBefore(Instant cutoff) {
		this.jdbc.sql("DELETE FROM audit_outcome WHERE attempt_id IN (SELECT id FROM audit_attempt WHERE at < :cutoff)")
			.param("cutoff", timestamp(cutoff))
			.update();
		return this.jdbc.sql("DELETE FROM audit_attempt WHERE at < :cutoff")
			.param("cutoff", timestamp(cutoff))
			.update();
	}

	/**
	 * The query's conditions, a person and a job as {@code personCondition} and
	 * {@code jobCondition} say (null: matched in any of their columns).
	 */
	private static Where where(AuditQuery query, String personCondition, String jobCondition) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.person() != null) {
			conditions.add((personCondition != null) ? personCondition
					: "(a.subject = :person OR a.email = :person OR a.display_name = :person)");
			params.put("person", query.person());
		}
		if (query.action() != null) {
			conditions.add("a.action = :action");
			params.put("action", query.action().name());
		}
		if (query.outcome() == Outcome.UNKNOWN) {
			conditions.add("(o.outcome = 'UNKNOWN' OR o.attempt_id IS NULL)");
		}
		else if (query.outcome() != null) {
			conditions.add("o.outcome = :outcome");
			params.put("outcome", query.outcome().name());
		}
		if (query.job() != null) {
			conditions.add((jobCondition != null) ? jobCondition : "(a.job_id = :job OR o.job_id = :job)");
			params.put("job", query.job());
		}
		if (query.place() != null && query.place().contains("/")) {
			// a configured place's key: account/region
			String[] key = query.place().split("/", 2);
			conditions.add(
					"((a.account = :account AND a.region = :region) OR (o.account = :account AND o.region = :region))");
			params.put("account", key[0]);
			params.put("region", key[1]);
		}
		else if (query.place() != null) {
			conditions.add("(a.region = :place OR a.account = :place OR o.region = :place OR o.account = :place)");
			params.put("place", query.place());
		}
		if (query.from() != null) {
			conditions.add("a.at >= :from");
			params.put("from", startOf(query.from()));
		}
		if (query.to() != null) {
			conditions.add("a.at < :to");
			params.put("to", startOf(query.to().plusDays(1)));
		}
		if (query.before() != null) {
			conditions.add("a.id < :before");
			params.put("before", query.before());
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	private static OffsetDateTime timestamp(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		String groups = rs.getString("member_of");
		String outcome = rs.getString("outcome");
		return new AuditEntry(rs.getLong("id"), instant(rs, "at"), rs.getString("subject"),
				rs.getString("display_name"), rs.getString("email"),
				(groups == null || groups.isEmpty()) ? List.of() : Arrays.asList(groups.split("\n")),
				rs.getString("region"), rs.getString("account"), rs.getString("job_id"), rs.getString("job_name"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("request_json"),
				(outcome != null) ? Outcome.valueOf(outcome) : null, rs.getString("message"), instant(rs, "outcome_at"),
				rs.getString("client_address"), rs.getString("request_id"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** What an attempt row holds besides its time. */
	public record AttemptRow(String subject, String displayName, String email, List<String> groups, JobRef job,
			AuditAction action, String requestJson, String clientAddress, String requestId) {
	}

}
