package io.maciedashboard.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job list's settings.
 *
 * @param refreshInterval how often the table refreshes while a job on the page is running
 * or paused
 * @param describeParallelism how many DescribeClassificationJob calls run at once to fill
 * in the rows' last run and schedule
 */
@ConfigurationProperties("dashboard.jobs")
record JobListProperties(@DefaultValue("15s") Duration refreshInterval, @DefaultValue("8") int describeParallelism) {

	JobListProperties {
		if (refreshInterval.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"dashboard.jobs.refresh-interval must be at least 1 second, not " + refreshInterval);
		}
		if (describeParallelism < 1 || describeParallelism > 64) {
			throw new IllegalArgumentException(
					"dashboard.jobs.describe-parallelism must be from 1 to 64, not " + describeParallelism);
		}
	}

}
