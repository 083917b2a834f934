package io.maciedashboard.history;

import java.time.Instant;

/**
 * One step of a job's run timeline.
 *
 * @param at when it happened: a run's start as Macie gives it, otherwise when the
 * dashboard saw the change
 * @param kind {@code seen}, {@code run}, {@code pause}, {@code resume}, {@code error} or
 * {@code end}, for its marker
 * @param text what happened, in words
 */
public record TimelineEntry(Instant at, String kind, String text) {
}
