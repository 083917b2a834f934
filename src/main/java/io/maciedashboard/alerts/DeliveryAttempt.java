package io.maciedashboard.alerts;

import java.time.Instant;

/**
 * One attempt to deliver a notification.
 *
 * @param statusCode the webhook's HTTP status, or null (e-mail, or no answer)
 * @param problem what went wrong, or null
 */
public record DeliveryAttempt(Instant at, boolean delivered, Integer statusCode, String problem) {
}
