package io.maciedashboard.macie;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "macie": whether Macie answers GetMacieSession in
 * the default region.
 */
@Component("macieHealthIndicator")
class MacieHealthIndicator implements HealthIndicator {

	private final MacieJobs macieJobs;

	MacieHealthIndicator(MacieJobs macieJobs) {
		this.macieJobs = macieJobs;
	}

	@Override
	public Health health() {
		try {
			MacieSession session = this.macieJobs.session();
			return Health.up().withDetail("region", session.region()).withDetail("status", session.status()).build();
		}
		catch (MacieException ex) {
			return Health.down().withDetail("reason", ex.getMessage()).withDetail("kind", ex.kind().name()).build();
		}
	}

}
