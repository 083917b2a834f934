package io.maciedashboard.builder;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.web.MacieWords;

/**
 * What a bucket criteria row tests: one of Macie's bucket properties
 * (SimpleCriterionKeyForJob) or the bucket's tags (tagCriterion), each with EQ or NE.
 */
enum BucketConditionKey {

	ACCOUNT_ID("Account id", null), S3_BUCKET_NAME("Bucket name", null),
	S3_BUCKET_EFFECTIVE_PERMISSION("Effective permission", MacieWords::effectivePermission, "PUBLIC", "NOT_PUBLIC",
			"UNKNOWN"),
	S3_BUCKET_SHARED_ACCESS("Shared access", MacieWords::sharedAccess, "EXTERNAL", "INTERNAL", "NOT_SHARED", "UNKNOWN"),
	TAG("Tag", null);

	static final List<Choice> COMPARATORS = List.of(new Choice("EQ", "is"), new Choice("NE", "is not"));

	private final String label;

	/** The values Macie defines, in words; empty when values are typed (or for tags). */
	private final List<Choice> choices;

	BucketConditionKey(String label, BiFunction<MacieWords, String, String> words, String... values) {
		MacieWords macieWords = new MacieWords();
		this.label = label;
		this.choices = Stream.of(values).map((value) -> new Choice(value, words.apply(macieWords, value))).toList();
	}

	static List<Choice> options() {
		return Arrays.stream(values()).map((key) -> new Choice(key.name(), key.label)).toList();
	}

	List<Choice> choices() {
		return this.choices;
	}

	boolean hasChoices() {
		return !this.choices.isEmpty();
	}

	/** Which input a row with this key shows: tags, choices or values. */
	String input() {
		return (this == TAG) ? "tags" : hasChoices() ? "choices" : "values";
	}

	BucketProperty property() {
		return BucketProperty.valueOf(name());
	}

}
