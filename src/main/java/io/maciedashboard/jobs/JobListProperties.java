package io.maciedashboard.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job list's settings.
 *
 * @param refreshInterval how often the table refreshes while a job on the page is running
 * or paused, or a row's details are still loading
 * @param describeParallelism how many DescribeClassificationJob calls each render of the
 * list runs at once to fill in the rows' last run and schedule
 * @param detailsDeadline how long a render waits for those calls; rows whose details come
 * later show that they are loading and are filled in on the next refresh
 * @param triageScanPages how many pages of 200 jobs (newest first) the triage strip reads
 * at most, once per {@code triageScanTtl} for everyone: its counts cover that many jobs
 * @param triageScanTtl how long one triage scan serves the list
 */
@ConfigurationProperties("dashboard.jobs")
record JobListProperties(@DefaultValue("15s") Duration refreshInterval, @DefaultValue("8") int describeParallelism,
		@DefaultValue("2s") Duration detailsDeadline, @DefaultValue("5") int triageScanPages,
		@DefaultValue("60s") Duration triageScanTtl) {

	JobListProperties {
		if (refreshInterval.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"dashboard.jobs.refresh-interval must be at least 1 second, not " + refreshInterval);
		}
		if (describeParallelism < 1 || describeParallelism > 64) {
			throw new IllegalArgumentException(
					"dashboard.jobs.describe-parallelism must be from 1 to 64, not " + describeParallelism);
		}
		if (detailsDeadline.toMillis() < 100 || detailsDeadline.toSeconds() > 60) {
			throw new IllegalArgumentException(
					"dashboard.jobs.details-deadline must be from 100ms to 60s, not " + detailsDeadline);
		}
		if (triageScanPages < 1 || triageScanPages > 50) {
			throw new IllegalArgumentException(
					"dashboard.jobs.triage-scan-pages must be from 1 to 50, not " + triageScanPages);
		}
	}

}
