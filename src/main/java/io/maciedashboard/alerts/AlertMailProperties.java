package io.maciedashboard.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alert emails are sent (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender, e.g. {@code Macie Jobs Dashboard <macie-alerts@example.com>}
 */
@ConfigurationProperties("dashboard.alerts.mail")
public record AlertMailProperties(@DefaultValue("Macie Jobs Dashboard <macie-dashboard@localhost>") String from) {
}
