package io.maciedashboard.builder;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.maciedashboard.macie.MacieLimits;

/**
 * What a button of the builder asked for (the posted {@code action}): add or remove a row
 * of a list, redraw a section (after a row's key changed) or the form (a draft the
 * browser kept, restored), search the bucket inventory, preview, review or create.
 * Anything else, posted by hand, is {@code UNKNOWN}.
 *
 * @param list for ADD and REMOVE: the list, e.g. {@code tags} or {@code bucketIncludes};
 * for REFRESH the section to redraw (null: the page)
 * @param row for the tag pairs of a condition: the condition's row; otherwise -1
 * @param index for REMOVE: the row to remove
 */
record FormAction(Kind kind, String list, int row, int index) {

	/**
	 * Rows a list may hold: as many as the longest list Macie bounds (tags), which is
	 * more than any job uses elsewhere; stops a page from growing without end.
	 */
	static final int MAX_ROWS = MacieLimits.TAGS;

	private static final String LISTS = "(?<list>tags|typedBuckets|bucketIncludes|bucketExcludes|objectIncludes|objectExcludes)";

	/** Only conditions have tag pairs. */
	private static final String PAIRS = "(?<conditions>bucketIncludes|bucketExcludes|objectIncludes|objectExcludes)\\[(?<row>\\d{1,3})\\]\\.tagValues";

	private static final Pattern ROWS = Pattern
		.compile("(?<verb>add|remove):(?:" + LISTS + "|" + PAIRS + ")(?::(?<index>\\d{1,3}))?");

	private static final Pattern REFRESH = Pattern.compile("refresh(?::(?<section>tags|buckets|objectScope))?");

	static FormAction parse(String action) {
		String value = (action != null) ? action : "";
		Matcher rows = ROWS.matcher(value);
		if (rows.matches() && ("add".equals(rows.group("verb")) == (rows.group("index") == null))) {
			boolean pairs = rows.group("conditions") != null;
			return new FormAction("add".equals(rows.group("verb")) ? Kind.ADD : Kind.REMOVE,
					pairs ? rows.group("conditions") : rows.group("list"),
					pairs ? Integer.parseInt(rows.group("row")) : -1,
					(rows.group("index") != null) ? Integer.parseInt(rows.group("index")) : -1);
		}
		Matcher refresh = REFRESH.matcher(value);
		if (value.isEmpty() || refresh.matches()) {
			return new FormAction(Kind.REFRESH, value.isEmpty() ? null : refresh.group("section"), -1, -1);
		}
		return switch (value) {
			case "restore" -> new FormAction(Kind.RESTORE, null, -1, -1);
			case "search-buckets" -> new FormAction(Kind.SEARCH_BUCKETS, null, -1, -1);
			case "preview" -> new FormAction(Kind.PREVIEW, null, -1, -1);
			case "review" -> new FormAction(Kind.REVIEW, null, -1, -1);
			case "create" -> new FormAction(Kind.CREATE, null, -1, -1);
			default -> new FormAction(Kind.UNKNOWN, null, -1, -1);
		};
	}

	/**
	 * The page section that shows the result of this action, i.e. the fragment an htmx
	 * request gets back: {@code tags}, {@code buckets}, {@code objectScope},
	 * {@code bucketPicker} or {@code preview}; null when the whole form is needed.
	 */
	String section() {
		return switch (this.kind) {
			case ADD, REMOVE ->
				this.list.equals("tags") ? "tags" : this.list.startsWith("object") ? "objectScope" : "buckets";
			case REFRESH -> this.list;
			case SEARCH_BUCKETS -> "bucketPicker";
			case PREVIEW -> "preview";
			case RESTORE, REVIEW, CREATE, UNKNOWN -> null;
		};
	}

	/**
	 * Adds or removes the row this action names; false when there is no such row or list
	 * (a stale or forged action) or the list is full. Other actions change nothing.
	 */
	boolean applyTo(JobForm form) {
		if (this.kind != Kind.ADD && this.kind != Kind.REMOVE) {
			return true;
		}
		if (this.row >= 0) {
			List<? extends ConditionForm> conditions = switch (this.list) {
				case "bucketIncludes" -> form.bucketIncludes;
				case "bucketExcludes" -> form.bucketExcludes;
				case "objectIncludes" -> form.objectIncludes;
				default -> form.objectExcludes;
			};
			return this.row < conditions.size() && change(conditions.get(this.row).tagValues, TagPairForm::new);
		}
		return switch (this.list) {
			case "tags" -> change(form.tags, TagPairForm::new);
			case "typedBuckets" -> change(form.typedBuckets, AccountBucketsForm::new);
			case "bucketIncludes" -> change(form.bucketIncludes, BucketConditionForm::new);
			case "bucketExcludes" -> change(form.bucketExcludes, BucketConditionForm::new);
			case "objectIncludes" -> change(form.objectIncludes, ObjectConditionForm::new);
			default -> change(form.objectExcludes, ObjectConditionForm::new);
		};
	}

	private <T> boolean change(List<T> rows, Supplier<T> newRow) {
		if (this.kind == Kind.ADD) {
			return rows.size() < MAX_ROWS && rows.add(newRow.get());
		}
		if (this.index >= rows.size()) {
			return false;
		}
		rows.remove(this.index);
		return true;
	}

	enum Kind {

		ADD, REMOVE, REFRESH, RESTORE, SEARCH_BUCKETS, PREVIEW, REVIEW, CREATE, UNKNOWN

	}

}
