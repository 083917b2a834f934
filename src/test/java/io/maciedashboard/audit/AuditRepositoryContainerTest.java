package io.maciedashboard.audit;

import io.maciedashboard.TestDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The migrations and the audit repository on PostgreSQL 15 in a container, where a Docker
 * engine runs (skipped otherwise: {@link AuditRepositoryPostgresTest} covers the same
 * against the machine's PostgreSQL).
 */
@Testcontainers(disabledWithoutDocker = true)
class AuditRepositoryContainerTest extends AuditRepositoryContract {

	@Container
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");

	@Override
	TestDatabase database() {
		return TestDatabase.of(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
	}

}
