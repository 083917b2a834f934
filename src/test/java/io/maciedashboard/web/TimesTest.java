package io.maciedashboard.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {

	private final Times times = new Times();

	private final Instant instant = Instant.parse("2026-11-01T07:05:09.250Z");

	@Test
	void visibleTextIsUtcToTheMinuteAndSaysSo() {
		assertThat(this.times.utc(this.instant)).isEqualTo("1 Nov 2026, 07:05 UTC");
	}

	@Test
	void hoverTitleIsTheExactUtcInstant() {
		assertThat(this.times.utcFull(this.instant)).isEqualTo("2026-11-01 07:05:09 UTC");
	}

	@Test
	void clockIsTheUtcTimeOfDayToTheSecond() {
		assertThat(this.times.utcClock(this.instant)).isEqualTo("07:05:09 UTC");
	}

	@Test
	void machineReadableFormIsIso8601Utc() {
		assertThat(this.times.iso(this.instant)).isEqualTo("2026-11-01T07:05:09.250Z");
	}

}
