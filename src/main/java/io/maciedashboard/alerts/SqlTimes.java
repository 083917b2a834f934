package io.maciedashboard.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, as both databases take
 * them.
 */
final class SqlTimes {

	private SqlTimes() {
	}

	static OffsetDateTime timestamp(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

}
