package io.maciedashboard.builder;

import java.util.Arrays;
import java.util.List;

import io.maciedashboard.macie.ObjectScope.ObjectProperty;

/**
 * What an object scope row tests: one of Macie's object properties (ScopeFilterKey) or
 * the object's tags (tagScopeTerm), with its input and the comparators Macie accepts.
 */
enum ObjectConditionKey {

	OBJECT_EXTENSION("File name extension", "values", BucketConditionKey.COMPARATORS),
	OBJECT_KEY("Object key", "keyPrefixes", List.of(new Choice("STARTS_WITH", "starts with"))),
	OBJECT_LAST_MODIFIED_DATE("Last modified", "dateTime",
			List.of(new Choice("EQ", "exactly at"), new Choice("NE", "not at"), new Choice("GT", "after"),
					new Choice("GTE", "at or after"), new Choice("LT", "before"), new Choice("LTE", "at or before"))),
	OBJECT_SIZE("Size", "size",
			List.of(new Choice("EQ", "exactly"), new Choice("NE", "not exactly"), new Choice("GT", "larger than"),
					new Choice("GTE", "at least"), new Choice("LT", "smaller than"), new Choice("LTE", "at most"))),
	TAG("Tag", "tags", BucketConditionKey.COMPARATORS);

	private final String label;

	private final String input;

	private final List<Choice> comparators;

	ObjectConditionKey(String label, String input, List<Choice> comparators) {
		this.label = label;
		this.input = input;
		this.comparators = comparators;
	}

	static List<Choice> options() {
		return Arrays.stream(values()).map((key) -> new Choice(key.name(), key.label)).toList();
	}

	String label() {
		return this.label;
	}

	String input() {
		return this.input;
	}

	/** Only the comparators Macie accepts for this key. */
	List<Choice> comparators() {
		return this.comparators;
	}

	ObjectProperty property() {
		return ObjectProperty.valueOf(name());
	}

}
