package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import io.maciedashboard.admission.RequestAdmission;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.Place;

/**
 * The triage strip's one bounded scan of every place: ListClassificationJobs, newest
 * first, 200 jobs a page, at most {@code triage-scan-pages} pages in each place, shared
 * by every viewer for {@code triage-scan-ttl}. It keeps only the jobs the strip counts
 * (paused by a user or by Macie's quota, or with errors in the last run) with their
 * place, so that the strip can count them in the places shown. Its cost is bounded
 * whatever the number of jobs; when a place has more jobs than the scan reads, or a place
 * failed (it is left out), the strip says its counts cover the newest ones. When every
 * place fails, so does the scan.
 */
@Component
class TriageScan {

	private final MacieJobs macieJobs;

	private final JobListProperties properties;

	private final AsyncCache<String, Result> results;

	TriageScan(MacieJobs macieJobs, JobListProperties properties) {
		this.macieJobs = macieJobs;
		this.properties = properties;
		this.results = Caffeine.newBuilder()
			.maximumSize(1)
			.expireAfterWrite(properties.triageScanTtl())
			.executor(Runnable::run)
			.buildAsync();
	}

	/**
	 * The latest scan, read again once it is older than the TTL. The page that finds none
	 * scans on its own thread; pages that come meanwhile wait for that scan with their
	 * turn given back ({@link RequestAdmission}): inside a synchronous cache's load they
	 * would keep it while the scanning page, back from Macie, waited for a turn.
	 */
	Result result() {
		CompletableFuture<Result> mine = new CompletableFuture<>();
		CompletableFuture<Result> current = this.results.asMap().computeIfAbsent("scan", (key) -> mine);
		if (current == mine) {
			try {
				mine.complete(scan());
			}
			catch (RuntimeException | Error ex) {
				mine.completeExceptionally(ex);
			}
		}
		try {
			return RequestAdmission.join(current);
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private Result scan() {
		List<PlacedJob> kept = new ArrayList<>();
		int[] scanned = new int[1];
		boolean complete = true;
		MacieException failure = null;
		boolean anyRead = false;
		for (Place place : this.macieJobs.places()) {
			try {
				complete &= scan(place, kept, scanned);
				anyRead = true;
			}
			catch (MacieException ex) {
				failure = (failure != null) ? failure : ex;
				complete = false;
			}
		}
		if (!anyRead && failure != null) {
			throw failure;
		}
		kept.sort(Comparator.comparing((PlacedJob job) -> job.job().createdAt()).reversed());
		return new Result(List.copyOf(kept), scanned[0], complete);
	}

	/**
	 * Reads a place's newest jobs into kept, adding how many it read to scanned; whether
	 * it read them all.
	 */
	private boolean scan(Place place, List<PlacedJob> kept, int[] scanned) {
		String token = null;
		for (int page = 0; page < this.properties.triageScanPages(); page++) {
			JobPage jobs = this.macieJobs.listJobs(place, new JobListQuery(Set.of(), null, null, null, null,
					SortField.CREATED_AT, false, MacieLimits.JOBS_PER_PAGE, token));
			for (JobSummary job : jobs.jobs()) {
				scanned[0]++;
				if (job.status() == JobStatus.USER_PAUSED || job.status() == JobStatus.PAUSED || job.lastRunFailed()) {
					kept.add(new PlacedJob(place, job));
				}
			}
			token = jobs.nextToken();
			if (token == null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What one scan found.
	 *
	 * @param candidates the jobs paused (by a user or by Macie's quota) or with errors in
	 * the last run, newest first
	 * @param scanned how many jobs the scan read
	 * @param complete whether it read every job of every place
	 */
	record Result(List<PlacedJob> candidates, int scanned, boolean complete) {

		List<PlacedJob> matching(Triage triage, List<Place> places, Instant now) {
			return this.candidates.stream()
				.filter((job) -> places.contains(job.place()) && triage.matches(job.job(), now))
				.toList();
		}

		int count(Triage triage, List<Place> places, Instant now) {
			return matching(triage, places, now).size();
		}

		/** How many jobs of the places Macie paused for its quota. */
		int quotaPaused(List<Place> places) {
			return (int) this.candidates.stream()
				.filter((job) -> places.contains(job.place()) && job.job().status() == JobStatus.PAUSED)
				.count();
		}

	}

}
