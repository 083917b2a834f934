package io.maciedashboard.builder;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.maciedashboard.macie.MacieLimits;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * What a builder button asked for (the posted {@code action}); anything else, posted by
 * hand, is {@code UNKNOWN}.
 *
 * @param list for ADD and REMOVE the list's path ({@code bucketIncludes[0].tagValues});
 * for REFRESH the section to redraw (null: the page)
 * @param index for REMOVE: the row to remove
 */
record FormAction(Kind kind, String list, int index) {

	/** Rows a list may hold: as many as Macie's longest bounded list (tags). */
	static final int MAX_ROWS = MacieLimits.TAGS;

	/** A list of rows, or the tag pairs of a condition (only conditions have them). */
	private static final Pattern ROWS = Pattern.compile("(?<verb>add|remove):(?<list>tags|typedBuckets"
			+ "|(?:bucketIncludes|bucketExcludes|objectIncludes|objectExcludes)(?:\\[\\d{1,3}\\]\\.tagValues)?)"
			+ "(?::(?<index>\\d{1,3}))?");

	private static final Pattern REFRESH = Pattern.compile("refresh(?::(?<section>tags|buckets|objectScope))?");

	private static final Map<String, Kind> BUTTONS = Map.of("restore", Kind.RESTORE, "search-buckets",
			Kind.SEARCH_BUCKETS, "preview", Kind.PREVIEW, "review", Kind.REVIEW, "create", Kind.CREATE);

	static FormAction parse(String action) {
		String value = (action != null) ? action : "";
		Matcher rows = ROWS.matcher(value);
		if (rows.matches() && ("add".equals(rows.group("verb")) == (rows.group("index") == null))) {
			return new FormAction("add".equals(rows.group("verb")) ? Kind.ADD : Kind.REMOVE, rows.group("list"),
					(rows.group("index") != null) ? Integer.parseInt(rows.group("index")) : -1);
		}
		Matcher refresh = REFRESH.matcher(value);
		if (value.isEmpty() || refresh.matches()) {
			return new FormAction(Kind.REFRESH, value.isEmpty() ? null : refresh.group("section"), -1);
		}
		return new FormAction(BUTTONS.getOrDefault(value, Kind.UNKNOWN), null, -1);
	}

	/** The fragment that shows this action's result; null when it is the whole form. */
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
	 * (a stale or forged action) or the list is full.
	 */
	@SuppressWarnings("unchecked")
	boolean applyTo(JobForm form) {
		if (this.kind != Kind.ADD && this.kind != Kind.REMOVE) {
			return true;
		}
		PropertyAccessor fields = PropertyAccessorFactory.forDirectFieldAccess(form);
		List<Object> rows;
		try {
			rows = (List<Object>) fields.getPropertyValue(this.list);
		}
		catch (InvalidPropertyException ex) {
			// the tag pairs of a condition row that is not on the form
			return false;
		}
		if (this.kind == Kind.ADD) {
			return rows.size() < MAX_ROWS && rows.add(BeanUtils
				.instantiateClass(fields.getPropertyTypeDescriptor(this.list).getElementTypeDescriptor().getType()));
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
