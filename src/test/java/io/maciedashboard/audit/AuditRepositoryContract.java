package io.maciedashboard.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.maciedashboard.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations and the audit repository, the same on each database: subclasses say
 * which ({@link AuditRepositoryH2Test} always; {@link AuditRepositoryPostgresTest} on the
 * machine's PostgreSQL; {@link AuditRepositoryContainerTest} where Docker runs).
 */
abstract class AuditRepositoryContract {

	static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	static final String REGION = "eu-west-1";

	static final String ACCOUNT = "444455556666";

	TestDatabase database;

	AuditRepository repository;

	abstract TestDatabase database();

	@BeforeEach
	void migrate() {
		this.database = database();
		this.repository = new AuditRepository(this.database.dataSource(),
				new TransactionTemplate(new DataSourceTransactionManager(this.database.dataSource())));
	}

	@AfterEach
	void drop() {
		this.database.close();
	}

	@Test
	void theMigrationsMakeTheSessionAuditAndLockTables() {
		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		for (String table : List.of("spring_session", "spring_session_attributes", "audit_attempt", "audit_outcome",
				"shedlock")) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
		}
	}

	@Test
	void anAttemptAndItsOutcomeReadAsOneEntryWithEverythingKept() {
		String json = "{\n  \"name\" : \"Scan ünïcödé ✓\",\n  \"clientToken\" : \"abc\"\n}";
		long id = this.repository.insertAttempt(T0, row("otto", "Otto Operator", "otto@example.com",
				new JobRef(null, "Scan ünïcödé ✓", null, null), AuditAction.CREATE, json));
		this.repository.insertOutcome(id, T0.plusSeconds(2), Outcome.DONE, null,
				new JobRef("job1", "Scan ünïcödé ✓", REGION, ACCOUNT));

		AuditEntry entry = this.repository.find(AuditQuery.everything(), 10).get(0);

		assertThat(entry.id()).isEqualTo(id);
		assertThat(entry.at()).isEqualTo(T0);
		assertThat(entry.outcomeAt()).isEqualTo(T0.plusSeconds(2));
		assertThat(entry.subject()).isEqualTo("otto");
		assertThat(entry.displayName()).isEqualTo("Otto Operator");
		assertThat(entry.email()).isEqualTo("otto@example.com");
		assertThat(entry.groups()).containsExactly("macie-operators", "staff");
		assertThat(entry.jobId()).isEqualTo("job1");
		assertThat(entry.jobName()).isEqualTo("Scan ünïcödé ✓");
		assertThat(entry.region()).isEqualTo("eu-west-1");
		assertThat(entry.account()).isEqualTo("444455556666");
		assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
		assertThat(entry.requestJson()).isEqualTo(json);
		assertThat(entry.outcome()).isEqualTo(Outcome.DONE);
		assertThat(entry.clientAddress()).isEqualTo("10.0.0.7");
		assertThat(entry.requestId()).isEqualTo("req-1");
	}

	@Test
	void anAttemptWithoutAnOutcomeCountsAsUnknown() {
		long done = pause("otto", "job1", T0, Outcome.DONE, null);
		long lost = this.repository.insertAttempt(T0.plusSeconds(60),
				row("otto", "Otto Operator", null, job("job1"), AuditAction.CANCEL, null));
		long unknown = pause("otto", "job1", T0.plusSeconds(120), Outcome.UNKNOWN, "Macie did not answer.");

		assertThat(ids(query(null, null, Outcome.UNKNOWN, null, null))).containsExactly(unknown, lost);
		assertThat(ids(query(null, null, Outcome.DONE, null, null))).containsExactly(done);
		assertThat(this.repository.find(AuditQuery.everything(), 10).get(1).outcome()).isNull();
	}

	@Test
	void filtersCombineAndEachNarrows() {
		long a = pause("otto", "job1", T0, Outcome.DONE, null);
		long b = pause("rita", "job2", T0.plusSeconds(86_400), Outcome.REFUSED, "The job is complete.");
		long c = this.repository.insertAttempt(T0.plusSeconds(2 * 86_400),
				row("otto", "Otto Operator", "otto@example.com", job("job2"), AuditAction.CANCEL, null));
		this.repository.insertOutcome(c, T0.plusSeconds(2 * 86_400), Outcome.DONE, null, null);

		assertThat(ids(AuditQuery.everything())).containsExactly(c, b, a);
		assertThat(ids(query("otto", null, null, null, null))).containsExactly(c, a);
		assertThat(ids(query("otto@example.com", null, null, null, null))).containsExactly(c, a);
		assertThat(ids(query("Otto Operator", null, null, null, null))).containsExactly(c, a);
		assertThat(ids(query(null, AuditAction.PAUSE, null, null, null))).containsExactly(b, a);
		assertThat(ids(query(null, null, Outcome.REFUSED, null, null))).containsExactly(b);
		assertThat(ids(query(null, null, null, "job2", null))).containsExactly(c, b);
		assertThat(ids(query("otto", AuditAction.CANCEL, Outcome.DONE, "job2", null))).containsExactly(c);
		assertThat(ids(query(null, null, null, null, "eu-west-1"))).containsExactly(c, b, a);
		assertThat(ids(query(null, null, null, null, "444455556666"))).containsExactly(c, b, a);
		assertThat(ids(query(null, null, null, null, "us-east-1"))).isEmpty();
		// a configured place: that account in that region
		assertThat(ids(query(null, null, null, null, "444455556666/eu-west-1"))).containsExactly(c, b, a);
		assertThat(ids(query(null, null, null, null, "444455556666/us-east-1"))).isEmpty();
		assertThat(ids(query(null, null, null, null, "111122223333/eu-west-1"))).isEmpty();
		LocalDate day0 = LocalDate.of(2026, 11, 20);
		assertThat(ids(new AuditQuery(null, null, null, null, null, day0.plusDays(1), null, null))).containsExactly(c,
				b);
		assertThat(ids(new AuditQuery(null, null, null, null, null, day0, day0.plusDays(1), null))).containsExactly(b,
				a);
		assertThat(ids(AuditQuery.everything().olderThan(c))).containsExactly(b, a);
	}

	@Test
	void aPersonMatchingBySeveralNamesIsListedOnceAndPagesStayInOrder() {
		long a = this.repository.insertAttempt(T0, row("sam", "sam", "sam", job("job1"), AuditAction.PAUSE, null));
		long b = this.repository.insertAttempt(T0, row("other", "sam", null, job("job1"), AuditAction.PAUSE, null));
		long c = this.repository.insertAttempt(T0, row("sam", "Sam S", null, job("job1"), AuditAction.RESUME, null));

		assertThat(ids(query("sam", null, null, null, null))).containsExactly(c, b, a);
		assertThat(this.repository.find(query("sam", null, null, null, null), 2)).extracting(AuditEntry::id)
			.containsExactly(c, b);
		assertThat(ids(query("sam", AuditAction.PAUSE, null, null, null).olderThan(b))).containsExactly(a);
	}

	@Test
	void aCreatesJobIsFoundByTheIdMacieGaveIt() {
		long id = this.repository.insertAttempt(T0,
				row("otto", "Otto Operator", null, new JobRef(null, "New", null, null), AuditAction.CREATE, "{}"));
		this.repository.insertOutcome(id, T0, Outcome.DONE, null, new JobRef("job9", "New", REGION, ACCOUNT));

		assertThat(ids(query(null, null, null, "job9", null))).containsExactly(id);
	}

	@Test
	void pagesFollowEachOtherByIdWithoutGapsOrRepeats() {
		List<Long> all = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			all.add(0, pause("otto", "job1", T0.plusSeconds(i), Outcome.DONE, null));
		}
		List<Long> seen = new ArrayList<>();
		AuditQuery query = AuditQuery.everything();
		while (true) {
			List<AuditEntry> page = this.repository.find(query, 10);
			page.forEach((entry) -> seen.add(entry.id()));
			if (page.size() < 10) {
				break;
			}
			query = query.olderThan(page.get(page.size() - 1).id());
		}
		assertThat(seen).isEqualTo(all);
	}

	@Test
	void streamingHandsEveryMatchingEntryNewestFirst() {
		long a = pause("otto", "job1", T0, Outcome.DONE, null);
		pause("rita", "job1", T0.plusSeconds(1), Outcome.DONE, null);
		long c = pause("otto", "job1", T0.plusSeconds(2), Outcome.DONE, null);
		List<Long> streamed = new ArrayList<>();

		this.repository.stream(query("otto", null, null, null, null), (entry) -> streamed.add(entry.id()));

		assertThat(streamed).containsExactly(c, a);
	}

	@Test
	void deletingBeforeACutoffTakesAttemptsAndTheirOutcomes() {
		pause("otto", "job1", T0, Outcome.DONE, null);
		long kept = pause("otto", "job1", T0.plusSeconds(3600), Outcome.DONE, null);

		assertThat(this.repository.deleteBefore(T0.plusSeconds(60))).isEqualTo(1);

		assertThat(ids(AuditQuery.everything())).containsExactly(kept);
		assertThat(JdbcClient.create(this.database.dataSource())
			.sql("SELECT COUNT(*) FROM audit_outcome")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long pause(String subject, String jobId, Instant at, Outcome outcome, String message) {
		String name = subject.equals("otto") ? "Otto Operator" : "Rita Reviewer";
		long id = this.repository.insertAttempt(at,
				row(subject, name, subject + "@example.com", job(jobId), AuditAction.PAUSE, null));
		this.repository.insertOutcome(id, at.plusMillis(300), outcome, message, null);
		return id;
	}

	private static JobRef job(String jobId) {
		return new JobRef(jobId, "Job " + jobId, REGION, ACCOUNT);
	}

	private static AuditRepository.AttemptRow row(String subject, String name, String email, JobRef job,
			AuditAction action, String json) {
		return new AuditRepository.AttemptRow(subject, name, email, List.of("macie-operators", "staff"), job, action,
				json, "10.0.0.7", "req-1");
	}

	private static AuditQuery query(String person, AuditAction action, Outcome outcome, String job, String place) {
		return new AuditQuery(person, action, outcome, job, place, null, null, null);
	}

	private List<Long> ids(AuditQuery query) {
		return this.repository.find(query, 100).stream().map(AuditEntry::id).toList();
	}

}
