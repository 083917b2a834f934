package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;

/**
 * What the job list shows: the view asked for in the URL, its rows (or why there are
 * none) and when Macie was read.
 *
 * @param pageSizes the page-size choices, with a valid size from the URL that is not one
 * of the usual ones
 * @param rows empty when Macie failed
 * @param nextPageUrl null on the last page
 * @param failure why Macie gave no rows, or null
 * @param placeFailures the places whose jobs are not shown, and why (the others show)
 * @param refreshSeconds how often the results refresh, or null when nothing on the page
 * changes by itself and no row is still loading
 * @param triage the triage strip, or null when its scan failed
 * @param findings the Findings column
 */
record JobListView(JobListRequest request, List<Integer> pageSizes, Instant updatedAt, List<JobRow> rows,
		String nextPageUrl, JobListFailure failure, List<PlaceFailure> placeFailures, Long refreshSeconds,
		TriageStrip triage, FindingCounts findings) {

	JobListView {
		placeFailures = List.copyOf(placeFailures);
	}

	public JobStatus[] statuses() {
		return JobStatus.values();
	}

	public JobType[] types() {
		return JobType.values();
	}

	public SortOption[] sortOptions() {
		return SortOption.values();
	}

	/** Whether some rows show less because their job could not be described. */
	public boolean detailsMissing() {
		return this.rows.stream().anyMatch((row) -> row.details() == null && !row.detailsLate());
	}

	/** Whether some rows' details are still loading (Macie answers slowly). */
	public boolean detailsLate() {
		return this.rows.stream().anyMatch(JobRow::detailsLate);
	}

	/**
	 * Which jobs the page shows, said once after each change ("Jobs 1–25 of 43", "2 jobs
	 * match these filters", "No jobs match these filters").
	 */
	public String resultSummary() {
		int shown = this.rows.size();
		if (shown == 0) {
			return this.request.isFiltered() ? "No jobs match these filters" : "No jobs on this page";
		}
		if (this.request.triage() != null) {
			return count(shown) + " " + (shown == 1 ? "matches" : "match") + " “" + this.request.triage().label() + "”";
		}
		int first = (this.request.pageNumber() - 1) * this.request.query().pageSize() + 1;
		String range = "Jobs " + first + "–" + (first + shown - 1);
		Integer total = (this.triage != null) ? this.triage.total() : null;
		if (total != null) {
			return range + " of " + total;
		}
		return this.request.isFiltered() ? range + " matching these filters" : range;
	}

	private static String count(int jobs) {
		return jobs + ((jobs == 1) ? " job" : " jobs");
	}

	/** Whether the table needs the pause expiry column. */
	public boolean anyPaused() {
		return this.rows.stream().anyMatch((row) -> row.pauseExpiry() != null);
	}

}
