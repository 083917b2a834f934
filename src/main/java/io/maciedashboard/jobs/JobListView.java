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
 */
record JobListView(JobListRequest request, List<Integer> pageSizes, Instant updatedAt, List<JobRow> rows,
		String nextPageUrl, JobListFailure failure, List<PlaceFailure> placeFailures, Long refreshSeconds) {

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

	/** Whether the table needs the pause expiry column. */
	public boolean anyPaused() {
		return this.rows.stream().anyMatch((row) -> row.pauseExpiry() != null);
	}

}
