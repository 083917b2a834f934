package io.maciedashboard.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's settings.
 *
 * @param retention how long rows are kept; null (the default) keeps them for ever. When
 * set, a daily task deletes older rows and records that it did.
 */
@ConfigurationProperties("dashboard.audit")
public record AuditProperties(Duration retention) {
}
