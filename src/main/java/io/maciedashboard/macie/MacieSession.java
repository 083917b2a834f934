package io.maciedashboard.macie;

import java.time.Instant;

/** The Macie account in a region (GetMacieSession); status ENABLED or PAUSED. */
public record MacieSession(String region, String status, Instant createdAt, String findingPublishingFrequency) {
}
