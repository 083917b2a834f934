package io.maciedashboard.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.maciedashboard.emulator.Shapes.FindingCriteria;
import io.maciedashboard.emulator.Shapes.FindingStatisticsSortCriteria;
import io.maciedashboard.emulator.Shapes.GetFindingStatisticsRequest;
import io.maciedashboard.emulator.Shapes.GetFindingStatisticsResponse;
import io.maciedashboard.emulator.Shapes.GetFindingsRequest;
import io.maciedashboard.emulator.Shapes.GetFindingsResponse;
import io.maciedashboard.emulator.Shapes.GroupCount;
import io.maciedashboard.emulator.Shapes.ListFindingsRequest;
import io.maciedashboard.emulator.Shapes.ListFindingsResponse;

/**
 * A place's sensitive data findings: those its jobs' runs have made by now (the emulator
 * clock's), for 90 days after each was created. Nothing is stored: every request works
 * them out from the jobs' timelines ({@link JobFindings}), so the findings of thousands
 * of jobs cost nothing until asked for. ListFindings pages ids (at most
 * {@value #LARGEST_PAGE} a page), GetFindings describes up to {@value #LARGEST_PAGE} of
 * them, GetFindingStatistics counts them by group (at most {@value #LARGEST_SIZE}
 * groups).
 */
final class FindingStore {

	static final int LARGEST_PAGE = 50;

	static final int DEFAULT_SIZE = 100;

	static final int LARGEST_SIZE = 1000;

	/** Findings of ended runs kept worked out (they no longer change), at most. */
	static final int KEPT_FINDINGS = 250_000;

	private final Place place;

	private final Clock clock;

	private final double objectsPerSecond;

	private final Map<String, JobFindings.Detector> managedDetectors;

	private final Map<String, JobFindings> generators = new ConcurrentHashMap<>();

	private final Map<String, String> jobIdByKey = new ConcurrentHashMap<>();

	/** Ended runs' findings, least recently used first. */
	private final Map<String, List<DiscoveredFinding>> endedRuns = new LinkedHashMap<>(16, 0.75f, true);

	private int keptFindings;

	FindingStore(Place place, Clock clock, double objectsPerSecond) {
		this.place = place;
		this.clock = clock;
		this.objectsPerSecond = objectsPerSecond;
		this.managedDetectors = JobFindings.managedDetectors(place.catalog());
	}

	ListFindingsResponse list(ListFindingsRequest request) {
		int pageSize = PageToken.pageSize(request.maxResults(), LARGEST_PAGE, LARGEST_PAGE);
		Comparator<DiscoveredFinding> order = FindingQuery.order(request.sortCriteria());
		List<String> ids = findings(request.findingCriteria()).stream()
			.sorted(order)
			.map(DiscoveredFinding::id)
			.toList();
		PageToken.Page<String> page = PageToken.page(ids, request.nextToken(), pageSize,
				"ListFindings" + request.findingCriteria() + request.sortCriteria());
		return new ListFindingsResponse(page.items(), page.nextToken());
	}

	GetFindingsResponse get(GetFindingsRequest request) {
		if (request.findingIds() == null || request.findingIds().isEmpty()) {
			throw MacieError.validation("findingIds", "is required");
		}
		if (request.findingIds().size() > LARGEST_PAGE) {
			throw MacieError.validation("findingIds",
					"can hold at most " + LARGEST_PAGE + " ids, not " + request.findingIds().size());
		}
		Instant now = this.clock.instant();
		List<DiscoveredFinding> found = new ArrayList<>();
		for (String id : new LinkedHashSet<>(request.findingIds())) {
			FindingIds.origin(id)
				.map(origin -> find(origin, now))
				.filter(finding -> finding != null && finding.id().equals(id))
				.ifPresent(found::add);
		}
		if (request.sortCriteria() != null) {
			found.sort(FindingQuery.order(request.sortCriteria()));
		}
		return new GetFindingsResponse(found.stream().map(finding -> finding.toFinding(this.place)).toList());
	}

	GetFindingStatisticsResponse statistics(GetFindingStatisticsRequest request) {
		Function<DiscoveredFinding, String> group = FindingQuery.GROUPS.get(request.groupBy());
		if (group == null) {
			throw MacieError.validation("groupBy", "must be one of "
					+ String.join(", ", new TreeSet<>(FindingQuery.GROUPS.keySet())) + ", not " + request.groupBy());
		}
		int size = PageToken.sizeWithin("size", request.size(), DEFAULT_SIZE, LARGEST_SIZE);
		Comparator<GroupCount> order = groupOrder(request.sortCriteria());
		Map<String, Long> counts = findings(request.findingCriteria()).stream()
			.collect(Collectors.groupingBy(group, Collectors.counting()));
		return new GetFindingStatisticsResponse(counts.entrySet()
			.stream()
			.map(entry -> new GroupCount(entry.getValue(), entry.getKey()))
			.sorted(order)
			.limit(size)
			.toList());
	}

	/** By group key ascending unless asked otherwise; ties by group key. */
	private static Comparator<GroupCount> groupOrder(FindingStatisticsSortCriteria sort) {
		String attribute = (sort != null && sort.attributeName() != null) ? sort.attributeName() : "groupKey";
		Comparator<GroupCount> order = switch (attribute) {
			case "groupKey" -> Comparator.comparing(GroupCount::groupKey);
			case "count" -> Comparator.comparing(GroupCount::count);
			default -> throw MacieError.validation("sortCriteria.attributeName",
					"must be groupKey or count, not " + attribute);
		};
		if (sort != null && OrderBy.isDescending(sort.orderBy(), "sortCriteria.orderBy")) {
			order = order.reversed();
		}
		return order.thenComparing(GroupCount::groupKey);
	}

	/** Every finding the criteria keep, now. */
	private List<DiscoveredFinding> findings(FindingCriteria criteria) {
		Predicate<DiscoveredFinding> kept = FindingQuery.filter(criteria);
		Set<String> jobIds = FindingQuery.jobIds(criteria);
		Collection<ClassificationJob> jobs = (jobIds == null) ? this.place.jobs().all()
				: jobIds.stream().map(this.place.jobs()::find).filter(Objects::nonNull).toList();
		Instant now = this.clock.instant();
		Instant notBefore = now.minus(ClassificationJob.FINDINGS_KEPT);
		List<DiscoveredFinding> findings = new ArrayList<>();
		for (ClassificationJob job : jobs) {
			JobFindings generator = generator(job);
			for (JobRun.Timeline run : job.timelines(now, this.objectsPerSecond)) {
				for (DiscoveredFinding finding : findingsOf(generator, run)) {
					if (finding.createdAt().isAfter(notBefore) && kept.test(finding)) {
						findings.add(finding);
					}
				}
			}
		}
		return findings;
	}

	/** A run's findings: kept once worked out when the run has ended. */
	private List<DiscoveredFinding> findingsOf(JobFindings generator, JobRun.Timeline run) {
		if (!run.ended()) {
			return generator.findings(run);
		}
		String key = generator.job().jobId() + "#" + run.number();
		synchronized (this.endedRuns) {
			List<DiscoveredFinding> kept = this.endedRuns.get(key);
			if (kept != null) {
				return kept;
			}
		}
		List<DiscoveredFinding> found = generator.findings(run);
		synchronized (this.endedRuns) {
			if (this.endedRuns.put(key, found) == null) {
				this.keptFindings += found.size();
			}
			var eldest = this.endedRuns.entrySet().iterator();
			while (this.keptFindings > KEPT_FINDINGS && eldest.hasNext()) {
				this.keptFindings -= eldest.next().getValue().size();
				eldest.remove();
			}
		}
		return found;
	}

	private DiscoveredFinding find(FindingIds.Origin origin, Instant now) {
		String jobId = this.jobIdByKey.get(origin.jobKey());
		if (jobId == null) {
			this.place.jobs()
				.all()
				.forEach(job -> this.jobIdByKey.put(FindingIds.jobKey(JobFindings.seedOf(this.place, job.jobId())),
						job.jobId()));
			jobId = this.jobIdByKey.get(origin.jobKey());
		}
		ClassificationJob job = (jobId != null) ? this.place.jobs().find(jobId) : null;
		if (job == null) {
			return null;
		}
		Instant notBefore = now.minus(ClassificationJob.FINDINGS_KEPT);
		return job.timelines(now, this.objectsPerSecond)
			.stream()
			.filter(run -> run.number() == origin.runNumber())
			.findFirst()
			.map(run -> generator(job).finding(run, origin.ordinal()))
			.filter(finding -> finding.createdAt().isAfter(notBefore))
			.orElse(null);
	}

	private JobFindings generator(ClassificationJob job) {
		return this.generators.computeIfAbsent(job.jobId(), id -> {
			JobFindings generator = new JobFindings(job, this.place, this.managedDetectors);
			this.jobIdByKey.put(FindingIds.jobKey(generator.jobSeed()), id);
			return generator;
		});
	}

}
