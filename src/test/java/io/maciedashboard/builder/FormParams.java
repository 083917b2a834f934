package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.builder.JobForm.BucketConditionForm;
import io.maciedashboard.builder.JobForm.ObjectConditionForm;
import io.maciedashboard.builder.JobForm.TagPairForm;
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
		params.add("clientToken", form.clientToken);
		params.add("timeZone", form.timeZone);
		params.add("place", form.place);
		params.add("reviewedFingerprint", form.reviewedFingerprint);
		params.add("name", form.name);
		params.add("description", form.description);
		pairs(params, "tags", form.tags);
		params.add("bucketMode", form.bucketMode);
		params.put("selectedBuckets", List.copyOf(form.selectedBuckets));
		for (int i = 0; i < form.typedBuckets.size(); i++) {
			params.add("typedBuckets[" + i + "].accountId", form.typedBuckets.get(i).accountId);
			params.add("typedBuckets[" + i + "].bucketNames", form.typedBuckets.get(i).bucketNames);
		}
		params.add("bucketSearch", form.bucketSearch);
		bucketRows(params, "bucketIncludes", form.bucketIncludes);
		bucketRows(params, "bucketExcludes", form.bucketExcludes);
		objectRows(params, "objectIncludes", form.objectIncludes);
		objectRows(params, "objectExcludes", form.objectExcludes);
		params.add("schedule", form.schedule);
		params.add("dayOfWeek", form.dayOfWeek);
		params.add("dayOfMonth", form.dayOfMonth);
		if (form.initialRun) {
			params.add("initialRun", "true");
		}
		params.add("_initialRun", "on");
		params.add("samplingPercentage", form.samplingPercentage);
		params.add("managedIdentifierSelector", form.managedIdentifierSelector);
		params.put("managedIdentifierIds", List.copyOf(form.managedIdentifierIds));
		params.put("customIdentifierIds", List.copyOf(form.customIdentifierIds));
		params.put("allowListIds", List.copyOf(form.allowListIds));
		return params;
	}

	private static void pairs(MultiValueMap<String, String> params, String path, List<TagPairForm> pairs) {
		for (int i = 0; i < pairs.size(); i++) {
			params.add(path + "[" + i + "].key", pairs.get(i).key);
			params.add(path + "[" + i + "].value", pairs.get(i).value);
		}
	}

	private static void bucketRows(MultiValueMap<String, String> params, String list, List<BucketConditionForm> rows) {
		for (int i = 0; i < rows.size(); i++) {
			String path = list + "[" + i + "]";
			BucketConditionForm row = rows.get(i);
			params.add(path + ".key", row.key);
			params.add(path + ".comparator", row.comparator);
			params.add(path + ".valuesText", row.valuesText);
			params.put(path + ".choices", List.copyOf(row.choices));
			pairs(params, path + ".tagValues", row.tagValues);
		}
	}

	private static void objectRows(MultiValueMap<String, String> params, String list, List<ObjectConditionForm> rows) {
		for (int i = 0; i < rows.size(); i++) {
			String path = list + "[" + i + "]";
			ObjectConditionForm row = rows.get(i);
			params.add(path + ".key", row.key);
			params.add(path + ".comparator", row.comparator);
			params.add(path + ".valuesText", row.valuesText);
			params.add(path + ".dateTime", row.dateTime);
			params.add(path + ".size", row.size);
			params.add(path + ".sizeUnit", row.sizeUnit);
			pairs(params, path + ".tagValues", row.tagValues);
		}
	}

}
