package io.maciedashboard.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * When the dashboard cannot reach its database at start-up (Flyway migrates it before
 * anything else), it stops with a message that names the database and the properties to
 * check, instead of a stack trace.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		SQLException cause = connectionFailure(failure);
		if (cause == null) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url", "(not set)");
		return new FailureAnalysis("The dashboard could not reach its database at " + url + ": " + cause.getMessage(),
				"Check spring.datasource.url (environment variable SPRING_DATASOURCE_URL), spring.datasource.username "
						+ "and spring.datasource.password, and that the database is running and reachable. Leave "
						+ "spring.datasource.url unset to use the embedded H2 database under dashboard.data-dir.",
				failure);
	}

	private static SQLException connectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return (SQLException) cause;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
