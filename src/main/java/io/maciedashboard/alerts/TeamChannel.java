package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A channel of the team: e-mail to a list of addresses, or a webhook.
 *
 * @param id the row's id, or null for one configured in properties
 * @param target the addresses (comma-separated) or the webhook's URL
 * @param webhookFormat JSON, SLACK or TEAMS (webhooks only)
 * @param webhookSecret the signing secret as stored: sealed by {@link WebhookSecrets} for
 * a channel added in the dashboard, as written for one configured in properties (webhooks
 * only; never shown after creation)
 * @param createdBy who added it, or "properties"
 */
public record TeamChannel(Long id, String name, Kind kind, String target, String webhookFormat, String webhookSecret,
		Instant createdAt, String createdBy) {

	/** How the recipient key names it in the outbox. */
	String recipient() {
		return (this.id != null) ? "team:" + this.id : "config:" + this.name;
	}

	boolean configured() {
		return this.id == null;
	}

	/** The addresses of a list written with commas, semicolons or spaces between them. */
	static List<String> addresses(String list) {
		return Arrays.stream(list.split("[,;\\s]+")).filter((address) -> !address.isBlank()).toList();
	}

	public enum Kind {

		EMAIL, WEBHOOK

	}

}
