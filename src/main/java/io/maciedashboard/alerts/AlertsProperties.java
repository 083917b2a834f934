package io.maciedashboard.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alerts' settings ({@code dashboard.alerts.*}).
 *
 * @param sweepInterval how often every job of every place is checked (one instance at a
 * time)
 * @param expiryThresholds how long before a user-paused job's pause expires people are
 * told, once per threshold
 * @param publicBaseUrl the dashboard's address as people reach it: every message links to
 * the job's page under it
 * @param deliveryInterval how often the outbox is looked at for notifications to send
 * @param maxAttempts attempts per notification before it is marked failed
 * @param firstRetryAfter the wait before the second attempt; each later wait doubles
 * @param teamChannels team channels configured here rather than in the dashboard
 * @param scheduled whether the sweep and the delivery run by themselves (tests that drive
 * them turn this off)
 */
@ConfigurationProperties("dashboard.alerts")
public record AlertsProperties(@DefaultValue("5m") Duration sweepInterval,
		@DefaultValue("7d,24h,1h") List<Duration> expiryThresholds,
		@DefaultValue("http://localhost:8080") URI publicBaseUrl, @DefaultValue("10s") Duration deliveryInterval,
		@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration firstRetryAfter,
		List<ConfiguredChannel> teamChannels, @DefaultValue("true") boolean scheduled) {

	public AlertsProperties {
		if (sweepInterval.isNegative() || sweepInterval.isZero()) {
			throw new IllegalArgumentException("dashboard.alerts.sweep-interval must be longer than zero");
		}
		if (expiryThresholds.stream().anyMatch((threshold) -> threshold.isNegative() || threshold.isZero())) {
			throw new IllegalArgumentException("dashboard.alerts.expiry-thresholds must all be longer than zero");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("dashboard.alerts.max-attempts must be at least 1");
		}
		expiryThresholds = expiryThresholds.stream().sorted(Comparator.reverseOrder()).distinct().toList();
		teamChannels = (teamChannels != null) ? List.copyOf(teamChannels) : List.of();
	}

	/** The job page's absolute address. */
	public String jobUrl(String account, String region, String jobId) {
		String base = this.publicBaseUrl.toString().replaceAll("/+$", "");
		return base + "/jobs/" + account + "/" + region + "/" + jobId;
	}

	/**
	 * A team channel set in properties: e-mail addresses, or a webhook.
	 *
	 * @param name what the pages call it
	 * @param emails the addresses (an e-mail channel)
	 * @param webhookUrl the address (a webhook channel)
	 * @param webhookFormat JSON, SLACK or TEAMS
	 * @param webhookSecret the signing secret
	 */
	public record ConfiguredChannel(String name, List<String> emails, String webhookUrl,
			@DefaultValue("JSON") String webhookFormat, String webhookSecret) {
	}

}
