package io.maciedashboard.history;

import io.maciedashboard.TestDatabase;

/** The migration and the observation repository on H2 in PostgreSQL mode. */
class ObservationRepositoryH2Test extends ObservationRepositoryContract {

	@Override
	TestDatabase database() {
		return TestDatabase.h2();
	}

}
