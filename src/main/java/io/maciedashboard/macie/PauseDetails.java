package io.maciedashboard.macie;

import java.time.Instant;

/**
 * Macie's userPausedDetails of a USER_PAUSED job.
 *
 * @param healthEventArn null until the job has been paused for 23 days
 */
public record PauseDetails(Instant pausedAt, Instant expiresAt, String healthEventArn) {
}
