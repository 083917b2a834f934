package io.maciedashboard.audit;

import java.time.LocalDate;

/**
 * Which attempts the audit page and the export show; every filter is optional (null).
 *
 * @param person a subject, e-mail or display name, exactly
 * @param job a job id
 * @param place a place's key ({@code 111122223333/eu-west-1}: that account in that
 * region), an account id or a region
 * @param from the first day (UTC) shown
 * @param to the last day (UTC) shown
 * @param before show only attempts older than this id (the page's keyset), or null
 */
public record AuditQuery(String person, AuditAction action, Outcome outcome, String job, String place, LocalDate from,
		LocalDate to, Long before) {

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null, null, null);
	}

	AuditQuery olderThan(long id) {
		return new AuditQuery(this.person, this.action, this.outcome, this.job, this.place, this.from, this.to, id);
	}

}
