package io.maciedashboard.builder;

import jakarta.validation.constraints.Size;

/**
 * One include or exclude row of object scope: extensions or key prefixes (typed), a
 * last-modified date-time (local time of {@link JobForm#getTimeZone()}), a size with a
 * unit, or tag pairs. Which fields count depends on {@link #getKey() key}, see
 * {@link ObjectConditionKey}.
 */
public class ObjectConditionForm extends ConditionForm {

	@Size(max = 40, message = "Enter a date and time such as 2026-01-31T17:30.")
	private String dateTime = "";

	@Size(max = 40, message = "Enter a number such as 10 or 2.5.")
	private String size = "";

	private String sizeUnit = SizeUnit.MB.name();

	public ObjectConditionForm() {
		super(ObjectConditionKey.OBJECT_EXTENSION.name());
	}

	public String getDateTime() {
		return this.dateTime;
	}

	public void setDateTime(String dateTime) {
		this.dateTime = dateTime;
	}

	public String getSize() {
		return this.size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public String getSizeUnit() {
		return this.sizeUnit;
	}

	public void setSizeUnit(String sizeUnit) {
		this.sizeUnit = sizeUnit;
	}

}
