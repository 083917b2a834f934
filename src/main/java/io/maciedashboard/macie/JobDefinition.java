package io.maciedashboard.macie;

import java.util.List;
import java.util.Map;

/**
 * Everything a person decides about a job: the members of CreateClassificationJob except
 * the clientToken. Describing a job gives one back, so a job can be copied into the
 * builder.
 *
 * @param schedule null for ONE_TIME jobs
 * @param samplingPercentage null means Macie's default (100)
 * @param managedDataIdentifierIds used with INCLUDE and EXCLUDE only
 */
public record JobDefinition(String name, String description, JobType type, Schedule schedule, boolean initialRun,
		Integer samplingPercentage, BucketScope buckets, ObjectScope objectScope,
		ManagedIdentifierSelector managedIdentifierSelector, List<String> managedDataIdentifierIds,
		List<String> customDataIdentifierIds, List<String> allowListIds, Map<String, String> tags) {
}
