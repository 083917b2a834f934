package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

/**
 * One include or exclude row of bucket criteria: a property condition (values typed, or
 * chosen when Macie enumerates them) or a tag condition (key/value pairs). Which fields
 * count depends on {@link #getKey() key}, see {@link BucketConditionKey}.
 */
public class BucketConditionForm extends ConditionForm {

	private List<String> choices = new ArrayList<>();

	public BucketConditionForm() {
		super(BucketConditionKey.ACCOUNT_ID.name());
	}

	public List<String> getChoices() {
		return this.choices;
	}

	public void setChoices(List<String> choices) {
		this.choices = choices;
	}

}
