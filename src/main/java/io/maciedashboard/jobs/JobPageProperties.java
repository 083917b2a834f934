package io.maciedashboard.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job page's settings.
 *
 * @param refreshInterval how often the status, statistics and countdown refresh while the
 * job can still change by itself
 */
@ConfigurationProperties("dashboard.job-page")
record JobPageProperties(@DefaultValue("5s") Duration refreshInterval) {

	JobPageProperties {
		if (refreshInterval.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"dashboard.job-page.refresh-interval must be at least 1 second, not " + refreshInterval);
		}
	}

}
