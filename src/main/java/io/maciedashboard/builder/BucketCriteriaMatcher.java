package io.maciedashboard.builder;

import java.util.List;
import java.util.Map;

import io.maciedashboard.macie.Bucket;
import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.Comparator;
import io.maciedashboard.macie.TagValue;

/**
 * Macie's meaning of bucket criteria, applied to inventory buckets for the preview: a
 * bucket is in the job when it meets every include condition and no exclude condition;
 * the values of one condition are alternatives (OR); a tag pair with an empty key or
 * value matches on the other part.
 */
final class BucketCriteriaMatcher {

	private BucketCriteriaMatcher() {
	}

	static List<Bucket> filter(BucketCriteria criteria, List<Bucket> buckets) {
		return buckets.stream()
			.filter((bucket) -> criteria.includes().stream().allMatch((condition) -> meets(condition, bucket))
					&& criteria.excludes().stream().noneMatch((condition) -> meets(condition, bucket)))
			.toList();
	}

	private static boolean meets(BucketCondition condition, Bucket bucket) {
		if (condition instanceof PropertyCondition property) {
			return (property.comparator() == Comparator.NE) != property.values().contains(value(property, bucket));
		}
		TagCondition tag = (TagCondition) condition;
		Map<String, String> tags = (bucket.tags() != null) ? bucket.tags() : Map.of();
		return (tag.comparator() == Comparator.NE) != tag.tagValues().stream().anyMatch((pair) -> hasTag(tags, pair));
	}

	private static String value(PropertyCondition property, Bucket bucket) {
		return switch (property.key()) {
			case ACCOUNT_ID -> bucket.accountId();
			case S3_BUCKET_NAME -> bucket.name();
			case S3_BUCKET_EFFECTIVE_PERMISSION -> bucket.effectivePermission();
			case S3_BUCKET_SHARED_ACCESS -> bucket.sharedAccess();
		};
	}

	private static boolean hasTag(Map<String, String> tags, TagValue pair) {
		boolean anyKey = pair.key() == null || pair.key().isEmpty();
		boolean anyValue = pair.value() == null || pair.value().isEmpty();
		return tags.entrySet()
			.stream()
			.anyMatch((tag) -> (anyKey || tag.getKey().equals(pair.key()))
					&& (anyValue || tag.getValue().equals(pair.value())));
	}

}
