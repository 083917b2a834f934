package io.maciedashboard.jobs;

import io.maciedashboard.macie.JobListQuery.SortField;

/** The job list's sort choices as the URL and the page name them. */
public enum SortOption {

	CREATED("created", "Created", SortField.CREATED_AT, false), NAME("name", "Name", SortField.NAME, true),
	STATUS("status", "Status", SortField.STATUS, true), TYPE("type", "Type", SortField.TYPE, true);

	private final String param;

	private final String label;

	private final SortField field;

	private final boolean ascendingByDefault;

	SortOption(String param, String label, SortField field, boolean ascendingByDefault) {
		this.param = param;
		this.label = label;
		this.field = field;
		this.ascendingByDefault = ascendingByDefault;
	}

	static SortOption of(SortField field) {
		for (SortOption option : values()) {
			if (option.field == field) {
				return option;
			}
		}
		throw new IllegalArgumentException("no sort option for " + field);
	}

	/** The value of the {@code sort} parameter. */
	public String param() {
		return this.param;
	}

	public String label() {
		return this.label;
	}

	public SortField field() {
		return this.field;
	}

	/** Newest first for dates; A to Z for the rest. */
	boolean ascendingByDefault() {
		return this.ascendingByDefault;
	}

}
