package io.maciedashboard.builder;

/** A tag key and value as typed: a job tag, or one pair of a tag condition. */
public class TagPairForm {

	private String key = "";

	private String value = "";

	public TagPairForm() {
	}

	public TagPairForm(String key, String value) {
		this.key = key;
		this.value = value;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	boolean isBlank() {
		return FormText.isBlank(this.key) && FormText.isBlank(this.value);
	}

}
