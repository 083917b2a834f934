package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a bucket criteria row and an object scope row share: what they test (key), how
 * (comparator), typed values, and the tag pairs of a tag condition.
 */
public abstract class ConditionForm {

	private String key;

	private String comparator = "EQ";

	@Size(max = 20000, message = "That is too much text for one condition.")
	private String valuesText = "";

	@Valid
	private List<TagPairForm> tagValues = new ArrayList<>(List.of(new TagPairForm()));

	protected ConditionForm(String key) {
		this.key = key;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getComparator() {
		return this.comparator;
	}

	public void setComparator(String comparator) {
		this.comparator = comparator;
	}

	public String getValuesText() {
		return this.valuesText;
	}

	public void setValuesText(String valuesText) {
		this.valuesText = valuesText;
	}

	public List<TagPairForm> getTagValues() {
		return this.tagValues;
	}

	public void setTagValues(List<TagPairForm> tagValues) {
		this.tagValues = tagValues;
	}

}
