package io.maciedashboard.macie;

import java.util.List;

/** One page of jobs; nextToken is null on the last page. */
public record JobPage(List<JobSummary> jobs, String nextToken) {
}
