package io.maciedashboard.builder;

/** A tag key and value as typed: a job tag, or one pair of a tag condition. */
public class TagPairForm {

	public String key = "";

	public String value = "";

	public TagPairForm() {
	}

	public TagPairForm(String key, String value) {
		this.key = key;
		this.value = value;
	}

	boolean isBlank() {
		return FormText.isBlank(this.key) && FormText.isBlank(this.value);
	}

}
