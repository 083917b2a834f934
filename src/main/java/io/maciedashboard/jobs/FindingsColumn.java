package io.maciedashboard.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.Place;

/**
 * The job list's Findings column: one GetFindingStatistics call per place on the page,
 * grouped by job and restricted to the page's jobs, whatever the number of rows. A place
 * whose call fails shows no counts (its rows say so), the others do.
 */
@Component
class FindingsColumn {

	private final MacieFindings findings;

	FindingsColumn(MacieFindings findings) {
		this.findings = findings;
	}

	FindingCounts counts(List<JobRow> rows) {
		Map<Place, List<String>> jobsByPlace = new LinkedHashMap<>();
		rows.forEach(
				(row) -> jobsByPlace.computeIfAbsent(row.place(), (place) -> new ArrayList<>()).add(row.job().jobId()));
		Map<String, Long> counts = new HashMap<>();
		Set<Place> failed = new HashSet<>();
		jobsByPlace.forEach((place, jobIds) -> {
			try {
				this.findings.countsByJob(place, jobIds)
					.forEach((jobId, count) -> counts.put(FindingCounts.key(place, jobId), count));
			}
			catch (MacieException ex) {
				failed.add(place);
			}
		});
		return new FindingCounts(counts, failed);
	}

}
