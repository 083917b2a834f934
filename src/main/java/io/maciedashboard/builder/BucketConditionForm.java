package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.TagCondition;

/**
 * One include or exclude row of bucket criteria: a property condition (values typed, or
 * chosen when Macie enumerates them) or a tag condition (key/value pairs). Which fields
 * count depends on {@link #getKey() key}, see {@link BucketConditionKey}.
 */
public class BucketConditionForm extends ConditionForm {

	public List<String> choices = new ArrayList<>();

	public BucketConditionForm() {
		super(BucketConditionKey.ACCOUNT_ID.name());
	}

	static BucketConditionForm of(BucketCondition condition) {
		BucketConditionForm row = new BucketConditionForm();
		if (condition instanceof TagCondition tag) {
			row.fill(BucketConditionKey.TAG.name(), tag.comparator(), List.of(), tag.tagValues());
		}
		else if (condition instanceof PropertyCondition property) {
			BucketConditionKey key = BucketConditionKey.of(property.key());
			row.fill(key.name(), property.comparator(), key.hasChoices() ? List.of() : property.values(), List.of());
			if (key.hasChoices()) {
				row.choices = new ArrayList<>(property.values());
			}
		}
		return row;
	}

}
