package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import io.maciedashboard.macie.Comparator;
import io.maciedashboard.macie.TagValue;

/**
 * What a bucket criteria row and an object scope row share: what they test (key), how
 * (comparator), typed values, and the tag pairs of a tag condition.
 */
public abstract class ConditionForm {

	public String key;

	public String comparator = "EQ";

	public String valuesText = "";

	/** Bound pair by pair, never replaced. */
	public final List<TagPairForm> tagValues = new ArrayList<>(List.of(new TagPairForm()));

	protected ConditionForm(String key) {
		this.key = key;
	}

	/** Fills this row from a condition Macie holds. */
	void fill(String key, Comparator comparator, List<String> values, List<TagValue> tagValues) {
		this.key = key;
		this.comparator = comparator.name();
		this.valuesText = String.join("\n", values);
		this.tagValues.clear();
		tagValues.forEach((tag) -> this.tagValues
			.add(new TagPairForm((tag.key() != null) ? tag.key() : "", (tag.value() != null) ? tag.value() : "")));
		if (this.tagValues.isEmpty()) {
			this.tagValues.add(new TagPairForm());
		}
	}

}
