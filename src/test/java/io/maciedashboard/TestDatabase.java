package io.maciedashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A migrated database for a test: H2 in memory (always), or the machine's PostgreSQL
 * (127.0.0.1:5432, trust authentication, database {@code test}) in a schema of its own
 * that is dropped on close. Where that PostgreSQL does not answer, {@link #postgres()}
 * skips the test with a message saying what is missing.
 */
public final class TestDatabase implements AutoCloseable {

	public static final String POSTGRES_URL = System.getProperty("test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	public static final String POSTGRES_USER = System.getProperty("test.postgres.user", "postgres");

	private final HikariDataSource dataSource;

	private final String schema;

	private TestDatabase(String url, String user, String schema) {
		this(url, user, null, schema);
	}

	private TestDatabase(String url, String user, String password, String schema) {
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(url);
		this.dataSource.setUsername(user);
		this.dataSource.setPassword(password);
		this.dataSource.setMaximumPoolSize(4);
		this.schema = schema;
		Flyway.configure().dataSource(this.dataSource).load().migrate();
	}

	/** A new, migrated, in-memory H2 database in PostgreSQL mode, as the tests run. */
	public static TestDatabase h2() {
		return new TestDatabase(h2Url("audit-" + UUID.randomUUID()), "sa", null);
	}

	public static String h2Url(String name) {
		return "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	/**
	 * A new, migrated schema in the machine's PostgreSQL; skips the test when it does not
	 * answer.
	 */
	public static TestDatabase postgres() {
		String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, null);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			Assumptions.abort("Skipped on PostgreSQL: no PostgreSQL answers at " + POSTGRES_URL + " as user "
					+ POSTGRES_USER + " (" + ex.getMessage() + "). Start it (.ci/run does: pg_ctlcluster) or set "
					+ "-Dtest.postgres.url; the same tests ran on H2.");
		}
		return new TestDatabase(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, schema);
	}

	/** A migrated database that a test started (a container). */
	public static TestDatabase of(String url, String user, String password) {
		return new TestDatabase(url, user, password, null);
	}

	/** The URL of a schema of PostgreSQL, for a whole application context. */
	public String url() {
		return this.dataSource.getJdbcUrl();
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void close() {
		this.dataSource.close();
		if (this.schema != null) {
			try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, null);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA " + this.schema + " CASCADE");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not drop the test schema " + this.schema, ex);
			}
		}
	}

}
