package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.maciedashboard.builder.JobForm.TagPairForm;
import io.maciedashboard.macie.JobDefinition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every rule of CreateClassificationJob, each broken on its own, reported on its field in
 * plain words; and no typed value, however long or large, costs more than a glance.
 */
class JobFormReaderTest {

	private static Errors validate(JobForm form) {
		return validate(form, BuilderFixtures.CATALOG);
	}

	private static Errors validate(JobForm form, IdentifierCatalog catalog) {
		Errors errors = new DirectFieldBindingResult(form, "jobForm");
		JobDefinition definition = JobFormReader.read(form, errors);
		if (definition != null) {
			JobFormReader.checkReferences(definition, catalog, errors);
		}
		return errors;
	}

	@Test
	void theFixtureFormsAreValid() {
		assertThat(validate(BuilderFixtures.specificBucketsForm()).getAllErrors()).isEmpty();
		assertThat(validate(BuilderFixtures.bucketCriteriaForm()).getAllErrors()).isEmpty();
	}

	static Stream<Arguments> brokenRules() {
		return Stream.of(specific("name is required", (f) -> f.name = "  ", "name", "Give the job a name."),
				specific("name <= 500", (f) -> f.name = "n".repeat(501), "name", "at most 500 characters"),
				specific("10,000-character name", (f) -> f.name = "n".repeat(10_000), "name", "at most 500 characters"),
				specific("no control characters in a name", (f) -> f.name = "Weekly\u001b[31m", "name",
						"control characters"),
				specific("description <= 200", (f) -> f.description = "d".repeat(201), "description", "at most 200"),
				specific("no line breaks in a description", (f) -> f.description = "a\nb", "description",
						"control characters"),
				specific("<= 50 tags",
						(f) -> IntStream.range(0, 49).forEach((i) -> f.tags.add(new TagPairForm("k" + i, "v"))), "tags",
						"at most 50 tags"),
				specific("tag key <= 128", (f) -> f.tags.get(0).key = "k".repeat(129), "tags[0].key", "at most 128"),
				specific("tag value <= 256", (f) -> f.tags.get(0).value = "v".repeat(257), "tags[0].value",
						"at most 256"),
				specific("a tag needs a key", (f) -> f.tags.get(0).key = "", "tags[0].key", "A tag needs a key."),
				specific("tag keys are unique", (f) -> f.tags.get(1).key = "team", "tags[1].key",
						"Another tag already has this key."),
				specific("aws: tag keys are reserved", (f) -> f.tags.get(0).key = "AWS:owner", "tags[0].key",
						"reserved by AWS"),
				specific("bucket mode", (f) -> f.bucketMode = "EVERYTHING", "bucketMode",
						"Choose specific buckets or bucket criteria."),
				specific("at least one bucket", (f) -> {
					f.selectedBuckets.clear();
					f.typedBuckets.clear();
				}, "selectedBuckets", "Choose at least one bucket"),
				specific("<= 1,000 buckets",
						(f) -> f.typedBuckets.get(0).bucketNames = String.join("\n",
								IntStream.range(0, 1000).mapToObj((i) -> "bucket-" + i).toList()),
						"selectedBuckets", "at most 1,000 buckets; this selection has 1,003"),
				specific("an account id has 12 digits", (f) -> f.typedBuckets.get(0).accountId = "1111-2222-3333",
						"typedBuckets[0].accountId", "12 digits"),
				specific("an account needs bucket names", (f) -> f.typedBuckets.get(0).bucketNames = " , ",
						"typedBuckets[0].bucketNames", "at least one bucket name"),
				specific("bucket names follow S3's rules",
						(f) -> f.typedBuckets.get(0).bucketNames = "Finance_Reports, ok-name, x",
						"typedBuckets[0].bucketNames", "Not valid bucket names: Finance_Reports, x"),
				specific("a forged inventory choice", (f) -> f.selectedBuckets.add("<script>/x"), "selectedBuckets",
						"not a bucket from Macie's inventory"),
				criteria("criteria need a condition", (f) -> {
					f.bucketIncludes.clear();
					f.bucketExcludes.clear();
				}, "bucketIncludes", "Add at least one condition"),
				criteria("unknown bucket property", (f) -> f.bucketIncludes.get(0).key = "BUCKET_COLOUR",
						"bucketIncludes[0].key", "Choose what the condition tests."),
				criteria("bucket criteria compare with EQ or NE", (f) -> f.bucketIncludes.get(0).comparator = "GT",
						"bucketIncludes[0].comparator", "Choose \"is\" or \"is not\"."),
				criteria("account ids in criteria", (f) -> f.bucketIncludes.get(0).valuesText = "12345",
						"bucketIncludes[0].valuesText", "Not 12-digit account ids: 12345."),
				criteria("a property condition needs values", (f) -> f.bucketExcludes.get(0).valuesText = "",
						"bucketExcludes[0].valuesText", "Type at least one bucket name."),
				criteria("enumerated values must be chosen", (f) -> f.bucketIncludes.get(1).choices.clear(),
						"bucketIncludes[1].choices", "Choose at least one value."),
				criteria("enumerated values are Macie's", (f) -> f.bucketIncludes.get(1).choices.add("WORLD_READABLE"),
						"bucketIncludes[1].choices", "Choose from the values offered."),
				criteria("a bucket tag condition needs a pair",
						(f) -> f.bucketIncludes.get(2).tagValues.forEach((pair) -> {
							pair.key = "";
							pair.value = "";
						}), "bucketIncludes[2].tagValues", "at least one tag key or value"),
				specific("unknown object property", (f) -> f.objectIncludes.get(0).key = "OBJECT_COLOUR",
						"objectIncludes[0].key", "Choose what the condition tests."),
				specific("extension takes EQ or NE", (f) -> f.objectIncludes.get(0).comparator = "STARTS_WITH",
						"objectIncludes[0].comparator", "File name extension can only be compared with: is, is not."),
				specific("key takes STARTS_WITH", (f) -> f.objectIncludes.get(1).comparator = "EQ",
						"objectIncludes[1].comparator", "Object key can only be compared with: starts with."),
				specific("size takes no STARTS_WITH", (f) -> f.objectExcludes.get(0).comparator = "STARTS_WITH",
						"objectExcludes[0].comparator", "Size can only be compared with"),
				specific("object tags take EQ or NE", (f) -> f.objectIncludes.get(2).comparator = "LT",
						"objectIncludes[2].comparator", "Tag can only be compared with: is, is not."),
				specific("extensions are required", (f) -> f.objectIncludes.get(0).valuesText = " ,\n",
						"objectIncludes[0].valuesText", "at least one file name extension"),
				specific("no control characters in values", (f) -> f.objectIncludes.get(0).valuesText = "pdf\u0000",
						"objectIncludes[0].valuesText", "control characters"),
				specific("prefixes are required", (f) -> f.objectIncludes.get(1).valuesText = "",
						"objectIncludes[1].valuesText", "at least one key prefix"),
				specific("a prefix is at most an object key long",
						(f) -> f.objectIncludes.get(1).valuesText = "p".repeat(1025), "objectIncludes[1].valuesText",
						"1,024 characters"),
				specific("a date is required", (f) -> f.objectExcludes.get(1).dateTime = "",
						"objectExcludes[1].dateTime", "Enter a date and time."),
				specific("a date must be a date", (f) -> f.objectExcludes.get(1).dateTime = "31/01/2026",
						"objectExcludes[1].dateTime", "such as 2026-01-31T17:30"),
				specific("the time zone must be known", (f) -> f.timeZone = "Mars/Olympus_Mons", "timeZone",
						"time zone"),
				specific("a size is a number", (f) -> f.objectExcludes.get(0).size = "ten", "objectExcludes[0].size",
						"Enter a number such as 10 or 2.5."),
				specific("a size is not negative", (f) -> f.objectExcludes.get(0).size = "-1", "objectExcludes[0].size",
						"cannot be negative"),
				specific("a size fits in bytes", (f) -> {
					f.objectExcludes.get(0).size = "99999999";
					f.objectExcludes.get(0).sizeUnit = "TB";
				}, "objectExcludes[0].size", "too large"),
				specific("a size unit is one offered", (f) -> f.objectExcludes.get(0).sizeUnit = "PB",
						"objectExcludes[0].sizeUnit", "Choose a unit"),
				specific("an object tag needs its key", (f) -> f.objectIncludes.get(2).tagValues.get(0).key = "",
						"objectIncludes[2].tagValues[0].key", "Enter the tag key."),
				specific("schedule is one Macie knows", (f) -> f.schedule = "HOURLY", "schedule",
						"Choose when the job runs."),
				specific("weekly needs a day", (f) -> f.dayOfWeek = "FUNDAY", "dayOfWeek", "Choose a day of the week."),
				criteria("monthly day >= 1", (f) -> f.dayOfMonth = "0", "dayOfMonth", "from 1 to 31"),
				criteria("monthly day <= 31", (f) -> f.dayOfMonth = "32", "dayOfMonth", "from 1 to 31"),
				criteria("monthly day is a number", (f) -> f.dayOfMonth = "last", "dayOfMonth", "from 1 to 31"),
				specific("sampling >= 1", (f) -> f.samplingPercentage = "0", "samplingPercentage", "from 1 to 100"),
				specific("sampling <= 100", (f) -> f.samplingPercentage = "101", "samplingPercentage", "from 1 to 100"),
				specific("sampling is whole", (f) -> f.samplingPercentage = "50.5", "samplingPercentage",
						"from 1 to 100"),
				specific("selector is one Macie knows", (f) -> f.managedIdentifierSelector = "MOST",
						"managedIdentifierSelector", "Choose which managed data identifiers to use."),
				specific("include needs identifiers", (f) -> f.managedIdentifierIds.clear(), "managedIdentifierIds",
						"Choose at least one identifier to use."),
				criteria("exclude needs identifiers", (f) -> f.managedIdentifierIds.clear(), "managedIdentifierIds",
						"Choose at least one identifier to leave out."),
				specific("managed identifiers exist", (f) -> f.managedIdentifierIds.add("MARTIAN_ID"),
						"managedIdentifierIds", "no managed data identifiers with these ids: MARTIAN_ID."),
				specific("none needs a custom identifier", (f) -> {
					f.managedIdentifierSelector = "NONE";
					f.customIdentifierIds.clear();
				}, "customIdentifierIds", "choose at least one custom data identifier"),
				specific("custom identifiers exist", (f) -> f.customIdentifierIds.add("cdi-gone"),
						"customIdentifierIds", "no custom data identifiers with these ids: cdi-gone."),
				specific("<= 30 custom identifiers",
						(f) -> IntStream.range(0, 30).forEach((i) -> f.customIdentifierIds.add("cdi-" + i)),
						"customIdentifierIds", "at most 30 custom data identifiers"),
				specific("allow lists exist", (f) -> f.allowListIds.add("al-gone"), "allowListIds",
						"no allow lists with these ids: al-gone."),
				specific("<= 10 allow lists",
						(f) -> IntStream.range(0, 10).forEach((i) -> f.allowListIds.add("al-" + i)), "allowListIds",
						"at most 10 allow lists"));
	}

	private static Arguments specific(String rule, Consumer<JobForm> breakIt, String field, String message) {
		return arguments(rule, BuilderFixtures.specificBucketsForm(), breakIt, field, message);
	}

	private static Arguments criteria(String rule, Consumer<JobForm> breakIt, String field, String message) {
		return arguments(rule, BuilderFixtures.bucketCriteriaForm(), breakIt, field, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void eachBrokenRuleIsReportedOnItsFieldInPlainWords(String rule, JobForm form, Consumer<JobForm> breakIt,
			String field, String message) {
		breakIt.accept(form);

		Errors errors = validate(form);

		assertThat(errors.getFieldErrors(field)).as(rule)
			.extracting(FieldError::getDefaultMessage)
			.anySatisfy((text) -> assertThat(text).contains(message));
	}

	/**
	 * Values far beyond any real one: each is refused by its length or shape before it is
	 * parsed. (A size of 1e10000000 TB once took 26 s of BigDecimal arithmetic.)
	 */
	static Stream<Arguments> hugeValues() {
		String huge = "9".repeat(100_000);
		return Stream.of(specific("a size in exponent notation", (f) -> {
			f.objectExcludes.get(0).size = "1e10000000";
			f.objectExcludes.get(0).sizeUnit = "TB";
		}, "objectExcludes[0].size", "Enter a number such as 10 or 2.5."),
				specific("a size of 100,000 digits", (f) -> f.objectExcludes.get(0).size = huge,
						"objectExcludes[0].size", "Enter a number such as 10 or 2.5."),
				specific("a negative size in exponent notation", (f) -> f.objectExcludes.get(0).size = "-1e99",
						"objectExcludes[0].size", "Enter a number such as 10 or 2.5."),
				specific("a size just too large", (f) -> {
					f.objectExcludes.get(0).size = "9223372.036854775808";
					f.objectExcludes.get(0).sizeUnit = "TB";
				}, "objectExcludes[0].size", "That size is too large."),
				specific("a huge sampling depth", (f) -> f.samplingPercentage = huge, "samplingPercentage",
						"from 1 to 100"),
				specific("a negative sampling depth", (f) -> f.samplingPercentage = "-50", "samplingPercentage",
						"from 1 to 100"),
				criteria("a huge day of the month", (f) -> f.dayOfMonth = huge, "dayOfMonth", "from 1 to 31"),
				specific("a huge date", (f) -> f.objectExcludes.get(1).dateTime = "2026-01-31T17:30" + huge,
						"objectExcludes[1].dateTime", "such as 2026-01-31T17:30"),
				specific("a date in year 99999", (f) -> f.objectExcludes.get(1).dateTime = "+99999-01-01T00:00",
						"objectExcludes[1].dateTime", "such as 2026-01-31T17:30"),
				specific("a huge time zone", (f) -> f.timeZone = "Europe/" + huge, "timeZone", "time zone"),
				specific("huge extensions", (f) -> f.objectIncludes.get(0).valuesText = "pdf,".repeat(10_000),
						"objectIncludes[0].valuesText", "too much text"),
				specific("huge bucket names", (f) -> f.typedBuckets.get(0).bucketNames = "bucket-name,".repeat(10_000),
						"typedBuckets[0].bucketNames", "too much text"),
				specific("a huge name", (f) -> f.name = huge, "name", "at most 500 characters"),
				specific("a huge tag value", (f) -> f.tags.get(0).value = huge, "tags[0].value", "at most 256"),
				specific("a huge bucket search", (f) -> f.bucketSearch = huge, "bucketSearch", "at most 255"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hugeValues")
	void everyTypedValueIsBoundedBeforeItIsParsed(String rule, JobForm form, Consumer<JobForm> breakIt, String field,
			String message) {
		eachBrokenRuleIsReportedOnItsFieldInPlainWords(rule, form, breakIt, field, message);
	}

	@Test
	void withoutMaciesListsTheIdsAreLeftForMacieToCheck() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.managedIdentifierIds.add("NEWER_THAN_THIS_LIST");

		assertThat(validate(form, IdentifierCatalog.unavailable("Macie could not be reached.")).getAllErrors())
			.isEmpty();
	}

	@Test
	void bucketsTypedTwiceCountOnce() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		List<String> names = new ArrayList<>(IntStream.range(0, 998).mapToObj((i) -> "bucket-" + i).toList());
		form.typedBuckets.get(0).bucketNames = String.join("\n", names) + "\n" + String.join(",", names);
		form.typedBuckets.remove(1);
		form.selectedBuckets.clear();

		assertThat(validate(form).getFieldErrors("selectedBuckets")).isEmpty();
	}

	@Test
	void onlyTheBucketPartIsCheckedForThePreview() {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.name = "";
		Errors errors = new DirectFieldBindingResult(form, "jobForm");

		assertThat(JobFormReader.readBuckets(form, errors)).isNotNull();
		assertThat(errors.getAllErrors()).isEmpty();
	}

}
