package io.maciedashboard.alerts;

import java.time.Instant;

/**
 * Something that happened to a job that people are told about.
 *
 * @param kind what happened
 * @param occurrence which time it happened: with the job and kind it names the event for
 * good ("v3" for the job's third change; "2026-12-09T10:00:00Z/PT24H" for a pause's 24
 * hours warning), so that finding it again adds nothing
 * @param occurredAt when, by Macie's clock
 * @param title one line
 * @param text plain sentences
 */
public record AlertEvent(AlertKind kind, String occurrence, Instant occurredAt, String title, String text) {
}
