package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import io.maciedashboard.admission.RequestAdmission;
import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;

/**
 * Turns a page of job summaries (of any place) into rows. ListClassificationJobs gives
 * neither the schedule nor the last run time, so each job on the page is described: the
 * cost grows with the page size, never with the number of jobs in the account (and the
 * service layer keeps an ended job's description, which no longer changes). A job that
 * cannot be described still gets its row, with less in it.
 * <p>
 * One slow Macie must not slow everyone: each render (or read of the watcher) describes
 * its rows at most {@code describe-parallelism} at a time, on threads shared by every
 * render that never make one render's calls wait behind another's ({@link MacieThreads}),
 * and waits for them until {@code details-deadline}. A row whose description is late
 * shows the details last described for its job, or that they are loading; the late calls
 * finish in the background and serve the next render, which describes first the rows
 * nothing is known about. A render of a view the watcher reads takes the rows its latest
 * observation described and describes only the others (late, or on the page since),
 * waiting for them no later than that read's deadline: nobody waits twice for the same
 * late rows, which show what is known of them until the next refresh.
 */
@Component
class JobRows {

	private final MacieJobs macieJobs;

	private final JobListProperties properties;

	private final Executor threads;

	/**
	 * The details each job was last described with, for rows whose description is late.
	 */
	private final Cache<String, JobRow.RowDetails> lastKnown = Caffeine.newBuilder().maximumSize(10_000).build();

	JobRows(MacieJobs macieJobs, JobListProperties properties, MacieThreads threads) {
		this.macieJobs = macieJobs;
		this.properties = properties;
		this.threads = threads.executor();
	}

	/**
	 * The rows in the order of the summaries; now is when pause expiries are measured
	 * from.
	 * @param described rows already described (by the watcher's read of the view), by
	 * job: those that were not late are taken as they are, with their pause expiry
	 * measured from now
	 * @param deadlineNanos until when ({@link System#nanoTime()}) the others are waited
	 * for: {@link #deadlineFromNow()}, or the deadline of the read that described the
	 * rows, so that nobody waits twice for the same late rows
	 */
	List<JobRow> rows(List<PlacedJob> jobs, Instant now, Map<PlacedJob, JobRow> described, long deadlineNanos) {
		Map<PlacedJob, CompletableFuture<JobRow.RowDetails>> descriptions = new LinkedHashMap<>();
		jobs.stream()
			.filter((job) -> !isDescribed(described.get(job)))
			.sorted(Comparator.comparing((PlacedJob job) -> this.lastKnown.getIfPresent(key(job)) != null))
			.forEach((job) -> descriptions.putIfAbsent(job, new CompletableFuture<>()));
		// descriptions kept from earlier reads are taken here: no thread to start,
		// nothing
		// to wait for (a render that waits goes back behind every request that came
		// since)
		descriptions.forEach((job, description) -> this.macieJobs.keptDescription(job.place(), job.job().jobId())
			.ifPresent((kept) -> description.complete(details(job, kept))));
		describeInOrder(descriptions);
		awaitUntil(deadlineNanos, descriptions.values());
		List<JobRow> rows = new ArrayList<>(jobs.size());
		for (PlacedJob job : jobs) {
			CompletableFuture<JobRow.RowDetails> description = descriptions.get(job);
			if (description == null) {
				rows.add(new JobRow(job.place(), job.job(), described.get(job).details(), false, now));
			}
			else if (description.isDone()) {
				rows.add(new JobRow(job.place(), job.job(),
						description.isCompletedExceptionally() ? null : description.join(), false, now));
			}
			else {
				JobRow.RowDetails known = this.lastKnown.getIfPresent(key(job));
				rows.add(new JobRow(job.place(), job.job(), known, known == null, now));
			}
		}
		return rows;
	}

	private static boolean isDescribed(JobRow row) {
		return row != null && !row.detailsLate();
	}

	/**
	 * Completes each description, in their order, with at most describe-parallelism calls
	 * at a time (late calls go on after the render, for the next one).
	 */
	private void describeInOrder(Map<PlacedJob, CompletableFuture<JobRow.RowDetails>> descriptions) {
		Queue<Map.Entry<PlacedJob, CompletableFuture<JobRow.RowDetails>>> queue = new ConcurrentLinkedQueue<>();
		descriptions.entrySet().stream().filter((description) -> !description.getValue().isDone()).forEach(queue::add);
		int describers = Math.min(this.properties.describeParallelism(), queue.size());
		for (int i = 0; i < describers; i++) {
			this.threads.execute(() -> {
				Map.Entry<PlacedJob, CompletableFuture<JobRow.RowDetails>> next;
				while ((next = queue.poll()) != null) {
					try {
						next.getValue().complete(describe(next.getKey()));
					}
					catch (RuntimeException ex) {
						next.getValue().completeExceptionally(ex);
					}
				}
			});
		}
	}

	/** The details deadline counted from now, in {@link System#nanoTime()}. */
	long deadlineFromNow() {
		return System.nanoTime() + this.properties.detailsDeadline().toNanos();
	}

	private static void awaitUntil(long deadlineNanos, Iterable<CompletableFuture<JobRow.RowDetails>> descriptions) {
		List<CompletableFuture<JobRow.RowDetails>> all = new ArrayList<>();
		descriptions.forEach(all::add);
		try {
			RequestAdmission.get(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)), deadlineNanos);
		}
		catch (TimeoutException | ExecutionException ex) {
			// the rows say which details are late
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The job's details, or null when Macie could not describe it. */
	private JobRow.RowDetails details(PlacedJob placed, Job job) {
		JobRow.RowDetails details = new JobRow.RowDetails(job.lastRunTime(), job.definition().schedule(),
				job.approximateObjectsToProcess(), job.numberOfRuns());
		this.lastKnown.put(key(placed), details);
		return details;
	}

	private JobRow.RowDetails describe(PlacedJob placed) {
		try {
			return details(placed, this.macieJobs.describeJob(placed.place(), placed.job().jobId()));
		}
		catch (MacieException ex) {
			return null;
		}
	}

	/** A job's key among every place's jobs. */
	private static String key(PlacedJob job) {
		return job.place().key() + "/" + job.job().jobId();
	}

}
