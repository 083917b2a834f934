package io.maciedashboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;

/**
 * What the triage strip above the job list counts, each a filter of its own
 * ({@code /jobs?triage=expiring}). Macie cannot filter by either (ListClassificationJobs
 * filters by status, type, name and creation only), so {@link TriageScan} finds them.
 * Jobs paused by Macie's quota are the status filter {@code ?status=PAUSED}.
 */
enum Triage {

	/** Paused by a user, and the pause expires within 48 hours (or has expired). */
	EXPIRING("expiring", "Pauses expiring within 48 hours"),

	/** The last run reported errors. */
	ERRORS("errors", "Errors in the last run");

	static final Duration EXPIRING_WITHIN = Duration.ofHours(48);

	private final String param;

	private final String label;

	Triage(String param, String label) {
		this.param = param;
		this.label = label;
	}

	static Optional<Triage> of(String param) {
		return Arrays.stream(values()).filter((triage) -> triage.param.equals(param)).findFirst();
	}

	String param() {
		return this.param;
	}

	String label() {
		return this.label;
	}

	boolean matches(JobSummary job, Instant now) {
		return switch (this) {
			case EXPIRING -> job.status() == JobStatus.USER_PAUSED && job.pause() != null
					&& job.pause().expiresAt() != null && !job.pause().expiresAt().isAfter(now.plus(EXPIRING_WITHIN));
			case ERRORS -> job.lastRunFailed();
		};
	}

}
