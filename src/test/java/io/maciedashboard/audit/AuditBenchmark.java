package io.maciedashboard.audit;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.TestDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test: the audit trail with 1,000,000 attempts in PostgreSQL (the machine's, at
 * 127.0.0.1:5432, database {@code test}, in a schema of its own that is dropped after).
 * Prints the audit page's server time (the whole request: security, the query, Thymeleaf;
 * median and p90) for the first page and for a filter by person, the queries' own
 * execution time in PostgreSQL, and the CSV export of every row: its time, size, and how
 * much the live heap grew while it ran (sampled after a GC every 200 ms). Goals: under 50
 * ms for each page, under 50 MB of heap growth. Run:
 * {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}
 */
public final class AuditBenchmark {

	private static final int ROWS = 1_000_000;

	private static final int WARM_UP = 30;

	private static final int MEASURED = 100;

	private AuditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String schema = "audit_benchmark_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection admin = DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER,
				null); Statement statement = admin.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			System.out.println("Audit benchmark skipped: no PostgreSQL at " + TestDatabase.POSTGRES_URL + " ("
					+ ex.getMessage() + ")");
			return;
		}
		try {
			run(TestDatabase.POSTGRES_URL + "?currentSchema=" + schema);
		}
		finally {
			try (Connection admin = DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER,
					null); Statement statement = admin.createStatement()) {
				statement.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
	}

	private static void run(String url) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(MacieDashboardApplication.class,
				"--server.port=0", "--macie.mode=emulator", "--macie.emulator.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + TestDatabase.POSTGRES_USER, "--logging.level.root=WARN",
				"--spring.main.banner-mode=off")) {
			JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
			long start = System.nanoTime();
			fill(jdbc);
			System.out.printf("%nAudit trail benchmark: %,d attempts inserted with generate_series in %.1f s%n", ROWS,
					(System.nanoTime() - start) / 1e9);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			page(mvc, "/audit", "first page (50 rows)");
			page(mvc, "/audit", "first page (50 rows), warm");
			page(mvc, "/audit?person=user-7", "filter by person, a frequent one (50,000 rows)");
			page(mvc, "/audit?person=rare@example.com", "filter by person, a rare one (100 rows)");
			page(mvc, "/audit?person=user-7&before=500000", "filter by person, a page deep in the trail");
			page(mvc, "/audit?job=job-7", "filter by job (2,000 rows)");
			explain(jdbc, "SELECT a.id FROM audit_attempt a LEFT JOIN audit_outcome o ON o.attempt_id = a.id "
					+ "ORDER BY a.id DESC LIMIT 51", "first page");
			explain(jdbc,
					"SELECT a.id FROM audit_attempt a LEFT JOIN audit_outcome o ON o.attempt_id = a.id "
							+ "WHERE (a.subject = 'rare' OR a.email = 'rare' OR a.display_name = 'rare') "
							+ "ORDER BY a.id DESC LIMIT 51",
					"rare person");
			query(context.getBean(AuditRepository.class), AuditQuery.everything(), "first page");
			query(context.getBean(AuditRepository.class),
					new AuditQuery("rare@example.com", null, null, null, null, null, null, null), "rare person");
			export(context.getBean(AuditRepository.class));
		}
	}

	private static void fill(JdbcClient jdbc) {
		jdbc.sql(
				"""
						INSERT INTO audit_attempt (at, subject, display_name, email, member_of, region, account, job_id, job_name,
							action, client_address, request_id)
						SELECT TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + g * INTERVAL '30 seconds',
							CASE WHEN g % 10000 = 0 THEN 'rare' ELSE 'user-' || (g % 20) END,
							CASE WHEN g % 10000 = 0 THEN 'Rare Person' ELSE 'User ' || (g % 20) END,
							CASE WHEN g % 10000 = 0 THEN 'rare@example.com' ELSE 'user' || (g % 20) || '@example.com' END,
							'macie-operators', 'us-east-1', '111122223333', 'job-' || (g % 500), 'Job number ' || (g % 500),
							(ARRAY['PAUSE', 'RESUME', 'CANCEL', 'CREATE'])[1 + g % 4], '10.0.0.' || (g % 250), 'req-' || g
						FROM generate_series(1, :rows) AS g
						""")
			.param("rows", ROWS)
			.update();
		jdbc.sql("""
				INSERT INTO audit_outcome (attempt_id, at, outcome, message)
				SELECT id, at + INTERVAL '1 second', CASE WHEN id % 10 = 0 THEN 'REFUSED' ELSE 'DONE' END,
					CASE WHEN id % 10 = 0 THEN 'The job is complete, so it cannot be paused.' END
				FROM audit_attempt WHERE id % 100 <> 0
				""").update();
		jdbc.sql("ANALYZE audit_attempt").update();
		jdbc.sql("ANALYZE audit_outcome").update();
	}

	private static void page(MockMvc mvc, String url, String what) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			render(mvc, url);
		}
		double[] millis = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			render(mvc, url);
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		System.out.printf("  %-50s median %6.1f ms, p90 %6.1f ms server time (goal < 50 ms)%n", what,
				millis[MEASURED / 2], millis[MEASURED * 9 / 10]);
	}

	private static void render(MockMvc mvc, String url) throws Exception {
		int status = mvc.perform(get(url).with(oidcLogin().authorities(() -> "ROLE_AUDITOR")))
			.andReturn()
			.getResponse()
			.getStatus();
		if (status != 200) {
			throw new IllegalStateException("GET " + url + " answered " + status);
		}
	}

	private static void query(AuditRepository repository, AuditQuery query, String what) {
		double[] millis = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			repository.find(query, AuditController.PAGE_SIZE + 1);
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		System.out.printf("  repository alone, %-33s median %6.1f ms, p90 %6.1f ms%n", what + ":", millis[MEASURED / 2],
				millis[MEASURED * 9 / 10]);
	}

	private static void explain(JdbcClient jdbc, String sql, String what) {
		String time = jdbc.sql("EXPLAIN (ANALYZE, FORMAT TEXT) " + sql)
			.query(String.class)
			.list()
			.stream()
			.filter((line) -> line.startsWith("Execution Time"))
			.findFirst()
			.orElse("?");
		System.out.printf("  query alone, %-38s %s%n", what + ":", time);
	}

	private static void export(AuditRepository repository) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				System.gc();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		CountingStream out = new CountingStream();
		long start = System.nanoTime();
		sampler.start();
		new AuditController(repository, null).export(new AuditFilters(null, null, null, null, null, null, null, null))
			.getBody()
			.writeTo(out);
		running.set(false);
		sampler.join();
		System.out.printf(
				"  CSV export of all %,d rows: %.1f s, %,d MB written, %,d lines; live heap grew by %.1f MB "
						+ "(goal < 50 MB)%n",
				ROWS, (System.nanoTime() - start) / 1e9, out.bytes / 1_000_000, out.lines,
				(peak.get() - baseline) / 1_000_000.0);
	}

	/** Counts what the export writes, and keeps none of it. */
	private static final class CountingStream extends OutputStream {

		long bytes;

		long lines;

		@Override
		public void write(int b) {
			this.bytes++;
			if (b == '\n') {
				this.lines++;
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
			for (int i = off; i < off + len; i++) {
				if (b[i] == '\n') {
					this.lines++;
				}
			}
		}

	}

}
