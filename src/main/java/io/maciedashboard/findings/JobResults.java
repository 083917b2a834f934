package io.maciedashboard.findings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.maciedashboard.macie.FindingCount;
import io.maciedashboard.macie.FindingGroup;
import io.maciedashboard.macie.FindingSeverity;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.Place;
import io.maciedashboard.macie.ResultsStorage;
import io.maciedashboard.web.AwsConsole;

/**
 * The job page's Results section: a job's unarchived findings counted by severity, by
 * type and by bucket (three GetFindingStatistics calls, shared and kept like every read),
 * and where the place's detailed results are stored (its export configuration, kept for
 * {@code macie.ended-job-cache-ttl} since it is the place's and rarely changes: so a
 * render costs three calls, and a fourth at most once per place in that time).
 */
@Component
public class JobResults {

	/** How long Macie keeps findings. */
	static final Duration KEPT = Duration.ofDays(90);

	static final int TOP_BUCKETS = 10;

	private final MacieFindings findings;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	JobResults(MacieFindings findings, Clock clock) {
		this.findings = findings;
		this.clock = clock;
	}

	/** The section for a job; a Macie failure becomes its message, never an exception. */
	public JobResultsView of(Place place, Job job) {
		String jobId = job.jobId();
		Map<String, Long> bySeverity;
		List<FindingCount> byType;
		List<FindingCount> byBucket;
		try {
			bySeverity = this.findings.statistics(place, jobId, FindingGroup.SEVERITY, FindingSeverity.values().length)
				.stream()
				.collect(Collectors.toMap(FindingCount::key, FindingCount::count, Long::sum));
			byType = this.findings.statistics(place, jobId, FindingGroup.TYPE, 100);
			byBucket = this.findings.statistics(place, jobId, FindingGroup.BUCKET, TOP_BUCKETS + 1);
		}
		catch (MacieException ex) {
			return JobResultsView.failed(FindingLinks.list(place, jobId), ex.getMessage());
		}
		List<JobResultsView.Count> severities = Arrays.stream(FindingSeverity.values())
			.sorted(Comparator.reverseOrder())
			.map((severity) -> count(place, jobId, "severity", severity.label(), severity.label(),
					bySeverity.getOrDefault(severity.label(), 0L)))
			.toList();
		List<JobResultsView.Count> types = byType.stream()
			.map((type) -> count(place, jobId, "type", FindingsRequest.typeParameter(type.key()), type.key(),
					type.count()))
			.toList();
		List<JobResultsView.Count> buckets = byBucket.stream()
			.limit(TOP_BUCKETS)
			.map((bucket) -> count(place, jobId, "bucket", bucket.key(), bucket.key(), bucket.count()))
			.toList();
		long total = severities.stream().mapToLong(JobResultsView.Count::count).sum();
		return new JobResultsView(FindingLinks.list(place, jobId), total, severities, types, buckets,
				byBucket.size() > TOP_BUCKETS, storage(place), (total == 0) ? whyNone(job) : null, null);
	}

	private static JobResultsView.Count count(Place place, String jobId, String parameter, String value, String label,
			long count) {
		return new JobResultsView.Count(label, count, FindingLinks.list(place, jobId, parameter, value));
	}

	/** Where the detailed results are, or null when Macie stores none or did not say. */
	private JobResultsView.Storage storage(Place place) {
		try {
			Optional<ResultsStorage> storage = this.findings.resultsStorage(place);
			return storage
				.map((where) -> new JobResultsView.Storage("s3://" + where.bucketName() + "/" + where.keyPrefix(),
						AwsConsole.s3Bucket(place.region(), where.bucketName(), where.keyPrefix())))
				.orElse(JobResultsView.Storage.NONE);
		}
		catch (MacieException ex) {
			return new JobResultsView.Storage(null, null, ex.getMessage());
		}
	}

	/** Why a job shows no findings, in words. */
	private String whyNone(Job job) {
		Instant lastActivity = (job.lastRunTime() != null) ? job.lastRunTime() : job.createdAt();
		boolean live = job.status().isLive();
		if (!live && lastActivity != null && lastActivity.isBefore(this.clock.instant().minus(KEPT))) {
			return "No findings: Macie keeps findings for 90 days, and this job last ran more than 90 days ago, "
					+ "so any findings it made are gone.";
		}
		if (live || job.numberOfRuns() == 0) {
			return "No findings yet. Macie adds findings as the job analyses objects, so they may appear while it runs.";
		}
		return "No findings: Macie found no sensitive data in the objects this job analysed "
				+ "(or all its findings are archived).";
	}

}
