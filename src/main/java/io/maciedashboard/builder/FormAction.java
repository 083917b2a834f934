package io.maciedashboard.builder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button of the builder asked for (the posted {@code action}): add or remove a row
 * of a list, redraw a section (after a row's key changed), search the bucket inventory,
 * preview, review or create. Anything else, typed by hand, just redraws the page.
 *
 * @param list for ADD and REMOVE: the list's path in the form, e.g. {@code tags} or
 * {@code bucketIncludes[2].tagValues}
 * @param index for REMOVE: the row to remove
 */
record FormAction(Kind kind, String list, int index) {

	private static final String LIST = "(?<list>(?<top>tags|typedBuckets|bucketIncludes|bucketExcludes|objectIncludes|objectExcludes)"
			+ "(?:\\[(?<row>\\d{1,4})\\]\\.tagValues)?)";

	private static final Pattern ADD = Pattern.compile("add:" + LIST);

	private static final Pattern REMOVE = Pattern.compile("remove:" + LIST + ":(?<index>\\d{1,4})");

	private static final Pattern REFRESH = Pattern.compile("refresh:(?<section>tags|buckets|objectScope)");

	static FormAction parse(String action) {
		String value = (action != null) ? action : "";
		Matcher matcher;
		if ((matcher = ADD.matcher(value)).matches()) {
			return new FormAction(Kind.ADD, matcher.group("list"), -1);
		}
		if ((matcher = REMOVE.matcher(value)).matches()) {
			return new FormAction(Kind.REMOVE, matcher.group("list"), Integer.parseInt(matcher.group("index")));
		}
		if ((matcher = REFRESH.matcher(value)).matches()) {
			return new FormAction(Kind.REFRESH, matcher.group("section"), -1);
		}
		return switch (value) {
			case "search-buckets" -> new FormAction(Kind.SEARCH_BUCKETS, null, -1);
			case "preview" -> new FormAction(Kind.PREVIEW, null, -1);
			case "review" -> new FormAction(Kind.REVIEW, null, -1);
			case "create" -> new FormAction(Kind.CREATE, null, -1);
			default -> new FormAction(Kind.REFRESH, null, -1);
		};
	}

	/**
	 * The page section that shows the result of this action, i.e. the fragment an htmx
	 * request gets back: {@code tags}, {@code buckets}, {@code objectScope},
	 * {@code bucketPicker} or {@code preview}; null when the whole page is needed.
	 */
	String section() {
		return switch (this.kind) {
			case ADD, REMOVE -> sectionOf(this.list);
			case REFRESH -> this.list;
			case SEARCH_BUCKETS -> "bucketPicker";
			case PREVIEW -> "preview";
			case REVIEW, CREATE -> null;
		};
	}

	private static String sectionOf(String list) {
		if (list.startsWith("tags")) {
			return "tags";
		}
		return list.startsWith("object") ? "objectScope" : "buckets";
	}

	enum Kind {

		ADD, REMOVE, REFRESH, SEARCH_BUCKETS, PREVIEW, REVIEW, CREATE

	}

}
