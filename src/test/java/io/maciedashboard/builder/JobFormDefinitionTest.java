package io.maciedashboard.builder;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.maciedashboard.builder.JobForm.AccountBucketsForm;
import io.maciedashboard.builder.JobForm.ObjectConditionForm;
import io.maciedashboard.builder.JobForm.TagPairForm;
import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.Comparator;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.ObjectScope.ObjectProperty;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.macie.TagValue;
import org.junit.jupiter.api.Test;

import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The definition a valid form reads as (every member, trimmed, in the person's time
 * zone), and the form a job's definition is copied into.
 */
class JobFormDefinitionTest {

	/** The definition of a form that reads without a problem. */
	static JobDefinition definition(JobForm form) {
		Errors errors = new DirectFieldBindingResult(form, "jobForm");
		JobDefinition definition = JobFormReader.read(form, errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return definition;
	}

	@Test
	void specificBucketsFormBecomesEveryMemberOfTheDefinition() {
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put("team", "compliance");
		tags.put("cost-center", "42");
		JobDefinition expected = new JobDefinition("Weekly PII sweep", "Personal data in finance exports",
				JobType.SCHEDULED, new Schedule.Weekly(DayOfWeek.MONDAY), true, 50,
				new SpecificBuckets(
						List.of(new AccountBuckets("111122223333", List.of("finance-reports", "hr-exports")),
								new AccountBuckets("444455556666", List.of("customer-uploads", "archive.2024")))),
				new ObjectScope(List.of(
						new PropertyTerm(ObjectProperty.OBJECT_EXTENSION, Comparator.EQ, List.of("csv", "xlsx")),
						new PropertyTerm(ObjectProperty.OBJECT_KEY, Comparator.STARTS_WITH,
								List.of("exports/", "reports, 2026/")),
						new TagTerm(Comparator.EQ, List.of(new TagValue("classification", "confidential")))),
						List.of(new PropertyTerm(ObjectProperty.OBJECT_SIZE, Comparator.GT, List.of("1500000")),
								// 01:00 in Paris in winter is midnight UTC
								new PropertyTerm(ObjectProperty.OBJECT_LAST_MODIFIED_DATE, Comparator.LT,
										List.of("2024-01-01T00:00:00Z")),
								new TagTerm(Comparator.NE, List.of(new TagValue("scan", ""))))),
				ManagedIdentifierSelector.INCLUDE, List.of("CREDIT_CARD_NUMBER", "EMAIL_ADDRESS"),
				List.of("cdi-employee-id"), List.of("al-test-cards"), tags);

		JobDefinition definition = definition(BuilderFixtures.specificBucketsForm());

		assertThat(definition).isEqualTo(expected);
		assertThat(definition.tags().keySet()).containsExactly("team", "cost-center");
	}

	@Test
	void bucketCriteriaFormBecomesEveryMemberOfTheDefinition() {
		JobDefinition expected = new JobDefinition("Monthly public buckets", null, JobType.SCHEDULED,
				new Schedule.Monthly(31), false, 100,
				new BucketCriteria(
						List.of(new PropertyCondition(BucketProperty.ACCOUNT_ID, Comparator.EQ,
								List.of("111122223333", "444455556666")),
								new PropertyCondition(BucketProperty.S3_BUCKET_EFFECTIVE_PERMISSION, Comparator.EQ,
										List.of("PUBLIC")),
								new TagCondition(Comparator.EQ,
										List.of(new TagValue("env", "dev"), new TagValue("", "public")))),
						List.of(new PropertyCondition(BucketProperty.S3_BUCKET_NAME, Comparator.EQ, List.of("logs")),
								new PropertyCondition(BucketProperty.S3_BUCKET_SHARED_ACCESS, Comparator.NE,
										List.of("EXTERNAL", "INTERNAL")),
								new TagCondition(Comparator.NE, List.of(new TagValue("env", "dev"))))),
				ObjectScope.ALL_OBJECTS, ManagedIdentifierSelector.EXCLUDE, List.of("AWS_CREDENTIALS"), List.of(),
				List.of(), Map.of());

		assertThat(definition(BuilderFixtures.bucketCriteriaForm())).isEqualTo(expected);
	}

	@Test
	void aOneTimeJobHasNoScheduleAndNoInitialRunWhateverTheHiddenFieldsSay() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.schedule = BuilderOptions.ONE_TIME;
		form.initialRun = true;

		JobDefinition definition = definition(form);

		assertThat(definition.type()).isEqualTo(JobType.ONE_TIME);
		assertThat(definition.schedule()).isNull();
		assertThat(definition.initialRun()).isFalse();
	}

	@Test
	void dailyIsTheDailySchedule() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.schedule = BuilderOptions.DAILY;

		assertThat(definition(form).schedule()).isEqualTo(new Schedule.Daily());
	}

	@Test
	void managedIdentifierIdsAreOnlySentWithIncludeOrExclude() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.managedIdentifierSelector = "RECOMMENDED";

		assertThat(definition(form).managedDataIdentifierIds()).isEmpty();
	}

	@Test
	void blankOptionalFieldsAndEmptyRowsAreLeftOutAndTextIsTrimmed() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.name = "  Weekly PII sweep \t";
		form.description = "   ";
		form.tags.add(new TagPairForm("", ""));
		form.typedBuckets.add(new AccountBucketsForm(" ", ""));

		JobDefinition definition = definition(form);

		assertThat(definition.name()).isEqualTo("Weekly PII sweep");
		assertThat(definition.description()).isNull();
		assertThat(definition.tags()).hasSize(2);
		assertThat(((SpecificBuckets) definition.buckets()).accounts()).hasSize(2);
	}

	@Test
	void aLocalDateTimeIsReadInTheBrowsersZoneAcrossDaylightSavingTime() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.objectExcludes.get(1).dateTime = "2026-07-01T09:30";
		form.timeZone = "America/New_York";

		PropertyTerm date = (PropertyTerm) definition(form).objectScope().excludes().get(1);

		assertThat(date.values()).containsExactly("2026-07-01T13:30:00Z");
	}

	@Test
	void sizesAreSentInWholeBytes() {
		assertThat(bytes("10", SizeUnit.MB)).isEqualTo("10000000");
		assertThat(bytes("2.5", SizeUnit.GB)).isEqualTo("2500000000");
		assertThat(bytes("0.0005", SizeUnit.KB)).isEqualTo("1");
		assertThat(bytes(".5", SizeUnit.KB)).isEqualTo("500");
		assertThat(bytes("512", SizeUnit.BYTES)).isEqualTo("512");
		assertThat(bytes(" 9223372.036854775807 ", SizeUnit.TB)).isEqualTo("9223372036854775807");
	}

	private static String bytes(String size, SizeUnit unit) {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.objectExcludes.get(0).size = size;
		form.objectExcludes.get(0).sizeUnit = unit.name();
		return ((PropertyTerm) definition(form).objectScope().excludes().get(0)).values().get(0);
	}

	@Test
	void copyingAJobGivesAFormThatDefinesTheSameJob() {
		for (JobForm original : List.of(BuilderFixtures.specificBucketsForm(), BuilderFixtures.bucketCriteriaForm())) {
			JobDefinition definition = definition(original);

			JobForm copy = JobForm.copyOf(definition);

			assertThat(definition(copy)).isEqualTo(definition);
		}
	}

	@Test
	void aCopiedFormShowsValuesAsAPersonWouldTypeThem() {
		JobForm copy = JobForm.copyOf(definition(BuilderFixtures.specificBucketsForm()));

		assertThat(copy.timeZone).isEqualTo("UTC");
		assertThat(copy.schedule).isEqualTo(BuilderOptions.WEEKLY);
		assertThat(copy.dayOfWeek).isEqualTo("MONDAY");
		assertThat(copy.samplingPercentage).isEqualTo("50");
		assertThat(copy.typedBuckets).extracting((row) -> row.bucketNames)
			.containsExactly("finance-reports\nhr-exports", "customer-uploads\narchive.2024");
		ObjectConditionForm size = copy.objectExcludes.get(0);
		assertThat(size.size).isEqualTo("1500");
		assertThat(size.sizeUnit).isEqualTo("KB");
		assertThat(copy.objectExcludes.get(1).dateTime).isEqualTo("2024-01-01T00:00");
		assertThat(copy.objectIncludes.get(0).valuesText).isEqualTo("csv\nxlsx");
		assertThat(copy.tags).extracting((pair) -> pair.key).containsExactly("team", "cost-center");
		assertThat(copy.clientToken).isEmpty();

		JobForm criteria = JobForm.copyOf(definition(BuilderFixtures.bucketCriteriaForm()));
		assertThat(criteria.bucketMode).isEqualTo(BuilderOptions.BUCKET_CRITERIA);
		assertThat(criteria.dayOfMonth).isEqualTo("31");
		assertThat(criteria.initialRun).isFalse();
		assertThat(criteria.bucketIncludes.get(1).choices).containsExactly("PUBLIC");
		assertThat(criteria.bucketIncludes.get(0).valuesText).isEqualTo("111122223333\n444455556666");
	}

	@Test
	void aCopiedOneTimeJobWithMaciesDefaultsFillsTheDefaults() {
		JobDefinition definition = new JobDefinition("Once", null, JobType.ONE_TIME, null, false, null,
				new SpecificBuckets(List.of(new AccountBuckets("111122223333", List.of("finance-reports")))), null,
				null, List.of(), List.of(), List.of(), Map.of());

		JobForm copy = JobForm.copyOf(definition);

		assertThat(copy.schedule).isEqualTo(BuilderOptions.ONE_TIME);
		assertThat(copy.samplingPercentage).isEqualTo("100");
		assertThat(copy.managedIdentifierSelector).isEqualTo("RECOMMENDED");
		assertThat(copy.description).isEmpty();
		assertThat(copy.objectIncludes).isEmpty();
	}

	@Test
	void valuesMacieHoldsThatTheFormCannotReadAreKeptAsTheyAreForTheValidatorToQuestion() {
		JobDefinition definition = new JobDefinition("Odd", null, JobType.ONE_TIME, null, false, null,
				new SpecificBuckets(List.of(new AccountBuckets("111122223333", List.of("finance-reports")))),
				new ObjectScope(
						List.of(new PropertyTerm(ObjectProperty.OBJECT_LAST_MODIFIED_DATE, Comparator.GT,
								List.of("yesterday")),
								new PropertyTerm(ObjectProperty.OBJECT_SIZE, Comparator.LT, List.of("big"))),
						List.of()),
				ManagedIdentifierSelector.RECOMMENDED, List.of(), List.of(), List.of(), Map.of());

		JobForm copy = JobForm.copyOf(definition);

		assertThat(copy.objectIncludes.get(0).dateTime).isEqualTo("yesterday");
		assertThat(copy.objectIncludes.get(1).size).isEqualTo("big");
		assertThat(copy.objectIncludes.get(1).sizeUnit).isEqualTo("BYTES");
	}

}
