package io.maciedashboard.builder;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The fixed choices the builder offers, in words; templates ask it which comparators and
 * values fit a row's key, so that only valid combinations are offered.
 */
public record BuilderOptions(List<Choice> bucketModes, List<Choice> bucketKeys, List<Choice> bucketComparators,
		List<Choice> objectKeys, List<Choice> sizeUnits, List<Choice> schedules, List<Choice> daysOfWeek,
		List<Choice> managedSelectors) {

	// what the bucket mode and schedule choices post; not on JobForm, whose fields
	// (static ones too) the binder sets by name
	static final String SPECIFIC_BUCKETS = "SPECIFIC";

	static final String BUCKET_CRITERIA = "CRITERIA";

	static final String ONE_TIME = "ONE_TIME";

	static final String DAILY = "DAILY";

	static final String WEEKLY = "WEEKLY";

	static final String MONTHLY = "MONTHLY";

	static final BuilderOptions INSTANCE = new BuilderOptions(
			List.of(new Choice(SPECIFIC_BUCKETS, "Specific buckets"),
					new Choice(BUCKET_CRITERIA, "Buckets that match criteria (evaluated again before every run)")),
			BucketConditionKey.options(), BucketConditionKey.COMPARATORS, ObjectConditionKey.options(),
			SizeUnit.options(),
			List.of(new Choice(ONE_TIME, "Once, now"), new Choice(DAILY, "Daily"), new Choice(WEEKLY, "Weekly"),
					new Choice(MONTHLY, "Monthly")),
			Arrays.stream(DayOfWeek.values())
				.map((day) -> new Choice(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
				.toList(),
			List.of(new Choice("RECOMMENDED", "Recommended set (Macie's default)"),
					new Choice("ALL", "All managed data identifiers"),
					new Choice("INCLUDE", "Only the ones chosen below"),
					new Choice("EXCLUDE", "All except the ones chosen below"),
					new Choice("NONE", "None (custom data identifiers only)")));

	// a row's key posted by hand that is none of the keys is taken as the first

	public List<Choice> bucketValueChoices(String key) {
		return JobFormReader.constant(BucketConditionKey.class, key, BucketConditionKey.ACCOUNT_ID).choices();
	}

	/** Which input a bucket row shows: tags, choices or values. */
	public String bucketInput(String key) {
		return JobFormReader.constant(BucketConditionKey.class, key, BucketConditionKey.ACCOUNT_ID).input();
	}

	public List<Choice> objectComparators(String key) {
		return JobFormReader.constant(ObjectConditionKey.class, key, ObjectConditionKey.OBJECT_EXTENSION).comparators();
	}

	/** Which input an object row shows: values, keyPrefixes, dateTime, size or tags. */
	public String objectInput(String key) {
		return JobFormReader.constant(ObjectConditionKey.class, key, ObjectConditionKey.OBJECT_EXTENSION).input();
	}

	/** The inventory buckets chosen so far ("accountId/name"), as checkboxes. */
	public List<Choice> chosenBuckets(List<String> selected) {
		return selected.stream().distinct().map((bucket) -> new Choice(bucket, bucket)).toList();
	}

}
