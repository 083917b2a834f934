package io.maciedashboard.alerts;

import java.time.Instant;

/**
 * One notification as every channel renders it: email, webhook payloads and the
 * notifications page all read this, so they say the same thing.
 *
 * @param id the outbox entry's id, stable across retries (receivers use it to drop
 * duplicates)
 * @param kind what happened
 * @param title one line, for a subject or a chat message's heading
 * @param text plain sentences, no markup
 * @param account the job's AWS account
 * @param region the job's region
 * @param jobId the job's id
 * @param jobName the job's name
 * @param jobUrl the job's canonical absolute URL in the dashboard
 * @param occurredAt when it happened, by Macie's clock
 */
public record AlertMessage(String id, AlertKind kind, String title, String text, String account, String region,
		String jobId, String jobName, String jobUrl, Instant occurredAt) {
}
