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
 */
@ConfigurationProperties("dashboard.alerts.webhooks")
public record WebhookProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("false") boolean allowLoopback, @DefaultValue("false") boolean allowPrivateNetworks) {
}
