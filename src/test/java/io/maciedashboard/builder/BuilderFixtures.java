package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.maciedashboard.builder.JobForm.AccountBucketsForm;
import io.maciedashboard.builder.JobForm.BucketConditionForm;
import io.maciedashboard.builder.JobForm.ConditionForm;
import io.maciedashboard.builder.JobForm.ObjectConditionForm;
import io.maciedashboard.builder.JobForm.TagPairForm;
import io.maciedashboard.macie.AllowList;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.Bucket;
import io.maciedashboard.macie.BucketPage;
import io.maciedashboard.macie.CustomDataIdentifier;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.ManagedDataIdentifier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * What Macie holds in the builder tests: identifiers, allow lists, buckets, and a form
 * using all of it.
 */
final class BuilderFixtures {

	static final List<ManagedDataIdentifier> MANAGED = List.of(
			new ManagedDataIdentifier("AWS_CREDENTIALS", "CREDENTIALS"),
			new ManagedDataIdentifier("CREDIT_CARD_NUMBER", "FINANCIAL_INFORMATION"),
			new ManagedDataIdentifier("EMAIL_ADDRESS", "PERSONAL_INFORMATION"),
			new ManagedDataIdentifier("USA_PASSPORT_NUMBER", "PERSONAL_INFORMATION"));

	static final List<CustomDataIdentifier> CUSTOM = List.of(
			new CustomDataIdentifier("cdi-employee-id", "Employee id", "EMP-nnnnnn"),
			new CustomDataIdentifier("cdi-project", "Project code", "PRJ-nnnn"));

	static final List<AllowList> ALLOW_LISTS = List
		.of(new AllowList("al-test-cards", "Test card numbers", "PCI test data"));

	static final IdentifierCatalog CATALOG = new IdentifierCatalog(MANAGED, CUSTOM, ALLOW_LISTS, null);

	static final Bucket FINANCE = bucket("111122223333", "finance-reports", 5_000_000_000L, 4_000_000_000L,
			"NOT_PUBLIC", "NOT_SHARED", Map.of("env", "prod"));

	static final Bucket HR = bucket("111122223333", "hr-exports", 2_000_000_000L, 1_000_000_000L, "NOT_PUBLIC",
			"INTERNAL", Map.of("env", "prod", "team", "hr"));

	static final Bucket WEBSITE = bucket("444455556666", "public-website", 300_000_000L, 100_000_000L, "PUBLIC",
			"EXTERNAL", Map.of("env", "dev"));

	static final List<Bucket> BUCKETS = List.of(FINANCE, HR, WEBSITE);

	private BuilderFixtures() {
	}

	/** A (mock) Macie holding the identifiers, allow lists and buckets above. */
	static void holdsTheFixtures(MacieJobs macie) {
		given(macie.places()).willReturn(List.of(TestPlaces.HOME));
		given(macie.managedDataIdentifiers(TestPlaces.HOME)).willReturn(MANAGED);
		given(macie.customDataIdentifiers(TestPlaces.HOME)).willReturn(CUSTOM);
		given(macie.allowLists(TestPlaces.HOME)).willReturn(ALLOW_LISTS);
		given(macie.describeBuckets(any(), any())).willReturn(new BucketPage(BUCKETS, null));
	}

	static Bucket bucket(String account, String name, long size, long classifiable, String permission, String shared,
			Map<String, String> tags) {
		return new Bucket(account, name, "eu-west-1", size, classifiable, 100, 80, permission, shared, tags);
	}

	/**
	 * A valid form: specific buckets (picked and typed), every kind of object condition,
	 * weekly, INCLUDE.
	 */
	static JobForm specificBucketsForm() {
		JobForm form = new JobForm();
		form.clientToken = "8d0c5c43-5d9f-4f5b-9b3c-2f7d8f1f0a11";
		form.timeZone = "Europe/Paris";
		form.name = "Weekly PII sweep";
		form.description = "Personal data in finance exports";
		form.tags.add(new TagPairForm("team", "compliance"));
		form.tags.add(new TagPairForm("cost-center", "42"));
		form.bucketMode = BuilderOptions.SPECIFIC_BUCKETS;
		form.selectedBuckets.add("111122223333/finance-reports");
		form.typedBuckets.add(new AccountBucketsForm("111122223333", "hr-exports, finance-reports"));
		form.typedBuckets.add(new AccountBucketsForm("444455556666", "customer-uploads\narchive.2024"));
		form.objectIncludes.add(objectRow("OBJECT_EXTENSION", "EQ", (row) -> row.valuesText = ".csv, xlsx"));
		form.objectIncludes
			.add(objectRow("OBJECT_KEY", "STARTS_WITH", (row) -> row.valuesText = "exports/\nreports, 2026/"));
		form.objectIncludes
			.add(objectRow("TAG", "EQ", (row) -> pairs(row, new TagPairForm("classification", "confidential"))));
		form.objectExcludes.add(objectRow("OBJECT_SIZE", "GT", (row) -> {
			row.size = "1.5";
			row.sizeUnit = "MB";
		}));
		form.objectExcludes
			.add(objectRow("OBJECT_LAST_MODIFIED_DATE", "LT", (row) -> row.dateTime = "2024-01-01T01:00"));
		form.objectExcludes.add(objectRow("TAG", "NE", (row) -> pairs(row, new TagPairForm("scan", ""))));
		form.schedule = BuilderOptions.WEEKLY;
		form.dayOfWeek = "MONDAY";
		form.initialRun = true;
		form.samplingPercentage = "50";
		form.managedIdentifierSelector = "INCLUDE";
		form.managedIdentifierIds.addAll(List.of("CREDIT_CARD_NUMBER", "EMAIL_ADDRESS"));
		form.customIdentifierIds.add("cdi-employee-id");
		form.allowListIds.add("al-test-cards");
		return form;
	}

	/**
	 * A valid form: bucket criteria with property and tag conditions on both sides,
	 * monthly, EXCLUDE.
	 */
	static JobForm bucketCriteriaForm() {
		JobForm form = new JobForm();
		form.clientToken = "0b7f4a38-3a55-4c1e-9a2f-55d0c1a2b3c4";
		form.name = "Monthly public buckets";
		form.bucketMode = BuilderOptions.BUCKET_CRITERIA;
		form.bucketIncludes.add(bucketRow("ACCOUNT_ID", "EQ", (row) -> row.valuesText = "111122223333\n444455556666"));
		form.bucketIncludes.add(bucketRow("S3_BUCKET_EFFECTIVE_PERMISSION", "EQ", (row) -> row.choices.add("PUBLIC")));
		form.bucketIncludes.add(bucketRow("TAG", "EQ",
				(row) -> pairs(row, new TagPairForm("env", "dev"), new TagPairForm("", "public"))));
		form.bucketExcludes.add(bucketRow("S3_BUCKET_NAME", "EQ", (row) -> row.valuesText = "logs"));
		form.bucketExcludes.add(bucketRow("S3_BUCKET_SHARED_ACCESS", "NE",
				(row) -> row.choices.addAll(List.of("EXTERNAL", "INTERNAL"))));
		form.bucketExcludes.add(bucketRow("TAG", "NE", (row) -> pairs(row, new TagPairForm("env", "dev"))));
		form.schedule = BuilderOptions.MONTHLY;
		form.dayOfMonth = "31";
		form.initialRun = false;
		form.samplingPercentage = "100";
		form.managedIdentifierSelector = "EXCLUDE";
		form.managedIdentifierIds.add("AWS_CREDENTIALS");
		return form;
	}

	/** Replaces a condition's tag pairs. */
	static void pairs(ConditionForm row, TagPairForm... pairs) {
		row.tagValues.clear();
		row.tagValues.addAll(List.of(pairs));
	}

	static ObjectConditionForm objectRow(String key, String comparator, Consumer<ObjectConditionForm> fill) {
		ObjectConditionForm row = new ObjectConditionForm();
		row.key = key;
		row.comparator = comparator;
		fill.accept(row);
		return row;
	}

	static BucketConditionForm bucketRow(String key, String comparator, Consumer<BucketConditionForm> fill) {
		BucketConditionForm row = new BucketConditionForm();
		row.key = key;
		row.comparator = comparator;
		fill.accept(row);
		return row;
	}

}
