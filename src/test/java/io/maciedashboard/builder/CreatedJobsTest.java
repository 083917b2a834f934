package io.maciedashboard.builder;

import java.io.Serializable;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.SerializationUtils;

import static org.assertj.core.api.Assertions.assertThat;

class CreatedJobsTest {

	/**
	 * As a session kept in a database: each request reads its own copy of an attribute,
	 * and only what is set again is saved.
	 */
	static final class StoredSession extends MockHttpSession {

		@Override
		public Object getAttribute(String name) {
			return copy(super.getAttribute(name));
		}

		@Override
		public void setAttribute(String name, Object value) {
			super.setAttribute(name, copy(value));
		}

		private static Object copy(Object value) {
			return (value != null) ? SerializationUtils.clone((Serializable) value) : null;
		}

	}

	@Test
	void aCreatedTokenIsRememberedByTheNextRequestWhereTheSessionIsStored() {
		var session = new StoredSession();

		assertThat(CreatedJobs.of(session).record("token-1")).isTrue();

		CreatedJobs nextRequest = CreatedJobs.of(session);
		assertThat(nextRequest.contains("token-1")).isTrue();
		assertThat(nextRequest.record("token-1")).as("a replay").isFalse();
	}

}
