package io.maciedashboard.alerts;

import java.time.Instant;

/**
 * One row of the outbox: an event of a job for one recipient on one channel, and how its
 * delivery stands.
 *
 * @param id null until stored
 * @param recipient who it is for: "person:subject", "team:id" or "config:name"
 * @param destination the e-mail address(es) or the webhook's URL, as the page shows it
 * @param attempts delivery attempts made so far
 * @param nextAttemptAt when it is next due (while pending)
 * @param deliveredAt when it was delivered, or null
 * @param lastProblem what went wrong last, or null
 */
public record Notification(Long id, String account, String region, String jobId, String jobName, AlertKind kind,
		String occurrence, String recipient, Channel channel, String destination, String title, String body,
		Instant occurredAt, Instant createdAt, State state, int attempts, Instant nextAttemptAt, Instant deliveredAt,
		String lastProblem) {

	/** The message every channel renders, linking to the job's page. */
	AlertMessage message(AlertsProperties properties) {
		return new AlertMessage(String.valueOf(this.id), this.kind, this.title, this.body, this.account, this.region,
				this.jobId, this.jobName, properties.jobUrl(this.account, this.region, this.jobId), this.occurredAt);
	}

	/** The job page's path in this dashboard. */
	public String jobPath() {
		return "/jobs/" + this.account + "/" + this.region + "/" + this.jobId;
	}

	public enum Channel {

		EMAIL("E-mail"), WEBHOOK("Webhook");

		private final String label;

		Channel(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public enum State {

		PENDING("Waiting to be sent"), DELIVERED("Sent"), FAILED("Failed");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
