package io.maciedashboard.builder;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tag key and value as typed: a job tag, or one pair of a tag condition. */
public class TagPairForm {

	@Size(max = 128, message = "A tag key can have at most 128 characters.")
	@Pattern(regexp = FormText.NO_CONTROL_CHARACTERS, message = FormText.CONTROL_CHARACTERS_MESSAGE)
	private String key = "";

	@Size(max = 256, message = "A tag value can have at most 256 characters.")
	@Pattern(regexp = FormText.NO_CONTROL_CHARACTERS, message = FormText.CONTROL_CHARACTERS_MESSAGE)
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
