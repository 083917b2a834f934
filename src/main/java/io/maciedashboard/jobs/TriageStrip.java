package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.maciedashboard.macie.JobStatus;

/**
 * The triage strip above the job list: what needs attention, each a link to the list
 * filtered to it.
 *
 * @param items expiring pauses, errors in the last run, pauses for Macie's quota
 * @param scanned how many jobs the counts cover
 * @param complete whether they cover every job (else the newest {@code scanned})
 * @param total every job of the account, when the scan read them all and the list is not
 * filtered (for "1–25 of 43"), else null
 */
record TriageStrip(List<Item> items, int scanned, boolean complete, Integer total) {

	static TriageStrip of(TriageScan.Result scan, JobListRequest request, Instant now) {
		List<Item> items = List.of(
				new Item(Triage.EXPIRING.label(), scan.count(Triage.EXPIRING, now),
						JobListRequest.triageUrl(Triage.EXPIRING), request.triage() == Triage.EXPIRING, true),
				new Item(Triage.ERRORS.label(), scan.count(Triage.ERRORS, now), JobListRequest.triageUrl(Triage.ERRORS),
						request.triage() == Triage.ERRORS, true),
				new Item("Paused by Macie's quota", scan.quotaPaused(), JobListRequest.statusUrl(JobStatus.PAUSED),
						request.triage() == null && request.query().statuses().equals(Set.of(JobStatus.PAUSED))
								&& request.chips().size() == 1,
						false));
		Integer total = (scan.complete() && !request.isFiltered()) ? scan.scanned() : null;
		return new TriageStrip(items, scan.scanned(), scan.complete(), total);
	}

	/**
	 * One count and where it leads.
	 *
	 * @param current whether the list shows exactly this now
	 * @param urgent whether a count above zero needs someone soon (drawn in red)
	 */
	record Item(String label, int count, String url, boolean current, boolean urgent) {

		public boolean alert() {
			return this.urgent && this.count > 0;
		}

	}

}
