package io.maciedashboard.builder;

import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A {@link JobForm} as the browser posts it: the request parameters, named as the page
 * names its fields.
 */
final class FormParams {

	private FormParams() {
	}

	static MultiValueMap<String, String> of(JobForm form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("clientToken", form.getClientToken());
		params.add("timeZone", form.getTimeZone());
		params.add("place", form.getPlace());
		params.add("reviewedFingerprint", form.getReviewedFingerprint());
		params.add("name", form.getName());
		params.add("description", form.getDescription());
		pairs(params, "tags", form.getTags());
		params.add("bucketMode", form.getBucketMode());
		params.put("selectedBuckets", List.copyOf(form.getSelectedBuckets()));
		for (int i = 0; i < form.getTypedBuckets().size(); i++) {
			params.add("typedBuckets[" + i + "].accountId", form.getTypedBuckets().get(i).getAccountId());
			params.add("typedBuckets[" + i + "].bucketNames", form.getTypedBuckets().get(i).getBucketNames());
		}
		params.add("bucketSearch", form.getBucketSearch());
		bucketRows(params, "bucketIncludes", form.getBucketIncludes());
		bucketRows(params, "bucketExcludes", form.getBucketExcludes());
		objectRows(params, "objectIncludes", form.getObjectIncludes());
		objectRows(params, "objectExcludes", form.getObjectExcludes());
		params.add("schedule", form.getSchedule());
		params.add("dayOfWeek", form.getDayOfWeek());
		params.add("dayOfMonth", form.getDayOfMonth());
		if (form.isInitialRun()) {
			params.add("initialRun", "true");
		}
		params.add("_initialRun", "on");
		params.add("samplingPercentage", form.getSamplingPercentage());
		params.add("managedIdentifierSelector", form.getManagedIdentifierSelector());
		params.put("managedIdentifierIds", List.copyOf(form.getManagedIdentifierIds()));
		params.put("customIdentifierIds", List.copyOf(form.getCustomIdentifierIds()));
		params.put("allowListIds", List.copyOf(form.getAllowListIds()));
		return params;
	}

	private static void pairs(MultiValueMap<String, String> params, String path, List<TagPairForm> pairs) {
		for (int i = 0; i < pairs.size(); i++) {
			params.add(path + "[" + i + "].key", pairs.get(i).getKey());
			params.add(path + "[" + i + "].value", pairs.get(i).getValue());
		}
	}

	private static void bucketRows(MultiValueMap<String, String> params, String list, List<BucketConditionForm> rows) {
		for (int i = 0; i < rows.size(); i++) {
			String path = list + "[" + i + "]";
			BucketConditionForm row = rows.get(i);
			params.add(path + ".key", row.getKey());
			params.add(path + ".comparator", row.getComparator());
			params.add(path + ".valuesText", row.getValuesText());
			params.put(path + ".choices", List.copyOf(row.getChoices()));
			pairs(params, path + ".tagValues", row.getTagValues());
		}
	}

	private static void objectRows(MultiValueMap<String, String> params, String list, List<ObjectConditionForm> rows) {
		for (int i = 0; i < rows.size(); i++) {
			String path = list + "[" + i + "]";
			ObjectConditionForm row = rows.get(i);
			params.add(path + ".key", row.getKey());
			params.add(path + ".comparator", row.getComparator());
			params.add(path + ".valuesText", row.getValuesText());
			params.add(path + ".dateTime", row.getDateTime());
			params.add(path + ".size", row.getSize());
			params.add(path + ".sizeUnit", row.getSizeUnit());
			pairs(params, path + ".tagValues", row.getTagValues());
		}
	}

}
