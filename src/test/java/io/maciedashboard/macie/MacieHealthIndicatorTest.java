package io.maciedashboard.macie;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Macie's health, place by place. */
class MacieHealthIndicatorTest {

	private final MacieJobs macieJobs = mock(MacieJobs.class);

	private final MacieHealthIndicator indicator = new MacieHealthIndicator(this.macieJobs);

	@Test
	void upWithEachPlacesStatusWhenMacieAnswersEverywhere() {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME));
		given(this.macieJobs.session(TestPlaces.HOME))
			.willReturn(new MacieSession("us-east-1", "ENABLED", Instant.parse("2025-01-01T00:00:00Z"), "ONE_HOUR"));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("places",
				Map.of("us-east-1 / 111122223333", Map.of("status", "UP", "macieStatus", "ENABLED")));
	}

	@Test
	void downNamingThePlaceThatFailsAndWhyWhileTheOthersAreUp() {
		given(this.macieJobs.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.DATA_LAKE));
		given(this.macieJobs.session(TestPlaces.HOME))
			.willReturn(new MacieSession("us-east-1", "ENABLED", Instant.parse("2025-01-01T00:00:00Z"), "ONE_HOUR"));
		given(this.macieJobs.session(TestPlaces.DATA_LAKE)).willThrow(new MacieException(
				MacieException.Kind.ACCESS_DENIED, "The dashboard is not allowed to do this.", null));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsOnlyKeys("places");
		assertThat(health.getDetails().get("places"))
			.asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
			.containsExactly(Map.entry("us-east-1 / 111122223333", Map.of("status", "UP", "macieStatus", "ENABLED")),
					Map.entry("us-east-1 / 444455556666", Map.of("status", "DOWN", "kind", "ACCESS_DENIED", "reason",
							"The dashboard is not allowed to do this.")));
	}

	@Test
	void downWithTheReasonWhenThePlacesThemselvesAreUnknown() {
		given(this.macieJobs.places()).willThrow(new MacieException(MacieException.Kind.ACCESS_DENIED,
				"The dashboard is not allowed to do this in Macie in eu-west-1.", null));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("kind", "ACCESS_DENIED");
	}

}
