package io.maciedashboard.findings;

import java.util.List;
import java.util.Map;

import io.maciedashboard.macie.Finding;
import io.maciedashboard.macie.FindingSeverity;
import io.maciedashboard.macie.FindingSort;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.Place;

/**
 * A job's findings page: the view asked for in the URL, a page of findings (or why there
 * are none) and the links to the first and next pages.
 *
 * @param rows empty when the URL had problems or Macie failed
 * @param nextPageUrl null on the last page
 * @param failure why Macie gave no findings, or null
 */
record FindingsView(Place place, Job job, FindingsRequest request, List<Row> rows, String nextPageUrl, String failure) {

	public String jobUrl() {
		return this.place.jobPath(this.job.jobId());
	}

	public String url() {
		return FindingLinks.list(this.place, this.job.jobId());
	}

	/** The first page of this view, or null when this is the first page. */
	public String firstPageUrl() {
		return (this.request.pageToken() != null) ? url() + FindingLinks.query(this.request.parameters(null)) : null;
	}

	public FindingSeverity[] severities() {
		return FindingSeverity.values();
	}

	public List<String> types() {
		return FindingsRequest.TYPES;
	}

	public FindingSort[] sorts() {
		return FindingSort.values();
	}

	public Map<String, String> problems() {
		return this.request.problems();
	}

	/**
	 * What the list shows, said once: "25 findings on this page", "No findings match".
	 */
	public String summary() {
		if (this.rows.isEmpty()) {
			return this.request.isFiltered() ? "No findings match these filters."
					: "This job has no unarchived findings.";
		}
		return this.rows.size() + ((this.rows.size() == 1) ? " finding" : " findings") + " on this page"
				+ (this.request.isFiltered() ? ", matching these filters." : ".");
	}

	/**
	 * One finding in the list.
	 *
	 * @param url the finding's page
	 */
	record Row(Finding finding, String url) {

		/** "EMAIL_ADDRESS: 12", per data type. */
		public List<String> occurrences() {
			return (this.finding.classification() != null) ? this.finding.classification()
				.dataTypes()
				.stream()
				.map((type) -> type.name() + ": " + type.count())
				.toList() : List.of();
		}

	}

}
