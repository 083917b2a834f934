package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
		form.setClientToken("8d0c5c43-5d9f-4f5b-9b3c-2f7d8f1f0a11");
		form.setTimeZone("Europe/Paris");
		form.setName("Weekly PII sweep");
		form.setDescription("Personal data in finance exports");
		form.getTags().add(new TagPairForm("team", "compliance"));
		form.getTags().add(new TagPairForm("cost-center", "42"));
		form.setBucketMode(JobForm.SPECIFIC_BUCKETS);
		form.getSelectedBuckets().add("111122223333/finance-reports");
		form.getTypedBuckets().add(new AccountBucketsForm("111122223333", "hr-exports, finance-reports"));
		form.getTypedBuckets().add(new AccountBucketsForm("444455556666", "customer-uploads\narchive.2024"));
		form.getObjectIncludes().add(objectRow("OBJECT_EXTENSION", "EQ", (row) -> row.setValuesText(".csv, xlsx")));
		form.getObjectIncludes()
			.add(objectRow("OBJECT_KEY", "STARTS_WITH", (row) -> row.setValuesText("exports/\nreports, 2026/")));
		form.getObjectIncludes()
			.add(objectRow("TAG", "EQ", (row) -> pairs(row, new TagPairForm("classification", "confidential"))));
		form.getObjectExcludes().add(objectRow("OBJECT_SIZE", "GT", (row) -> {
			row.setSize("1.5");
			row.setSizeUnit("MB");
		}));
		form.getObjectExcludes()
			.add(objectRow("OBJECT_LAST_MODIFIED_DATE", "LT", (row) -> row.setDateTime("2024-01-01T01:00")));
		form.getObjectExcludes().add(objectRow("TAG", "NE", (row) -> pairs(row, new TagPairForm("scan", ""))));
		form.setSchedule(JobForm.WEEKLY);
		form.setDayOfWeek("MONDAY");
		form.setInitialRun(true);
		form.setSamplingPercentage("50");
		form.setManagedIdentifierSelector("INCLUDE");
		form.getManagedIdentifierIds().addAll(List.of("CREDIT_CARD_NUMBER", "EMAIL_ADDRESS"));
		form.getCustomIdentifierIds().add("cdi-employee-id");
		form.getAllowListIds().add("al-test-cards");
		return form;
	}

	/**
	 * A valid form: bucket criteria with property and tag conditions on both sides,
	 * monthly, EXCLUDE.
	 */
	static JobForm bucketCriteriaForm() {
		JobForm form = new JobForm();
		form.setClientToken("0b7f4a38-3a55-4c1e-9a2f-55d0c1a2b3c4");
		form.setName("Monthly public buckets");
		form.setBucketMode(JobForm.BUCKET_CRITERIA);
		form.getBucketIncludes()
			.add(bucketRow("ACCOUNT_ID", "EQ", (row) -> row.setValuesText("111122223333\n444455556666")));
		form.getBucketIncludes()
			.add(bucketRow("S3_BUCKET_EFFECTIVE_PERMISSION", "EQ", (row) -> row.getChoices().add("PUBLIC")));
		form.getBucketIncludes()
			.add(bucketRow("TAG", "EQ",
					(row) -> pairs(row, new TagPairForm("env", "dev"), new TagPairForm("", "public"))));
		form.getBucketExcludes().add(bucketRow("S3_BUCKET_NAME", "EQ", (row) -> row.setValuesText("logs")));
		form.getBucketExcludes()
			.add(bucketRow("S3_BUCKET_SHARED_ACCESS", "NE",
					(row) -> row.getChoices().addAll(List.of("EXTERNAL", "INTERNAL"))));
		form.getBucketExcludes().add(bucketRow("TAG", "NE", (row) -> pairs(row, new TagPairForm("env", "dev"))));
		form.setSchedule(JobForm.MONTHLY);
		form.setDayOfMonth("31");
		form.setInitialRun(false);
		form.setSamplingPercentage("100");
		form.setManagedIdentifierSelector("EXCLUDE");
		form.getManagedIdentifierIds().add("AWS_CREDENTIALS");
		return form;
	}

	/** Replaces a condition's tag pairs. */
	static void pairs(ConditionForm row, TagPairForm... pairs) {
		row.getTagValues().clear();
		row.getTagValues().addAll(List.of(pairs));
	}

	static ObjectConditionForm objectRow(String key, String comparator, Consumer<ObjectConditionForm> fill) {
		ObjectConditionForm row = new ObjectConditionForm();
		row.setKey(key);
		row.setComparator(comparator);
		fill.accept(row);
		return row;
	}

	static BucketConditionForm bucketRow(String key, String comparator, Consumer<BucketConditionForm> fill) {
		BucketConditionForm row = new BucketConditionForm();
		row.setKey(key);
		row.setComparator(comparator);
		fill.accept(row);
		return row;
	}

}
