package io.maciedashboard.builder;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.web.MacieWords;

/**
 * What a bucket criteria row tests: one of Macie's four bucket properties
 * (SimpleCriterionKeyForJob) or the bucket's tags (tagCriterion). Every one takes EQ or
 * NE.
 */
enum BucketConditionKey {

	ACCOUNT_ID("Account id", List.of()), S3_BUCKET_NAME("Bucket name", List.of()),
	S3_BUCKET_EFFECTIVE_PERMISSION("Effective permission",
			Stream.of("PUBLIC", "NOT_PUBLIC", "UNKNOWN")
				.map((value) -> new Choice(value, Words.WORDS.effectivePermission(value)))
				.toList()),
	S3_BUCKET_SHARED_ACCESS("Shared access",
			Stream.of("EXTERNAL", "INTERNAL", "NOT_SHARED", "UNKNOWN")
				.map((value) -> new Choice(value, Words.WORDS.sharedAccess(value)))
				.toList()),
	TAG("Tag", List.of());

	static final List<Choice> COMPARATORS = List.of(new Choice("EQ", "is"), new Choice("NE", "is not"));

	private final String label;

	private final List<Choice> choices;

	BucketConditionKey(String label, List<Choice> choices) {
		this.label = label;
		this.choices = choices;
	}

	/**
	 * The one vocabulary of Macie's values (an enum's constants cannot refer to its
	 * statics).
	 */
	private static final class Words {

		static final MacieWords WORDS = new MacieWords();

	}

	static List<Choice> options() {
		return Arrays.stream(values()).map((key) -> new Choice(key.name(), key.label)).toList();
	}

	/**
	 * The values Macie defines for this property; empty when values are typed (or for
	 * tags).
	 */
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
