package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.stereotype.Component;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;

/**
 * Turns a page of job summaries into rows. ListClassificationJobs gives neither the
 * schedule nor the last run time, so each job on the page is described: the cost grows
 * with the page size, never with the number of jobs in the account (and the service layer
 * keeps an ended job's description, which no longer changes). A job that cannot be
 * described still gets its row, with less in it.
 * <p>
 * One slow Macie must not slow everyone: each render describes its rows with its own
 * executor of at most {@code describe-parallelism} threads (so renders never queue behind
 * each other) and waits for them until {@code details-deadline}. A row whose description
 * is late shows the details last described for its job, or that they are loading; the
 * late calls finish in the background (still at most {@code describe-parallelism} at a
 * time) and serve the next render, which describes first the rows nothing is known about.
 * The threads are virtual where the JVM has them and
 * {@code spring.threads.virtual.enabled} is set, platform daemon threads otherwise (JDK
 * 17).
 */
@Component
class JobRows {

	private final MacieJobs macieJobs;

	private final JobListProperties properties;

	private final ThreadFactory threads;

	/**
	 * The details each job was last described with, for rows whose description is late.
	 */
	private final Cache<String, JobRow.RowDetails> lastKnown = Caffeine.newBuilder().maximumSize(10_000).build();

	JobRows(MacieJobs macieJobs, JobListProperties properties, Environment environment) {
		this.macieJobs = macieJobs;
		this.properties = properties;
		this.threads = Threading.VIRTUAL.isActive(environment)
				? new VirtualThreadTaskExecutor("job-list-describe-").getVirtualThreadFactory() : daemonThreads();
	}

	/**
	 * The rows in the order of the summaries; now is when pause expiries are measured
	 * from.
	 */
	List<JobRow> rows(List<JobSummary> jobs, Instant now) {
		if (jobs.isEmpty()) {
			return List.of();
		}
		ExecutorService describers = Executors
			.newFixedThreadPool(Math.min(this.properties.describeParallelism(), jobs.size()), this.threads);
		try {
			Map<String, CompletableFuture<JobRow.RowDetails>> descriptions = new LinkedHashMap<>();
			jobs.stream()
				.sorted(Comparator.comparing((JobSummary job) -> this.lastKnown.getIfPresent(job.jobId()) != null))
				.forEach((job) -> descriptions.computeIfAbsent(job.jobId(),
						(jobId) -> CompletableFuture.supplyAsync(() -> describe(jobId), describers)));
			awaitUntilTheDeadline(descriptions.values());
			List<JobRow> rows = new ArrayList<>(jobs.size());
			for (JobSummary job : jobs) {
				CompletableFuture<JobRow.RowDetails> description = descriptions.get(job.jobId());
				if (description.isDone()) {
					rows.add(new JobRow(job, description.isCompletedExceptionally() ? null : description.join(), false,
							now));
				}
				else {
					JobRow.RowDetails known = this.lastKnown.getIfPresent(job.jobId());
					rows.add(new JobRow(job, known, known == null, now));
				}
			}
			return rows;
		}
		finally {
			// late calls go on, at most describe-parallelism at a time, for the next
			// render; then the threads end
			describers.shutdown();
		}
	}

	private void awaitUntilTheDeadline(Iterable<CompletableFuture<JobRow.RowDetails>> descriptions) {
		List<CompletableFuture<JobRow.RowDetails>> all = new ArrayList<>();
		descriptions.forEach(all::add);
		try {
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
				.get(this.properties.detailsDeadline().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// the rows say which details are late
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The job's details, or null when Macie could not describe it. */
	private JobRow.RowDetails describe(String jobId) {
		try {
			Job job = this.macieJobs.describeJob(jobId);
			JobRow.RowDetails details = new JobRow.RowDetails(job.lastRunTime(), job.definition().schedule(),
					job.approximateObjectsToProcess());
			this.lastKnown.put(jobId, details);
			return details;
		}
		catch (MacieException ex) {
			return null;
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "job-list-describe-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
