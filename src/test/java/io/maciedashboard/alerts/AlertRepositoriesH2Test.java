package io.maciedashboard.alerts;

import io.maciedashboard.TestDatabase;

/** The alerts' migration and repositories on H2 in PostgreSQL mode. */
class AlertRepositoriesH2Test extends AlertRepositoriesContract {

	@Override
	TestDatabase database() {
		return TestDatabase.h2();
	}

}
