package io.maciedashboard.macie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "macie": whether Macie answers GetMacieSession in
 * each place, reported per place ("eu-west-1 / 444455556666": "access denied: ..."). DOWN
 * when one place is down: the others still show on the pages.
 */
@Component("macieHealthIndicator")
class MacieHealthIndicator implements HealthIndicator {

	private final MacieJobs macieJobs;

	MacieHealthIndicator(MacieJobs macieJobs) {
		this.macieJobs = macieJobs;
	}

	@Override
	public Health health() {
		List<Place> places;
		try {
			places = this.macieJobs.places();
		}
		catch (MacieException ex) {
			return Health.down().withDetail("reason", ex.getMessage()).withDetail("kind", ex.kind().name()).build();
		}
		Map<String, Object> byPlace = new LinkedHashMap<>();
		boolean allUp = true;
		for (Place place : places) {
			try {
				MacieSession session = this.macieJobs.session(place);
				byPlace.put(place.label(), Map.of("status", "UP", "macieStatus", session.status()));
			}
			catch (MacieException ex) {
				allUp = false;
				byPlace.put(place.label(),
						Map.of("status", "DOWN", "kind", ex.kind().name(), "reason", ex.getMessage()));
			}
		}
		return (allUp ? Health.up() : Health.down()).withDetail("places", byPlace).build();
	}

}
