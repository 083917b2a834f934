package io.maciedashboard.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

import io.maciedashboard.admission.RequestAdmission;
import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.Place;

/**
 * The job list's Findings column: one GetFindingStatistics call per place on the page,
 * grouped by job and restricted to the page's jobs, whatever the number of rows. The
 * calls start with the rows' descriptions and run beside them (on {@link MacieThreads}),
 * so a slow Macie costs the page no more than its details deadline; a place whose counts
 * fail or come later than that shows none (its rows say so), the others do. Counts an
 * earlier page read, and that the shared reads still keep, are shown at once.
 */
@Component
class FindingsColumn {

	private final MacieFindings findings;

	private final Executor threads;

	private final JobListProperties properties;

	FindingsColumn(MacieFindings findings, MacieThreads threads, JobListProperties properties) {
		this.findings = findings;
		this.threads = threads.executor();
		this.properties = properties;
	}

	/**
	 * Starts reading the counts of the page's jobs. Counts the shared reads keep are
	 * taken on the caller's thread: a render that waits for another thread goes back
	 * behind every request that came meanwhile. Only the other places are read beside the
	 * rows.
	 */
	Pending start(List<PlacedJob> jobs) {
		Map<Place, List<String>> jobsByPlace = new LinkedHashMap<>();
		jobs.forEach(
				(job) -> jobsByPlace.computeIfAbsent(job.place(), (place) -> new ArrayList<>()).add(job.job().jobId()));
		Map<String, Long> kept = new HashMap<>();
		Map<Place, List<String>> unread = new LinkedHashMap<>();
		jobsByPlace.forEach((place, jobIds) -> this.findings.keptCountsByJob(place, jobIds)
			.ifPresentOrElse((counts) -> put(kept, place, counts), () -> unread.put(place, jobIds)));
		FindingCounts keptOnly = new FindingCounts(kept, unread.keySet());
		if (unread.isEmpty()) {
			return Pending.of(keptOnly);
		}
		CompletableFuture<FindingCounts> counts = new CompletableFuture<>();
		this.threads.execute(() -> {
			try {
				counts.complete(read(unread, kept));
			}
			catch (RuntimeException | Error ex) {
				counts.completeExceptionally(ex);
			}
		});
		return new Pending(counts, keptOnly, System.nanoTime() + this.properties.detailsDeadline().toNanos());
	}

	private FindingCounts read(Map<Place, List<String>> unread, Map<String, Long> kept) {
		Map<String, Long> counts = new HashMap<>(kept);
		Set<Place> failed = new HashSet<>();
		unread.forEach((place, jobIds) -> {
			try {
				put(counts, place, this.findings.countsByJob(place, jobIds));
			}
			catch (MacieException ex) {
				failed.add(place);
			}
		});
		return new FindingCounts(counts, failed);
	}

	private static void put(Map<String, Long> counts, Place place, Map<String, Long> byJob) {
		byJob.forEach((jobId, count) -> counts.put(FindingCounts.key(place, jobId), count));
	}

	/**
	 * Counts on their way; {@link #get} waits for them until the details deadline.
	 *
	 * @param late what the page shows if they come later: the kept counts, and none for
	 * the places still being read
	 */
	record Pending(CompletableFuture<FindingCounts> counts, FindingCounts late, long deadlineNanos) {

		/** Counts already read (a watcher's observation of the page, or kept ones). */
		static Pending of(FindingCounts counts) {
			return new Pending(CompletableFuture.completedFuture(counts), counts, 0);
		}

		/** The counts, or {@link #late} when they did not come by the deadline. */
		FindingCounts get() {
			try {
				return RequestAdmission.get(this.counts, this.deadlineNanos);
			}
			catch (TimeoutException | ExecutionException ex) {
				return this.late;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return this.late;
			}
		}

	}

}
