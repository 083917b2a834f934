package io.maciedashboard.macie;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.ObjectScope.ObjectProperty;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;

/** Job definitions that together use every member of CreateClassificationJobRequest. */
final class JobDefinitions {

	private JobDefinitions() {
	}

	/**
	 * Daily, specific buckets in two accounts, object scope with every kind of term,
	 * INCLUDE with ids.
	 */
	static JobDefinition dailySpecificBuckets() {
		return new JobDefinition("Daily PII sweep", "Personal data in finance exports", JobType.SCHEDULED,
				new Schedule.Daily(), true, 50,
				new SpecificBuckets(
						List.of(new AccountBuckets("111122223333", List.of("finance-reports", "hr-exports")),
								new AccountBuckets("444455556666", List.of("customer-uploads")))),
				new ObjectScope(List.of(
						new PropertyTerm(ObjectProperty.OBJECT_EXTENSION, Comparator.EQ, List.of("csv", "xlsx")),
						new PropertyTerm(ObjectProperty.OBJECT_KEY, Comparator.STARTS_WITH, List.of("exports/")),
						new TagTerm(Comparator.EQ, List.of(new TagValue("classification", "confidential")))),
						List.of(new PropertyTerm(ObjectProperty.OBJECT_SIZE, Comparator.GT, List.of("1048576")),
								new PropertyTerm(ObjectProperty.OBJECT_LAST_MODIFIED_DATE, Comparator.LT,
										List.of("2024-01-01T00:00:00Z")),
								new TagTerm(Comparator.NE, List.of(new TagValue("scan", ""))))),
				ManagedIdentifierSelector.INCLUDE, List.of("CREDIT_CARD_NUMBER", "EMAIL_ADDRESS"),
				List.of("cdi-employee-id"), List.of("al-test-cards"),
				Map.of("team", "compliance", "cost-center", "42"));
	}

	/**
	 * Weekly, bucket criteria with property and tag conditions on both sides, EXCLUDE.
	 */
	static JobDefinition weeklyBucketCriteria() {
		return new JobDefinition("Weekly public buckets", null, JobType.SCHEDULED,
				new Schedule.Weekly(DayOfWeek.MONDAY), false, 100,
				new BucketCriteria(List.of(
						new PropertyCondition(BucketProperty.ACCOUNT_ID, Comparator.EQ, List.of("111122223333")),
						new PropertyCondition(BucketProperty.S3_BUCKET_EFFECTIVE_PERMISSION, Comparator.EQ,
								List.of("PUBLIC")),
						new TagCondition(Comparator.EQ, List.of(new TagValue("env", "prod")))),
						List.of(new PropertyCondition(BucketProperty.S3_BUCKET_NAME, Comparator.EQ, List.of("logs")),
								new PropertyCondition(BucketProperty.S3_BUCKET_SHARED_ACCESS, Comparator.NE,
										List.of("EXTERNAL")),
								new TagCondition(Comparator.NE, List.of(new TagValue("owner", ""))))),
				ObjectScope.ALL_OBJECTS, ManagedIdentifierSelector.EXCLUDE, List.of("AWS_CREDENTIALS"), List.of(),
				List.of(), Map.of());
	}

	/** Monthly on the 31st, RECOMMENDED identifiers, no optional lists. */
	static JobDefinition monthly() {
		return new JobDefinition("Monthly archive check", null, JobType.SCHEDULED, new Schedule.Monthly(31), true, null,
				new SpecificBuckets(List.of(new AccountBuckets("111122223333", List.of("archive")))),
				ObjectScope.ALL_OBJECTS, ManagedIdentifierSelector.RECOMMENDED, List.of(), List.of(), List.of(),
				Map.of());
	}

	/** One-time, criteria with includes only, custom identifiers only (NONE). */
	static JobDefinition oneTimeCustomOnly() {
		return new JobDefinition("One-off employee ids", "Custom identifiers only", JobType.ONE_TIME, null, false, 10,
				new BucketCriteria(List
					.of(new PropertyCondition(BucketProperty.S3_BUCKET_NAME, Comparator.EQ, List.of("hr-exports"))),
						List.of()),
				ObjectScope.ALL_OBJECTS, ManagedIdentifierSelector.NONE, List.of(), List.of("cdi-employee-id"),
				List.of(), Map.of("purpose", "audit"));
	}

	static List<JobDefinition> all() {
		return List.of(dailySpecificBuckets(), weeklyBucketCriteria(), monthly(), oneTimeCustomOnly());
	}

}
