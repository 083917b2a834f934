package io.maciedashboard.macie;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.macie2.model.AllowListSummary;
import software.amazon.awssdk.services.macie2.model.BucketMetadata;
import software.amazon.awssdk.services.macie2.model.CriteriaBlockForJob;
import software.amazon.awssdk.services.macie2.model.CriteriaForJob;
import software.amazon.awssdk.services.macie2.model.CustomDataIdentifierSummary;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionResponse;
import software.amazon.awssdk.services.macie2.model.JobScheduleFrequency;
import software.amazon.awssdk.services.macie2.model.JobScopeTerm;
import software.amazon.awssdk.services.macie2.model.JobScopingBlock;
import software.amazon.awssdk.services.macie2.model.LastRunErrorStatus;
import software.amazon.awssdk.services.macie2.model.LastRunErrorStatusCode;
import software.amazon.awssdk.services.macie2.model.ManagedDataIdentifierSummary;
import software.amazon.awssdk.services.macie2.model.S3BucketCriteriaForJob;
import software.amazon.awssdk.services.macie2.model.S3BucketDefinitionForJob;
import software.amazon.awssdk.services.macie2.model.S3JobDefinition;
import software.amazon.awssdk.services.macie2.model.Scoping;
import software.amazon.awssdk.services.macie2.model.Statistics;
import software.amazon.awssdk.services.macie2.model.UserPausedDetails;

import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.ObjectProperty;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;

/**
 * Builds the project's records from Macie SDK responses: the one mapping in that
 * direction.
 */
final class MacieRecords {

	private MacieRecords() {
	}

	static JobSummary jobSummary(software.amazon.awssdk.services.macie2.model.JobSummary summary) {
		return new JobSummary(summary.jobId(), summary.name(), JobStatus.valueOf(summary.jobStatusAsString()),
				JobType.valueOf(summary.jobTypeAsString()), summary.createdAt(), failed(summary.lastRunErrorStatus()),
				bucketScope(summary.bucketDefinitions(), summary.bucketCriteria()), pause(summary.userPausedDetails()));
	}

	static Job job(DescribeClassificationJobResponse response) {
		Statistics statistics = response.statistics();
		long numberOfRuns = (statistics == null || statistics.numberOfRuns() == null) ? 0
				: statistics.numberOfRuns().longValue();
		Long objectsToProcess = (statistics == null || statistics.approximateNumberOfObjectsToProcess() == null) ? null
				: statistics.approximateNumberOfObjectsToProcess().longValue();
		return new Job(response.jobId(), response.jobArn(), jobDefinition(response),
				JobStatus.valueOf(response.jobStatusAsString()), response.createdAt(), response.lastRunTime(),
				failed(response.lastRunErrorStatus()), numberOfRuns, objectsToProcess,
				pause(response.userPausedDetails()));
	}

	private static JobDefinition jobDefinition(DescribeClassificationJobResponse response) {
		S3JobDefinition s3 = response.s3JobDefinition();
		return new JobDefinition(response.name(), response.description(), JobType.valueOf(response.jobTypeAsString()),
				schedule(response.scheduleFrequency()), Boolean.TRUE.equals(response.initialRun()),
				response.samplingPercentage(),
				(s3 == null) ? null : bucketScope(s3.bucketDefinitions(), s3.bucketCriteria()),
				objectScope((s3 == null) ? null : s3.scoping()),
				(response.managedDataIdentifierSelectorAsString() == null) ? null
						: ManagedIdentifierSelector.valueOf(response.managedDataIdentifierSelectorAsString()),
				List.copyOf(response.managedDataIdentifierIds()), List.copyOf(response.customDataIdentifierIds()),
				List.copyOf(response.allowListIds()), Map.copyOf(response.tags()));
	}

	private static boolean failed(LastRunErrorStatus status) {
		return status != null && LastRunErrorStatusCode.ERROR.toString().equals(status.codeAsString());
	}

	private static PauseDetails pause(UserPausedDetails details) {
		if (details == null || details.jobPausedAt() == null) {
			return null;
		}
		return new PauseDetails(details.jobPausedAt(), details.jobExpiresAt(),
				details.jobImminentExpirationHealthEventArn());
	}

	private static Schedule schedule(JobScheduleFrequency frequency) {
		if (frequency == null) {
			return null;
		}
		if (frequency.dailySchedule() != null) {
			return new Schedule.Daily();
		}
		if (frequency.weeklySchedule() != null) {
			return new Schedule.Weekly(DayOfWeek.valueOf(frequency.weeklySchedule().dayOfWeekAsString()));
		}
		if (frequency.monthlySchedule() != null) {
			return new Schedule.Monthly(frequency.monthlySchedule().dayOfMonth());
		}
		return null;
	}

	private static BucketScope bucketScope(List<S3BucketDefinitionForJob> definitions,
			S3BucketCriteriaForJob criteria) {
		if (definitions != null && !definitions.isEmpty()) {
			return new SpecificBuckets(definitions.stream()
				.map((definition) -> new AccountBuckets(definition.accountId(), List.copyOf(definition.buckets())))
				.toList());
		}
		if (criteria != null) {
			return new BucketCriteria(conditions(criteria.includes()), conditions(criteria.excludes()));
		}
		return null;
	}

	private static List<BucketCondition> conditions(CriteriaBlockForJob block) {
		return (block == null) ? List.of() : block.and().stream().map(MacieRecords::condition).toList();
	}

	private static BucketCondition condition(CriteriaForJob criterion) {
		if (criterion.simpleCriterion() != null) {
			return new PropertyCondition(BucketProperty.valueOf(criterion.simpleCriterion().keyAsString()),
					Comparator.valueOf(criterion.simpleCriterion().comparatorAsString()),
					List.copyOf(criterion.simpleCriterion().values()));
		}
		return new TagCondition(Comparator.valueOf(criterion.tagCriterion().comparatorAsString()),
				criterion.tagCriterion()
					.tagValues()
					.stream()
					.map((pair) -> new TagValue(pair.key(), pair.value()))
					.toList());
	}

	private static ObjectScope objectScope(Scoping scoping) {
		if (scoping == null) {
			return ObjectScope.ALL_OBJECTS;
		}
		return new ObjectScope(terms(scoping.includes()), terms(scoping.excludes()));
	}

	private static List<ObjectCondition> terms(JobScopingBlock block) {
		return (block == null) ? List.of() : block.and().stream().map(MacieRecords::term).toList();
	}

	private static ObjectCondition term(JobScopeTerm term) {
		if (term.simpleScopeTerm() != null) {
			return new PropertyTerm(ObjectProperty.valueOf(term.simpleScopeTerm().keyAsString()),
					Comparator.valueOf(term.simpleScopeTerm().comparatorAsString()),
					List.copyOf(term.simpleScopeTerm().values()));
		}
		return new TagTerm(Comparator.valueOf(term.tagScopeTerm().comparatorAsString()),
				term.tagScopeTerm()
					.tagValues()
					.stream()
					.map((pair) -> new TagValue(pair.key(), pair.value()))
					.toList());
	}

	static Bucket bucket(BucketMetadata bucket) {
		Map<String, String> tags = new LinkedHashMap<>();
		bucket.tags().forEach((tag) -> tags.put(tag.key(), tag.value()));
		return new Bucket(bucket.accountId(), bucket.bucketName(), bucket.region(), orZero(bucket.sizeInBytes()),
				orZero(bucket.classifiableSizeInBytes()), orZero(bucket.objectCount()),
				orZero(bucket.classifiableObjectCount()),
				(bucket.publicAccess() == null || bucket.publicAccess().effectivePermissionAsString() == null)
						? "UNKNOWN" : bucket.publicAccess().effectivePermissionAsString(),
				(bucket.sharedAccessAsString() == null) ? "UNKNOWN" : bucket.sharedAccessAsString(),
				Collections.unmodifiableMap(tags));
	}

	private static long orZero(Long value) {
		return (value == null) ? 0 : value;
	}

	static ManagedDataIdentifier managedDataIdentifier(ManagedDataIdentifierSummary summary) {
		return new ManagedDataIdentifier(summary.id(), summary.categoryAsString());
	}

	static CustomDataIdentifier customDataIdentifier(CustomDataIdentifierSummary summary) {
		return new CustomDataIdentifier(summary.id(), summary.name(), summary.description());
	}

	static AllowList allowList(AllowListSummary summary) {
		return new AllowList(summary.id(), summary.name(), summary.description());
	}

	static MacieSession session(String region, GetMacieSessionResponse response) {
		return new MacieSession(region, response.statusAsString(), response.createdAt(),
				response.findingPublishingFrequencyAsString());
	}

}
