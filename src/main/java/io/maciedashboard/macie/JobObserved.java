package io.maciedashboard.macie;

import java.time.Instant;

/**
 * Published after each DescribeClassificationJob that reached Macie (not for an answer
 * kept from an earlier read), so that what a job did can be remembered.
 *
 * @param place where the job lives
 * @param job what Macie answered
 * @param observedAt Macie's "now" (the emulator's clock in mode emulator) when it
 * answered
 */
public record JobObserved(Place place, Job job, Instant observedAt) {
}
