package io.maciedashboard.macie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.macie2.model.BucketCriteriaAdditionalProperties;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.CriteriaBlockForJob;
import software.amazon.awssdk.services.macie2.model.CriteriaForJob;
import software.amazon.awssdk.services.macie2.model.DailySchedule;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsRequest;
import software.amazon.awssdk.services.macie2.model.JobScheduleFrequency;
import software.amazon.awssdk.services.macie2.model.JobScopeTerm;
import software.amazon.awssdk.services.macie2.model.JobScopingBlock;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterCriteria;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterKey;
import software.amazon.awssdk.services.macie2.model.ListJobsFilterTerm;
import software.amazon.awssdk.services.macie2.model.ListJobsSortCriteria;
import software.amazon.awssdk.services.macie2.model.MonthlySchedule;
import software.amazon.awssdk.services.macie2.model.OrderBy;
import software.amazon.awssdk.services.macie2.model.S3BucketCriteriaForJob;
import software.amazon.awssdk.services.macie2.model.S3BucketDefinitionForJob;
import software.amazon.awssdk.services.macie2.model.S3JobDefinition;
import software.amazon.awssdk.services.macie2.model.Scoping;
import software.amazon.awssdk.services.macie2.model.SimpleCriterionForJob;
import software.amazon.awssdk.services.macie2.model.SimpleScopeTerm;
import software.amazon.awssdk.services.macie2.model.TagCriterionForJob;
import software.amazon.awssdk.services.macie2.model.TagCriterionPairForJob;
import software.amazon.awssdk.services.macie2.model.TagScopeTerm;
import software.amazon.awssdk.services.macie2.model.TagTarget;
import software.amazon.awssdk.services.macie2.model.TagValuePair;
import software.amazon.awssdk.services.macie2.model.WeeklySchedule;

import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;

/**
 * Builds Macie SDK requests from the project's records: the one mapping in that
 * direction.
 */
final class MacieRequests {

	/** The key Macie requires on a tagScopeTerm. */
	private static final String TAG_SCOPE_KEY = "TAG";

	private MacieRequests() {
	}

	static ListClassificationJobsRequest listJobs(JobListQuery query) {
		List<ListJobsFilterTerm> includes = new ArrayList<>();
		if (query.statuses() != null && !query.statuses().isEmpty()) {
			includes.add(filterTerm(ListJobsFilterKey.JOB_STATUS, Comparator.EQ,
					query.statuses().stream().sorted().map(JobStatus::name).toList()));
		}
		if (query.type() != null) {
			includes.add(filterTerm(ListJobsFilterKey.JOB_TYPE, Comparator.EQ, List.of(query.type().name())));
		}
		if (query.nameContains() != null && !query.nameContains().isBlank()) {
			includes
				.add(filterTerm(ListJobsFilterKey.NAME, Comparator.CONTAINS, List.of(query.nameContains().strip())));
		}
		if (query.createdAfter() != null) {
			includes.add(
					filterTerm(ListJobsFilterKey.CREATED_AT, Comparator.GTE, List.of(query.createdAfter().toString())));
		}
		if (query.createdBefore() != null) {
			includes.add(
					filterTerm(ListJobsFilterKey.CREATED_AT, Comparator.LT, List.of(query.createdBefore().toString())));
		}
		ListClassificationJobsRequest.Builder request = ListClassificationJobsRequest.builder()
			.maxResults(clamp(query.pageSize(), MacieLimits.JOBS_PER_PAGE))
			.nextToken(blankToNull(query.nextToken()));
		if (!includes.isEmpty()) {
			request.filterCriteria(ListJobsFilterCriteria.builder().includes(includes).build());
		}
		if (query.sortBy() != null) {
			request.sortCriteria(ListJobsSortCriteria.builder()
				.attributeName(query.sortBy().attributeName())
				.orderBy(query.ascending() ? OrderBy.ASC : OrderBy.DESC)
				.build());
		}
		return request.build();
	}

	private static ListJobsFilterTerm filterTerm(ListJobsFilterKey key, Comparator comparator, List<String> values) {
		return ListJobsFilterTerm.builder().key(key).comparator(comparator.name()).values(values).build();
	}

	static CreateClassificationJobRequest createJob(JobDefinition definition, String clientToken) {
		CreateClassificationJobRequest.Builder request = CreateClassificationJobRequest.builder()
			.clientToken(clientToken)
			.name(definition.name())
			.description(blankToNull(definition.description()))
			.jobType(definition.type() == null ? null : definition.type().name())
			.samplingPercentage(definition.samplingPercentage())
			.s3JobDefinition(s3JobDefinition(definition.buckets(), definition.objectScope()));
		if (definition.type() == JobType.SCHEDULED) {
			// Macie documents initialRun and scheduleFrequency for recurring jobs only
			request.initialRun(definition.initialRun()).scheduleFrequency(scheduleFrequency(definition.schedule()));
		}
		if (definition.managedIdentifierSelector() != null) {
			request.managedDataIdentifierSelector(definition.managedIdentifierSelector().name());
		}
		if (notEmpty(definition.managedDataIdentifierIds())) {
			request.managedDataIdentifierIds(definition.managedDataIdentifierIds());
		}
		if (notEmpty(definition.customDataIdentifierIds())) {
			request.customDataIdentifierIds(definition.customDataIdentifierIds());
		}
		if (notEmpty(definition.allowListIds())) {
			request.allowListIds(definition.allowListIds());
		}
		if (definition.tags() != null && !definition.tags().isEmpty()) {
			request.tags(definition.tags());
		}
		return request.build();
	}

	private static JobScheduleFrequency scheduleFrequency(Schedule schedule) {
		if (schedule == null) {
			return null;
		}
		JobScheduleFrequency.Builder frequency = JobScheduleFrequency.builder();
		if (schedule instanceof Schedule.Daily) {
			frequency.dailySchedule(DailySchedule.builder().build());
		}
		else if (schedule instanceof Schedule.Weekly weekly) {
			frequency.weeklySchedule(WeeklySchedule.builder().dayOfWeek(weekly.dayOfWeek().name()).build());
		}
		else if (schedule instanceof Schedule.Monthly monthly) {
			frequency.monthlySchedule(MonthlySchedule.builder().dayOfMonth(monthly.dayOfMonth()).build());
		}
		return frequency.build();
	}

	private static S3JobDefinition s3JobDefinition(BucketScope buckets, ObjectScope objectScope) {
		S3JobDefinition.Builder s3 = S3JobDefinition.builder();
		if (buckets instanceof SpecificBuckets specific) {
			s3.bucketDefinitions(specific.accounts().stream().map(MacieRequests::bucketDefinition).toList());
		}
		else if (buckets instanceof BucketCriteria criteria) {
			s3.bucketCriteria(S3BucketCriteriaForJob.builder()
				.includes(criteriaBlock(criteria.includes()))
				.excludes(criteriaBlock(criteria.excludes()))
				.build());
		}
		if (objectScope != null && (notEmpty(objectScope.includes()) || notEmpty(objectScope.excludes()))) {
			s3.scoping(Scoping.builder()
				.includes(scopingBlock(objectScope.includes()))
				.excludes(scopingBlock(objectScope.excludes()))
				.build());
		}
		return s3.build();
	}

	private static S3BucketDefinitionForJob bucketDefinition(AccountBuckets account) {
		return S3BucketDefinitionForJob.builder().accountId(account.accountId()).buckets(account.buckets()).build();
	}

	private static CriteriaBlockForJob criteriaBlock(List<BucketCondition> conditions) {
		if (!notEmpty(conditions)) {
			return null;
		}
		return CriteriaBlockForJob.builder().and(conditions.stream().map(MacieRequests::criterion).toList()).build();
	}

	private static CriteriaForJob criterion(BucketCondition condition) {
		if (condition instanceof PropertyCondition property) {
			return CriteriaForJob.builder()
				.simpleCriterion(SimpleCriterionForJob.builder()
					.key(property.key().name())
					.comparator(property.comparator().name())
					.values(property.values())
					.build())
				.build();
		}
		TagCondition tag = (TagCondition) condition;
		return CriteriaForJob.builder()
			.tagCriterion(TagCriterionForJob.builder()
				.comparator(tag.comparator().name())
				.tagValues(tag.tagValues()
					.stream()
					.map((pair) -> TagCriterionPairForJob.builder().key(pair.key()).value(pair.value()).build())
					.toList())
				.build())
			.build();
	}

	private static JobScopingBlock scopingBlock(List<ObjectCondition> conditions) {
		if (!notEmpty(conditions)) {
			return null;
		}
		return JobScopingBlock.builder().and(conditions.stream().map(MacieRequests::scopeTerm).toList()).build();
	}

	private static JobScopeTerm scopeTerm(ObjectCondition condition) {
		if (condition instanceof PropertyTerm property) {
			return JobScopeTerm.builder()
				.simpleScopeTerm(SimpleScopeTerm.builder()
					.key(property.key().name())
					.comparator(property.comparator().name())
					.values(property.values())
					.build())
				.build();
		}
		TagTerm tag = (TagTerm) condition;
		return JobScopeTerm.builder()
			.tagScopeTerm(TagScopeTerm.builder()
				.key(TAG_SCOPE_KEY)
				.target(TagTarget.S3_OBJECT)
				.comparator(tag.comparator().name())
				.tagValues(tag.tagValues()
					.stream()
					.map((pair) -> TagValuePair.builder().key(pair.key()).value(pair.value()).build())
					.toList())
				.build())
			.build();
	}

	static DescribeBucketsRequest describeBuckets(BucketQuery query) {
		Map<String, BucketCriteriaAdditionalProperties> criteria = new LinkedHashMap<>();
		if (notEmpty(query.accountIds())) {
			criteria.put("accountId", BucketCriteriaAdditionalProperties.builder().eq(query.accountIds()).build());
		}
		if (query.nameContains() != null && !query.nameContains().isBlank()) {
			criteria.put("bucketName",
					BucketCriteriaAdditionalProperties.builder().prefix(query.nameContains().strip()).build());
		}
		DescribeBucketsRequest.Builder request = DescribeBucketsRequest.builder()
			.maxResults(clamp(query.pageSize(), MacieLimits.BUCKETS_PER_PAGE))
			.nextToken(blankToNull(query.nextToken()));
		if (!criteria.isEmpty()) {
			request.criteria(criteria);
		}
		return request.build();
	}

	private static int clamp(int pageSize, int max) {
		return Math.max(1, Math.min(pageSize, max));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static boolean notEmpty(List<?> list) {
		return list != null && !list.isEmpty();
	}

}
