package io.maciedashboard.audit;

import io.maciedashboard.TestDatabase;

/**
 * The migrations and the audit repository on H2 in PostgreSQL mode, as the run command
 * uses it.
 */
class AuditRepositoryH2Test extends AuditRepositoryContract {

	@Override
	TestDatabase database() {
		return TestDatabase.h2();
	}

}
