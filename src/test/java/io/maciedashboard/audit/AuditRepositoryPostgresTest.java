package io.maciedashboard.audit;

import io.maciedashboard.TestDatabase;

/**
 * The migrations and the audit repository on the machine's PostgreSQL (127.0.0.1:5432,
 * database {@code test}), in a schema of their own; skipped, saying so, where it does not
 * answer.
 */
class AuditRepositoryPostgresTest extends AuditRepositoryContract {

	@Override
	TestDatabase database() {
		return TestDatabase.postgres();
	}

}
