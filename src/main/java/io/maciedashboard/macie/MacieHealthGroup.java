package io.maciedashboard.macie;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * Keeps Macie's health (component {@code macie}) out of the overall
 * {@code /actuator/health} status, which a load balancer reads: the dashboard is up, and
 * explains the outage, while Macie throttles or is not enabled. Macie's state is read in
 * the group {@code /actuator/health/dependencies}
 * ({@code management.endpoint.health.group.dependencies}).
 */
@Component
class MacieHealthGroup implements HealthEndpointGroupsPostProcessor {

	/** The component's name: the indicator's bean name without "HealthIndicator". */
	static final String COMPONENT = "macie";

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
		groups.getNames().forEach((name) -> named.put(name, groups.get(name)));
		return HealthEndpointGroups.of(new WithoutMacie(groups.getPrimary()), named);
	}

	private record WithoutMacie(HealthEndpointGroup primary) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return !COMPONENT.equals(name) && this.primary.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.primary.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.primary.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.primary.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.primary.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.primary.getAdditionalPath();
		}

	}

}
