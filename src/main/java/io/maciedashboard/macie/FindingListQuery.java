package io.maciedashboard.macie;

/**
 * One page of a job's findings.
 *
 * @param pageSize 1 to 50 (ListFindings' maxResults)
 * @param pageToken Macie's token for the page, or null for the first
 */
public record FindingListQuery(FindingFilter filter, FindingSort sort, boolean descending, int pageSize,
		String pageToken) {

	public static final int MAX_PAGE_SIZE = 50;

	public FindingListQuery {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page size " + pageSize + " is not 1 to " + MAX_PAGE_SIZE);
		}
	}

}
