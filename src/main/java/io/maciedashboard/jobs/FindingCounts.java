package io.maciedashboard.jobs;

import java.util.Map;
import java.util.Set;

import io.maciedashboard.findings.FindingLinks;
import io.maciedashboard.macie.Place;

/**
 * The unarchived findings of each job on a page of the job list.
 *
 * @param byJob by {@link #key}; a job without findings is absent
 * @param failed the places whose counts could not be read
 */
record FindingCounts(Map<String, Long> byJob, Set<Place> failed) {

	static final FindingCounts NONE = new FindingCounts(Map.of(), Set.of());

	FindingCounts {
		byJob = Map.copyOf(byJob);
		failed = Set.copyOf(failed);
	}

	static String key(Place place, String jobId) {
		return place.key() + "/" + jobId;
	}

	/** The row's count, or null when its place's counts could not be read. */
	public Long of(JobRow row) {
		return this.failed.contains(row.place()) ? null
				: this.byJob.getOrDefault(key(row.place(), row.job().jobId()), 0L);
	}

	/** The row's job's findings page. */
	public String url(JobRow row) {
		return FindingLinks.list(row.place(), row.job().jobId());
	}

}
