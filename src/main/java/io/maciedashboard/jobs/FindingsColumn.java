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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.Place;

/**
 * The job list's Findings column: one GetFindingStatistics call per place on the page,
 * grouped by job and restricted to the page's jobs, whatever the number of rows. The
 * calls start with the rows' descriptions and run beside them (on {@link MacieThreads}),
 * so a slow Macie costs the page no more than its details deadline; a place whose counts
 * fail or come later than that shows none (its rows say so), the others do.
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

	/** Starts reading the counts of the page's jobs. */
	Pending start(List<PlacedJob> jobs) {
		CompletableFuture<FindingCounts> counts = new CompletableFuture<>();
		if (jobs.isEmpty()) {
			counts.complete(FindingCounts.NONE);
		}
		else {
			this.threads.execute(() -> {
				try {
					counts.complete(counts(jobs));
				}
				catch (RuntimeException | Error ex) {
					counts.completeExceptionally(ex);
				}
			});
		}
		Set<Place> places = jobs.stream().map(PlacedJob::place).collect(Collectors.toSet());
		return new Pending(counts, places, System.nanoTime() + this.properties.detailsDeadline().toNanos());
	}

	private FindingCounts counts(List<PlacedJob> jobs) {
		Map<Place, List<String>> jobsByPlace = new LinkedHashMap<>();
		jobs.forEach(
				(job) -> jobsByPlace.computeIfAbsent(job.place(), (place) -> new ArrayList<>()).add(job.job().jobId()));
		Map<String, Long> counts = new HashMap<>();
		Set<Place> failed = new HashSet<>();
		jobsByPlace.forEach((place, jobIds) -> {
			try {
				this.findings.countsByJob(place, jobIds)
					.forEach((jobId, count) -> counts.put(FindingCounts.key(place, jobId), count));
			}
			catch (MacieException ex) {
				failed.add(place);
			}
		});
		return new FindingCounts(counts, failed);
	}

	/** Counts on their way; {@link #get} waits for them until the details deadline. */
	record Pending(CompletableFuture<FindingCounts> counts, Set<Place> places, long deadlineNanos) {

		/** Counts already read (a watcher's observation of the page). */
		static Pending of(FindingCounts counts) {
			return new Pending(CompletableFuture.completedFuture(counts), Set.of(), 0);
		}

		/** The counts, or none for any place when they did not come by the deadline. */
		FindingCounts get() {
			try {
				return this.counts.get(Math.max(0, this.deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				return new FindingCounts(Map.of(), this.places);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new FindingCounts(Map.of(), this.places);
			}
		}

	}

}
