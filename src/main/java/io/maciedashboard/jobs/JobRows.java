package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;

/**
 * Turns a page of job summaries into rows. ListClassificationJobs gives neither the
 * schedule nor the last run time, so each job on the page is described, a bounded number
 * at a time: the cost grows with the page size, never with the number of jobs in the
 * account (and the service layer keeps an ended job's description, which no longer
 * changes). A job that cannot be described still gets its row, with less in it.
 */
@Component
class JobRows implements DisposableBean {

	private final MacieJobs macieJobs;

	private final ExecutorService describers;

	JobRows(MacieJobs macieJobs, JobListProperties properties) {
		this.macieJobs = macieJobs;
		this.describers = Executors.newFixedThreadPool(properties.describeParallelism(), daemonThreads());
	}

	/**
	 * The rows in the order of the summaries; now is when pause expiries are measured
	 * from.
	 */
	List<JobRow> rows(List<JobSummary> jobs, Instant now) {
		List<CompletableFuture<JobRow>> rows = new ArrayList<>(jobs.size());
		for (JobSummary job : jobs) {
			rows.add(CompletableFuture.supplyAsync(() -> new JobRow(job, describe(job), now), this.describers));
		}
		return rows.stream().map(CompletableFuture::join).toList();
	}

	private JobRow.RowDetails describe(JobSummary summary) {
		try {
			Job job = this.macieJobs.describeJob(summary.jobId());
			return new JobRow.RowDetails(job.lastRunTime(), job.definition().schedule());
		}
		catch (MacieException ex) {
			return null;
		}
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
