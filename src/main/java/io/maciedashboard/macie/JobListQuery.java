package io.maciedashboard.macie;

import java.time.Instant;
import java.util.Set;

/**
 * What to ask ListClassificationJobs for. Every part is pushed down to Macie as
 * filterCriteria and sortCriteria; nothing is filtered in memory.
 *
 * @param statuses empty means every status
 * @param type null means both types
 * @param nameContains null or blank means any name
 * @param createdAfter null means no lower bound (inclusive, GTE)
 * @param createdBefore null means no upper bound (exclusive, LT)
 * @param nextToken null for the first page
 */
public record JobListQuery(Set<JobStatus> statuses, JobType type, String nameContains, Instant createdAfter,
		Instant createdBefore, SortField sortBy, boolean ascending, int pageSize, String nextToken) {

	public static final int DEFAULT_PAGE_SIZE = 25;

	public static JobListQuery firstPage() {
		return new JobListQuery(Set.of(), null, null, null, null, SortField.CREATED_AT, false, DEFAULT_PAGE_SIZE, null);
	}

	/** The same filters and sort, for a page from the token with at most maxResults. */
	public JobListQuery at(String token, int maxResults) {
		return new JobListQuery(this.statuses, this.type, this.nameContains, this.createdAfter, this.createdBefore,
				this.sortBy, this.ascending, maxResults, token);
	}

	public enum SortField {

		CREATED_AT("createdAt"), NAME("name"), STATUS("jobStatus"), TYPE("jobType");

		private final String attributeName;

		SortField(String attributeName) {
			this.attributeName = attributeName;
		}

		/** Macie's ListJobsSortAttributeName. */
		public String attributeName() {
			return this.attributeName;
		}

	}

}
