package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.macie.Bucket;

/**
 * What a bucket selection matches in Macie's inventory right now.
 *
 * @param firstBuckets the first matching buckets by name
 * @param notInInventory specific buckets ("account/name") that the inventory does not
 * know
 * @param partial whether the inventory was too large to read in full (the figures are
 * then lower bounds)
 * @param criteria whether the selection is criteria (evaluated again at every run)
 */
public record BucketPreview(int matchCount, List<Bucket> firstBuckets, long sizeInBytes, long classifiableSizeInBytes,
		List<String> notInInventory, boolean partial, boolean criteria) {

	static final int FIRST_BUCKETS = 10;

}
