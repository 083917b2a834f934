package io.maciedashboard.macie;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class MacieHealthIndicatorTest {

	private final MacieJobs macieJobs = mock(MacieJobs.class);

	private final MacieHealthIndicator indicator = new MacieHealthIndicator(this.macieJobs);

	@Test
	void upWithTheRegionAndStatusWhenMacieAnswers() {
		given(this.macieJobs.session())
			.willReturn(new MacieSession("eu-west-1", "ENABLED", Instant.parse("2025-01-01T00:00:00Z"), "ONE_HOUR"));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("region", "eu-west-1").containsEntry("status", "ENABLED");
	}

	@Test
	void downWithTheReasonWhenMacieIsNotEnabled() {
		given(this.macieJobs.session())
			.willThrow(new MacieException(MacieException.Kind.NOT_ENABLED, "Macie is not enabled in eu-west-1.", null));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "Macie is not enabled in eu-west-1.")
			.containsEntry("kind", "NOT_ENABLED")
			.doesNotContainKey("error");
	}

}
