package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * One include or exclude row of object scope: extensions or key prefixes (typed), a last-modified
 * date-time (local time of {@link JobForm#getTimeZone()}), a size with a unit, or tag pairs. Which
 * fields count depends on {@link #getKey() key}, see {@link ObjectConditionKey}.
 */
public class ObjectConditionForm {

	private String key = ObjectConditionKey.OBJECT_EXTENSION.name();

	private String comparator = "EQ";

	@Size(max = 20000, message = "That is too much text for one condition.")
	private String valuesText = "";

	@Size(max = 40, message = "Enter a date and time such as 2026-01-31T17:30.")
	private String dateTime = "";

	@Size(max = 40, message = "Enter a number such as 10 or 2.5.")
	private String size = "";

	private String sizeUnit = SizeUnit.MB.name();

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

	public List<TagPairForm> getTagValues() {
		return this.tagValues;
	}

	public void setTagValues(List<TagPairForm> tagValues) {
		this.tagValues = tagValues;
	}

}
