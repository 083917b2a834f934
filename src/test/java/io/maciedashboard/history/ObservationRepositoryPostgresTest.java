package io.maciedashboard.history;

import io.maciedashboard.TestDatabase;

/**
 * The migration and the observation repository on the machine's PostgreSQL
 * (127.0.0.1:5432, database {@code test}), in a schema of their own; skipped, saying so,
 * where it does not answer.
 */
class ObservationRepositoryPostgresTest extends ObservationRepositoryContract {

	@Override
	TestDatabase database() {
		return TestDatabase.postgres();
	}

}
