package io.maciedashboard.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

	private final Durations durations = new Durations();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "PT59S|less than a minute", "PT1M|1 minute", "PT5M30S|5 minutes", "PT1H|1 hour",
					"PT3H5M|3 hours 5 minutes", "PT49H|2 days 1 hour", "P2DT3H4M|2 days 3 hours", "P2DT4M|2 days",
					"P30D|30 days", "-PT3H|3 hours" })
	void wordsGiveTheTwoLargestUnits(String iso, String expected) {
		assertThat(this.durations.words(Duration.parse(iso))).isEqualTo(expected);
	}

	@Test
	void betweenTwoInstants() {
		assertThat(this.durations.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T01:30:00Z")))
			.isEqualTo("1 day 1 hour");
	}

}
