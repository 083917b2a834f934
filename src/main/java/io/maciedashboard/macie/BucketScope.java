package io.maciedashboard.macie;

import java.util.List;

/**
 * Which S3 buckets a job analyses: a fixed list (bucketDefinitions) or criteria
 * (bucketCriteria).
 */
public sealed interface BucketScope {

	/** Specific buckets, grouped by the account that owns them. */
	record SpecificBuckets(List<AccountBuckets> accounts) implements BucketScope {

		public int bucketCount() {
			return this.accounts.stream().mapToInt((account) -> account.buckets().size()).sum();
		}

	}

	record AccountBuckets(String accountId, List<String> buckets) {
	}

	/**
	 * Conditions evaluated again before every run; all includes must match and no
	 * exclude.
	 */
	record BucketCriteria(List<BucketCondition> includes, List<BucketCondition> excludes) implements BucketScope {
	}

	/**
	 * One condition of bucket criteria (CriteriaForJob: a simpleCriterion or a
	 * tagCriterion).
	 */
	sealed interface BucketCondition {

	}

	/**
	 * ACCOUNT_ID, S3_BUCKET_NAME, S3_BUCKET_EFFECTIVE_PERMISSION or
	 * S3_BUCKET_SHARED_ACCESS; EQ or NE.
	 */
	record PropertyCondition(BucketProperty key, Comparator comparator,
			List<String> values) implements BucketCondition {
	}

	/** Bucket tags; EQ or NE; each tag value may have an empty key or value. */
	record TagCondition(Comparator comparator, List<TagValue> tagValues) implements BucketCondition {
	}

	enum BucketProperty {

		ACCOUNT_ID, S3_BUCKET_NAME, S3_BUCKET_EFFECTIVE_PERMISSION, S3_BUCKET_SHARED_ACCESS

	}

}
