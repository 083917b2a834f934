package io.maciedashboard.audit;

import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.Place;

/**
 * One attempt with its outcome, as the audit page, the export and the job history read
 * it.
 *
 * @param outcome null when no outcome was recorded
 */
public record AuditEntry(long id, Instant at, String subject, String displayName, String email, List<String> groups,
		String region, String account, String jobId, String jobName, AuditAction action, String requestJson,
		Outcome outcome, String message, Instant outcomeAt, String clientAddress, String requestId) {

	/** The outcome, an attempt without one counting as unknown. */
	public Outcome outcomeOrUnknown() {
		return (this.outcome != null) ? this.outcome : Outcome.UNKNOWN;
	}

	/** The person's name as the trail shows it. */
	public String who() {
		return (this.displayName != null && !this.displayName.isBlank()) ? this.displayName : this.subject;
	}

	/** The place as the trail shows it: account / region, either may be missing. */
	public String place() {
		if (this.account == null && this.region == null) {
			return null;
		}
		if (this.account == null || this.region == null) {
			return (this.account != null) ? this.account : this.region;
		}
		return this.account + " / " + this.region;
	}

	/**
	 * The job's page: at its place's address when the row names the place, else the
	 * lookup of its id in every place ({@code /jobs/{jobId}}, as an old bookmark).
	 */
	public String jobUrl() {
		if (this.account != null && this.region != null) {
			try {
				return new Place(this.region, this.account, null).jobPath(this.jobId);
			}
			catch (IllegalArgumentException ex) {
				// not a place's region and account: looked up by id
			}
		}
		return "/jobs/" + this.jobId;
	}

	/**
	 * For the job history: "Paused by Otto Operator", "Pause by Otto Operator refused".
	 */
	public String sentence() {
		return switch (outcomeOrUnknown()) {
			case DONE -> this.action.past() + " by " + who();
			case REFUSED -> this.action.label() + " by " + who() + " not done";
			case UNKNOWN -> this.action.label() + " by " + who() + ": outcome unknown";
		};
	}

}
