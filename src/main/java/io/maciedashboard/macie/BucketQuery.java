package io.maciedashboard.macie;

import java.util.List;

/**
 * What to ask DescribeBuckets for.
 *
 * @param accountIds empty means every account
 * @param nameContains null or blank means any bucket name (sent as a prefix-free match)
 * @param nextToken null for the first page
 */
public record BucketQuery(List<String> accountIds, String nameContains, int pageSize, String nextToken) {
}
