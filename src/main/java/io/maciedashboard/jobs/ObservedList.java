package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.maciedashboard.jobs.MergedJobList.MergedPage;

/**
 * What one read of a view of the job list gave, for every render of that view until the
 * next read: its jobs (the places' merged page, or the triage scan), the rows described
 * for them and their Findings column. What depends on the time (a pause's countdown, a
 * running job's time left, which jobs a triage matches) is worked out by each render.
 *
 * @param page the places' merged page; null for a triage view
 * @param scan the triage scan; null for a view of the places' page
 * @param rows the rows described by the read, by job (late ones marked so)
 * @param findings the Findings column of the read's jobs
 * @param changes {@link io.maciedashboard.macie.MacieJobs#changes()} when the read
 * started
 * @param deadlineNanos when ({@link System#nanoTime()}) the read stopped waiting for the
 * rows' descriptions: a render waits no longer for the rows it describes itself
 */
record ObservedList(MergedPage page, TriageScan.Result scan, Map<PlacedJob, JobRow> rows, FindingCounts findings,
		long changes, long deadlineNanos) {

	ObservedList {
		rows = Map.copyOf(rows);
	}

	/** The view's jobs now. */
	List<PlacedJob> jobs(JobListRequest request, Instant now) {
		return (this.scan != null) ? this.scan.matching(request.triage(), request.shownPlaces(), now)
				: this.page.jobs();
	}

	/**
	 * Whether a render can take it as it is: no place failed (a render asks a failed
	 * place again itself, as a reload always did) and nothing changed through the
	 * dashboard since.
	 */
	boolean isComplete(long changesNow) {
		return this.changes == changesNow && (this.page == null || this.page.failures().isEmpty());
	}

	/**
	 * The Findings column of {@code jobs}, or null when the read did not see them all (a
	 * triage matches other jobs now). A place whose counts failed or came late shows none
	 * until the next read, as it did until the next refresh.
	 */
	FindingCounts findingsOf(List<PlacedJob> jobs) {
		return this.rows.keySet().containsAll(jobs) ? this.findings : null;
	}

}
