package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.Comparator;
import io.maciedashboard.macie.TagValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's reading of bucket criteria: every include, no exclude; values and tag
 * pairs are alternatives.
 */
class BucketCriteriaMatcherTest {

	private static List<String> matching(List<BucketCondition> includes, List<BucketCondition> excludes) {
		return BucketCriteriaMatcher.filter(new BucketCriteria(includes, excludes), BuilderFixtures.BUCKETS)
			.stream()
			.map((bucket) -> bucket.name())
			.toList();
	}

	@Test
	void noConditionsMatchEveryBucket() {
		assertThat(matching(List.of(), List.of())).containsExactly("finance-reports", "hr-exports", "public-website");
	}

	@Test
	void propertyValuesAreAlternativesAndNeMeansNoneOfThem() {
		assertThat(matching(List.of(new PropertyCondition(BucketProperty.S3_BUCKET_SHARED_ACCESS, Comparator.EQ,
				List.of("INTERNAL", "EXTERNAL"))), List.of()))
			.containsExactly("hr-exports", "public-website");
		assertThat(matching(
				List.of(new PropertyCondition(BucketProperty.ACCOUNT_ID, Comparator.NE, List.of("444455556666"))),
				List.of()))
			.containsExactly("finance-reports", "hr-exports");
	}

	@Test
	void everyIncludeMustHoldAndAnyExcludeRemoves() {
		assertThat(matching(
				List.of(new PropertyCondition(BucketProperty.ACCOUNT_ID, Comparator.EQ, List.of("111122223333")),
						new PropertyCondition(BucketProperty.S3_BUCKET_EFFECTIVE_PERMISSION, Comparator.EQ,
								List.of("NOT_PUBLIC"))),
				List.of(new PropertyCondition(BucketProperty.S3_BUCKET_NAME, Comparator.EQ, List.of("hr-exports")))))
			.containsExactly("finance-reports");
	}

	@Test
	void tagPairsMatchOnKeyAndValueOrOnTheOneGiven() {
		assertThat(matching(List.of(new TagCondition(Comparator.EQ, List.of(new TagValue("team", "")))), List.of()))
			.containsExactly("hr-exports");
		assertThat(matching(List.of(new TagCondition(Comparator.EQ, List.of(new TagValue("", "dev")))), List.of()))
			.containsExactly("public-website");
		assertThat(matching(List
			.of(new TagCondition(Comparator.EQ, List.of(new TagValue("env", "prod"), new TagValue("env", "dev")))),
				List.of()))
			.hasSize(3);
		assertThat(matching(List.of(), List.of(new TagCondition(Comparator.NE, List.of(new TagValue("env", "prod"))))))
			.containsExactly("finance-reports", "hr-exports");
	}

}
