package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;

/**
 * Turns a page of job summaries into rows. ListClassificationJobs gives neither the schedule nor
 * the last run time, so each job on the page is described, a bounded number at a time: the cost
 * grows with the page size, never with the number of jobs in the account. A job that has ended
 * (COMPLETE or CANCELLED) never changes again, so its details are remembered (up to a bound) and
 * not asked for twice. A job that cannot be described still gets its row, with less in it.
 */
@Component
class JobRows implements DisposableBean {

	/** Ended jobs remembered; beyond this the least recently shown are asked for again. */
	static final int MAX_REMEMBERED = 10_000;

	private final MacieJobs macieJobs;

	private final ExecutorService describers;

	private final Map<String, JobRow.RowDetails> ended = Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, JobRow.RowDetails> eldest) {
				return size() > MAX_REMEMBERED;
			}

		});

	JobRows(MacieJobs macieJobs, JobListProperties properties) {
		this.macieJobs = macieJobs;
		this.describers = Executors.newFixedThreadPool(properties.describeParallelism(), daemonThreads());
	}

	/** The rows in the order of the summaries; now is when pause expiries are measured from. */
	List<JobRow> rows(List<JobSummary> jobs, Instant now) {
		List<CompletableFuture<JobRow>> rows = new ArrayList<>(jobs.size());
		for (JobSummary job : jobs) {
			JobRow.RowDetails known = hasEnded(job.status()) ? this.ended.get(job.jobId()) : null;
			rows.add((known != null) ? CompletableFuture.completedFuture(new JobRow(job, known, now))
					: CompletableFuture.supplyAsync(() -> new JobRow(job, describe(job), now), this.describers));
		}
		return rows.stream().map(CompletableFuture::join).toList();
	}

	private JobRow.RowDetails describe(JobSummary summary) {
		try {
			Job job = this.macieJobs.describeJob(summary.jobId());
			JobRow.RowDetails details = new JobRow.RowDetails(job.lastRunTime(), job.definition().schedule());
			if (hasEnded(job.status())) {
				this.ended.put(job.jobId(), details);
			}
			return details;
		}
		catch (MacieException ex) {
			return null;
		}
	}

	private static boolean hasEnded(JobStatus status) {
		return status == JobStatus.COMPLETE || status == JobStatus.CANCELLED;
	}

	@Override
	public void destroy() {
		this.describers.shutdownNow();
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
