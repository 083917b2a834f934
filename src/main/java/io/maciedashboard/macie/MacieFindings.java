package io.maciedashboard.macie;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.CriterionAdditionalProperties;
import software.amazon.awssdk.services.macie2.model.FindingCriteria;
import software.amazon.awssdk.services.macie2.model.FindingStatisticsSortAttributeName;
import software.amazon.awssdk.services.macie2.model.GetClassificationExportConfigurationRequest;
import software.amazon.awssdk.services.macie2.model.GetClassificationExportConfigurationResponse;
import software.amazon.awssdk.services.macie2.model.ListFindingsResponse;
import software.amazon.awssdk.services.macie2.model.OrderBy;
import software.amazon.awssdk.services.macie2.model.S3Destination;
import software.amazon.awssdk.services.macie2.model.SortCriteria;

/**
 * What jobs found: findings statistics, pages of findings and single findings, and where
 * Macie stores detailed results. Reads go through {@link MacieJobs}' shared reads (kept
 * as briefly as every other answer; the export configuration, which the dashboard never
 * changes and people rarely do, for {@code macie.ended-job-cache-ttl}).
 * <p>
 * A page of findings is one ListFindings (ids, Macie's token) and one GetFindings for
 * those ids: the SDK's ListFindings paginator would fetch every page, while a page shows
 * one and keeps Macie's token in its link to the next.
 */
@Service
public class MacieFindings {

	/** GetFindingStatistics' largest {@code size}. */
	public static final int MAX_GROUPS = 1000;

	private static final String COUNTS_SUBJECT = "The findings of these jobs";

	private final MacieJobs jobs;

	MacieFindings(MacieJobs jobs) {
		this.jobs = jobs;
	}

	/**
	 * A job's unarchived findings counted by one property, the largest groups first.
	 * @param size at most this many groups (1 to {@value #MAX_GROUPS})
	 */
	public List<FindingCount> statistics(Place place, String jobId, FindingGroup groupBy, int size) {
		StatisticsQuery query = new StatisticsQuery(List.of(jobId), groupBy, size);
		return this.jobs.read(place, "findingStatistics", query, "The findings of job " + jobId,
				(macie) -> macie
					.getFindingStatistics((request) -> request.findingCriteria(unarchivedOf(List.of(jobId)))
						.groupBy(groupBy.property())
						.size(size)
						.sortCriteria((sort) -> sort.attributeName(FindingStatisticsSortAttributeName.COUNT)
							.orderBy(OrderBy.DESC)))
					.countsByGroup()
					.stream()
					.map((group) -> new FindingCount(group.groupKey(), group.count()))
					.toList(),
				(answer) -> false);
	}

	/**
	 * How many unarchived findings each of the jobs has, in one call: jobs without
	 * findings are absent.
	 * @param jobIds at most {@value #MAX_GROUPS}
	 */
	public Map<String, Long> countsByJob(Place place, Collection<String> jobIds) {
		List<String> ids = List.copyOf(jobIds);
		return ids.isEmpty() ? Map.of() : this.jobs.read(place, "findingStatistics", countsQuery(ids), COUNTS_SUBJECT,
				counts(ids), (answer) -> false);
	}

	/**
	 * The counts of {@link #countsByJob} if an earlier read keeps them, without waiting
	 * for Macie; empty when none are kept yet.
	 */
	public Optional<Map<String, Long>> keptCountsByJob(Place place, Collection<String> jobIds) {
		List<String> ids = List.copyOf(jobIds);
		return ids.isEmpty() ? Optional.of(Map.of()) : this.jobs.kept(place, "findingStatistics", countsQuery(ids),
				COUNTS_SUBJECT, counts(ids), (answer) -> false);
	}

	private static StatisticsQuery countsQuery(List<String> ids) {
		return new StatisticsQuery(ids, FindingGroup.JOB, ids.size());
	}

	private static Function<Macie2Client, Map<String, Long>> counts(List<String> ids) {
		return (macie) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			macie
				.getFindingStatistics((request) -> request.findingCriteria(unarchivedOf(ids))
					.groupBy(FindingGroup.JOB.property())
					.size(ids.size()))
				.countsByGroup()
				.forEach((group) -> counts.put(group.groupKey(), group.count()));
			return Map.copyOf(counts);
		};
	}

	/** One page of a job's findings: one ListFindings and one GetFindings. */
	public FindingPage findings(Place place, FindingListQuery query) {
		String subject = "The findings of job " + query.filter().jobId();
		return this.jobs.read(place, "findings", query, subject, (macie) -> {
			SortCriteria sort = SortCriteria.builder()
				.attributeName(query.sort().attribute())
				.orderBy(query.descending() ? OrderBy.DESC : OrderBy.ASC)
				.build();
			ListFindingsResponse ids = macie.listFindings((request) -> request.findingCriteria(criteria(query.filter()))
				.sortCriteria(sort)
				.maxResults(query.pageSize())
				.nextToken(query.pageToken()));
			List<Finding> findings = ids.findingIds().isEmpty() ? List.of()
					: macie.getFindings((request) -> request.findingIds(ids.findingIds()).sortCriteria(sort))
						.findings()
						.stream()
						.map(FindingRecords::finding)
						.toList();
			return new FindingPage(findings, ids.nextToken());
		}, (answer) -> false);
	}

	/**
	 * A finding of the place, empty when Macie does not have it (made up, of another
	 * place, or deleted after 90 days).
	 */
	public Optional<Finding> finding(Place place, String findingId) {
		return this.jobs.read(place, "finding", findingId, "Finding " + findingId,
				(macie) -> macie.getFindings((request) -> request.findingIds(findingId))
					.findings()
					.stream()
					.findFirst()
					.map(FindingRecords::finding),
				(answer) -> false);
	}

	/** Where the place's detailed results are stored, empty when Macie stores none. */
	public Optional<ResultsStorage> resultsStorage(Place place) {
		return this.jobs.read(place, "resultsStorage", null, "The classification export configuration",
				(macie) -> storage(macie.getClassificationExportConfiguration(
						GetClassificationExportConfigurationRequest.builder().build())),
				// changed only in Macie's console or API, rarely: kept like an ended job
				(answer) -> true);
	}

	private static Optional<ResultsStorage> storage(GetClassificationExportConfigurationResponse response) {
		if (response.configuration() == null || response.configuration().s3Destination() == null) {
			return Optional.empty();
		}
		S3Destination destination = response.configuration().s3Destination();
		return Optional.of(new ResultsStorage(destination.bucketName(),
				(destination.keyPrefix() != null) ? destination.keyPrefix() : "", destination.kmsKeyArn()));
	}

	private static FindingCriteria unarchivedOf(List<String> jobIds) {
		return FindingCriteria.builder()
			.criterion(Map.of("classificationDetails.jobId", eq(jobIds), "archived", eq(List.of("false"))))
			.build();
	}

	private static FindingCriteria criteria(FindingFilter filter) {
		Map<String, CriterionAdditionalProperties> criterion = new LinkedHashMap<>();
		criterion.put("classificationDetails.jobId", eq(List.of(filter.jobId())));
		if (filter.severity() != null) {
			criterion.put("severity.description", eq(List.of(filter.severity().label())));
		}
		if (filter.type() != null) {
			criterion.put("type", eq(List.of(filter.type())));
		}
		if (filter.bucket() != null) {
			criterion.put("resourcesAffected.s3Bucket.name", eq(List.of(filter.bucket())));
		}
		if (filter.archived() != null) {
			criterion.put("archived", eq(List.of(filter.archived().toString())));
		}
		return FindingCriteria.builder().criterion(criterion).build();
	}

	private static CriterionAdditionalProperties eq(List<String> values) {
		return CriterionAdditionalProperties.builder().eq(values).build();
	}

	private record StatisticsQuery(List<String> jobIds, FindingGroup groupBy, int size) {
	}

}
