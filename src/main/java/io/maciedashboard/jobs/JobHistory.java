package io.maciedashboard.jobs;

import java.util.List;

import io.maciedashboard.audit.AuditEntry;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.macie.Place;

import org.springframework.dao.DataAccessException;

/**
 * The job's history from the audit trail (its id in its place), for the job page
 * (auditors and operators): newest first, or unavailable while the database does not
 * answer (the rest of the page, read from Macie, still shows).
 */
record JobHistory(List<AuditEntry> entries, boolean unavailable) {

	static JobHistory of(AuditTrail trail, Place place, String jobId) {
		try {
			return new JobHistory(trail.history(place, jobId), false);
		}
		catch (DataAccessException ex) {
			return new JobHistory(List.of(), true);
		}
	}

}
