package io.maciedashboard.alerts;

import io.maciedashboard.TestDatabase;

/**
 * The alerts' migration and repositories on the machine's PostgreSQL (skipped, saying so,
 * where it does not answer).
 */
class AlertRepositoriesPostgresTest extends AlertRepositoriesContract {

	@Override
	TestDatabase database() {
		return TestDatabase.postgres();
	}

}
