package io.maciedashboard.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are sent, and where they may go.
 *
 * @param connectTimeout how long a delivery waits to connect to the receiver
 * @param readTimeout how long it then waits for each part of the answer
 * @param allowLoopback whether a webhook may go to this machine's loopback addresses
 * (127.0.0.0/8, ::1): for tests and local development only, since it reaches the
 * dashboard's own and its neighbours' unprotected ports
 * @param allowPrivateNetworks whether a webhook may go to private network addresses
 * (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), e.g. a chat server inside the
 * company network. Link-local and cloud metadata addresses are refused whatever is set
 * @param secretKey the key the webhooks' signing secrets are encrypted with in the
 * database ({@link WebhookSecrets}), at least 32 characters; null (or blank) when none is
 * set: no webhook channel can then be added in the dashboard
 */
@ConfigurationProperties("dashboard.alerts.webhooks")
public record WebhookProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("false") boolean allowLoopback, @DefaultValue("false") boolean allowPrivateNetworks,
		String secretKey) {

	/** The shortest key accepted: 32 characters, e.g. {@code openssl rand -base64 32}. */
	static final int SHORTEST_KEY = 32;

	public WebhookProperties {
		secretKey = (secretKey == null || secretKey.isBlank()) ? null : secretKey;
		if (secretKey != null && secretKey.length() < SHORTEST_KEY) {
			// a short key set on purpose is a mistake to correct now, not a weak
			// encryption to live with
			throw new IllegalArgumentException("dashboard.alerts.webhooks.secret-key must be at least " + SHORTEST_KEY
					+ " characters long (for example the output of: openssl rand -base64 32)");
		}
	}

	@Override
	public String toString() {
		// the key never reaches a log line
		return "WebhookProperties[connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
				+ ", allowLoopback=" + this.allowLoopback + ", allowPrivateNetworks=" + this.allowPrivateNetworks
				+ ", secretKey=" + ((this.secretKey != null) ? "(set)" : "(none)") + "]";
	}

}
