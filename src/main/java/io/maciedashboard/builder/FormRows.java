package io.maciedashboard.builder;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds and removes the rows of the builder's lists (tags, typed buckets, conditions and
 * their tag pairs).
 */
final class FormRows {

	/** More rows than any job can use; stops a page from growing without end. */
	static final int MAX_ROWS = 100;

	private static final Pattern NESTED = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.tagValues");

	private FormRows() {
	}

	/**
	 * Adds an empty row; false when the list does not exist (e.g. a row index out of
	 * range) or is full.
	 */
	static boolean add(JobForm form, String list) {
		return apply(form, list, (rows, newRow) -> {
			if (rows.size() >= MAX_ROWS) {
				return false;
			}
			rows.add(newRow.get());
			return true;
		});
	}

	/** Removes the row at index; false when there is no such row. */
	static boolean remove(JobForm form, String list, int index) {
		return apply(form, list, (rows, newRow) -> {
			if (index < 0 || index >= rows.size()) {
				return false;
			}
			rows.remove(index);
			return true;
		});
	}

	@SuppressWarnings("unchecked")
	private static boolean apply(JobForm form, String list, Change change) {
		Matcher nested = NESTED.matcher(list);
		if (nested.matches()) {
			List<?> rows = topList(form, nested.group(1));
			int row = Integer.parseInt(nested.group(2));
			if (rows == null || row >= rows.size()) {
				return false;
			}
			List<TagPairForm> pairs = ((ConditionForm) rows.get(row)).getTagValues();
			return change.apply((List<Object>) (List<?>) pairs, TagPairForm::new);
		}
		List<?> rows = topList(form, list);
		return (rows != null) && change.apply((List<Object>) rows, newRow(list));
	}

	private static List<?> topList(JobForm form, String name) {
		return switch (name) {
			case "tags" -> form.getTags();
			case "typedBuckets" -> form.getTypedBuckets();
			case "bucketIncludes" -> form.getBucketIncludes();
			case "bucketExcludes" -> form.getBucketExcludes();
			case "objectIncludes" -> form.getObjectIncludes();
			case "objectExcludes" -> form.getObjectExcludes();
			default -> null;
		};
	}

	private static Supplier<Object> newRow(String list) {
		return switch (list) {
			case "tags" -> TagPairForm::new;
			case "typedBuckets" -> AccountBucketsForm::new;
			case "bucketIncludes", "bucketExcludes" -> BucketConditionForm::new;
			default -> ObjectConditionForm::new;
		};
	}

	@FunctionalInterface
	private interface Change {

		boolean apply(List<Object> rows, Supplier<Object> newRow);

	}

}
