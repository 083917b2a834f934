package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.MacieLimits;

/**
 * The triage strip's one bounded scan: ListClassificationJobs, newest first, 200 jobs a
 * page, at most {@code triage-scan-pages} pages, shared by every viewer for
 * {@code triage-scan-ttl}. It keeps only the jobs the strip can lead to (paused by a
 * user, or with errors in the last run) and counts those paused by Macie's quota. Its
 * cost is bounded whatever the number of jobs; when the account has more jobs than the
 * scan reads, the strip says its counts cover the newest ones.
 */
@Component
class TriageScan {

	private final MacieJobs macieJobs;

	private final JobListProperties properties;

	private final Cache<String, Result> results;

	TriageScan(MacieJobs macieJobs, JobListProperties properties) {
		this.macieJobs = macieJobs;
		this.properties = properties;
		this.results = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(properties.triageScanTtl()).build();
	}

	/** The latest scan, read again once it is older than the TTL. */
	Result result() {
		return this.results.get("scan", (key) -> scan());
	}

	private Result scan() {
		List<JobSummary> kept = new ArrayList<>();
		int scanned = 0;
		int quotaPaused = 0;
		String token = null;
		for (int page = 0; page < this.properties.triageScanPages(); page++) {
			JobPage jobs = this.macieJobs.listJobs(new JobListQuery(Set.of(), null, null, null, null,
					SortField.CREATED_AT, false, MacieLimits.JOBS_PER_PAGE, token));
			for (JobSummary job : jobs.jobs()) {
				scanned++;
				if (job.status() == JobStatus.PAUSED) {
					quotaPaused++;
				}
				if (job.status() == JobStatus.USER_PAUSED || job.lastRunFailed()) {
					kept.add(job);
				}
			}
			token = jobs.nextToken();
			if (token == null) {
				return new Result(List.copyOf(kept), quotaPaused, scanned, true);
			}
		}
		return new Result(List.copyOf(kept), quotaPaused, scanned, false);
	}

	/**
	 * What one scan found.
	 *
	 * @param candidates the jobs paused by a user or with errors in the last run, newest
	 * first
	 * @param quotaPaused how many jobs Macie paused for its quota
	 * @param scanned how many jobs the scan read
	 * @param complete whether it read every job of the account
	 */
	record Result(List<JobSummary> candidates, int quotaPaused, int scanned, boolean complete) {

		List<JobSummary> matching(Triage triage, Instant now) {
			return this.candidates.stream().filter((job) -> triage.matches(job, now)).toList();
		}

		int count(Triage triage, Instant now) {
			return matching(triage, now).size();
		}

	}

}
