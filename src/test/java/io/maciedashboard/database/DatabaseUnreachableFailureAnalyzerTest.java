package io.maciedashboard.database;

import io.maciedashboard.MacieDashboardApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database that cannot be reached at start-up stops the dashboard with a message that
 * names the property to check.
 */
class DatabaseUnreachableFailureAnalyzerTest {

	private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:9/dashboard?connectTimeout=2";

	@Test
	void anUnreachablePostgresqlStopsTheStartWithTheUrlAndThePropertyToCheck() {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(MacieDashboardApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + NOWHERE, "--spring.datasource.username=dashboard"));

		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(
				new MockEnvironment().withProperty("spring.datasource.url", NOWHERE))
			.analyze(failure);

		assertThat(analysis).as("analysed: " + failure).isNotNull();
		assertThat(analysis.getDescription()).startsWith("The dashboard could not reach its database at " + NOWHERE);
		assertThat(analysis.getAction()).contains("spring.datasource.url", "SPRING_DATASOURCE_URL");
	}

	@Test
	void otherFailuresAreLeftToOtherAnalyzers() {
		assertThat(new DatabaseUnreachableFailureAnalyzer(new MockEnvironment())
			.analyze(new IllegalStateException("something else"))).isNull();
	}

}
