package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * One include or exclude row of bucket criteria: a property condition (values typed, or chosen
 * when Macie enumerates them) or a tag condition (key/value pairs). Which fields count depends
 * on {@link #getKey() key}, see {@link BucketConditionKey}.
 */
public class BucketConditionForm {

	private String key = BucketConditionKey.ACCOUNT_ID.name();

	private String comparator = "EQ";

	@Size(max = 20000, message = "That is too much text for one condition.")
	private String valuesText = "";

	private List<String> choices = new ArrayList<>();

	@Valid
	private List<TagPairForm> tagValues = new ArrayList<>(List.of(new TagPairForm()));

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

	public List<String> getChoices() {
		return this.choices;
	}

	public void setChoices(List<String> choices) {
		this.choices = choices;
	}

	public List<TagPairForm> getTagValues() {
		return this.tagValues;
	}

	public void setTagValues(List<TagPairForm> tagValues) {
		this.tagValues = tagValues;
	}

}
