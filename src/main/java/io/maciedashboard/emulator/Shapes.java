package io.maciedashboard.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The request and response bodies the emulator reads and writes, one record per shape of
 * the Macie service model, named exactly as the shape and its members (enums travel as
 * strings and are checked where they are used). A model test holds every record here
 * against {@code service-2.json}. Members that travel in the path or query string are not
 * here.
 */
final class Shapes {

	private Shapes() {
	}

	record CreateClassificationJobRequest(List<String> allowListIds, String clientToken,
			List<String> customDataIdentifierIds, String description, Boolean initialRun, String jobType,
			List<String> managedDataIdentifierIds, String managedDataIdentifierSelector, String name,
			S3JobDefinition s3JobDefinition, Integer samplingPercentage, JobScheduleFrequency scheduleFrequency,
			Map<String, String> tags) {
	}

	record CreateClassificationJobResponse(String jobArn, String jobId) {
	}

	record S3JobDefinition(S3BucketCriteriaForJob bucketCriteria, List<S3BucketDefinitionForJob> bucketDefinitions,
			Scoping scoping) {
	}

	record S3BucketDefinitionForJob(String accountId, List<String> buckets) {
	}

	record S3BucketCriteriaForJob(CriteriaBlockForJob excludes, CriteriaBlockForJob includes) {
	}

	record CriteriaBlockForJob(List<CriteriaForJob> and) {
	}

	record CriteriaForJob(SimpleCriterionForJob simpleCriterion, TagCriterionForJob tagCriterion) {
	}

	record SimpleCriterionForJob(String comparator, String key, List<String> values) {
	}

	record TagCriterionForJob(String comparator, List<TagCriterionPairForJob> tagValues) {
	}

	record TagCriterionPairForJob(String key, String value) {
	}

	record Scoping(JobScopingBlock excludes, JobScopingBlock includes) {
	}

	record JobScopingBlock(List<JobScopeTerm> and) {
	}

	record JobScopeTerm(SimpleScopeTerm simpleScopeTerm, TagScopeTerm tagScopeTerm) {
	}

	record SimpleScopeTerm(String comparator, String key, List<String> values) {
	}

	record TagScopeTerm(String comparator, String key, List<TagValuePair> tagValues, String target) {
	}

	record TagValuePair(String key, String value) {
	}

	record JobScheduleFrequency(DailySchedule dailySchedule, MonthlySchedule monthlySchedule,
			WeeklySchedule weeklySchedule) {
	}

	record DailySchedule() {
	}

	record MonthlySchedule(Integer dayOfMonth) {
	}

	record WeeklySchedule(String dayOfWeek) {
	}

	record DescribeClassificationJobResponse(List<String> allowListIds, String clientToken, Instant createdAt,
			List<String> customDataIdentifierIds, String description, Boolean initialRun, String jobArn, String jobId,
			String jobStatus, String jobType, LastRunErrorStatus lastRunErrorStatus, Instant lastRunTime,
			List<String> managedDataIdentifierIds, String managedDataIdentifierSelector, String name,
			S3JobDefinition s3JobDefinition, Integer samplingPercentage, JobScheduleFrequency scheduleFrequency,
			Statistics statistics, Map<String, String> tags, UserPausedDetails userPausedDetails) {
	}

	record Statistics(Double approximateNumberOfObjectsToProcess, Double numberOfRuns) {
	}

	record UserPausedDetails(Instant jobExpiresAt, String jobImminentExpirationHealthEventArn, Instant jobPausedAt) {
	}

	record LastRunErrorStatus(String code) {
	}

	record JobSummary(S3BucketCriteriaForJob bucketCriteria, List<S3BucketDefinitionForJob> bucketDefinitions,
			Instant createdAt, String jobId, String jobStatus, String jobType, LastRunErrorStatus lastRunErrorStatus,
			String name, UserPausedDetails userPausedDetails) {
	}

	record ListClassificationJobsRequest(ListJobsFilterCriteria filterCriteria, Integer maxResults, String nextToken,
			ListJobsSortCriteria sortCriteria) {
	}

	record ListJobsFilterCriteria(List<ListJobsFilterTerm> excludes, List<ListJobsFilterTerm> includes) {
	}

	record ListJobsFilterTerm(String comparator, String key, List<String> values) {
	}

	record ListJobsSortCriteria(String attributeName, String orderBy) {
	}

	record ListClassificationJobsResponse(List<JobSummary> items, String nextToken) {
	}

	record UpdateClassificationJobRequest(String jobStatus) {
	}

	record UpdateClassificationJobResponse() {
	}

	record ListManagedDataIdentifiersRequest(String nextToken) {
	}

	record ListManagedDataIdentifiersResponse(List<ManagedDataIdentifierSummary> items, String nextToken) {
	}

	record ManagedDataIdentifierSummary(String category, String id) {
	}

	record ListCustomDataIdentifiersRequest(Integer maxResults, String nextToken) {
	}

	record ListCustomDataIdentifiersResponse(List<CustomDataIdentifierSummary> items, String nextToken) {
	}

	record CustomDataIdentifierSummary(String arn, Instant createdAt, String description, String id, String name) {
	}

	record ListAllowListsResponse(List<AllowListSummary> allowLists, String nextToken) {
	}

	record AllowListSummary(String arn, Instant createdAt, String description, String id, String name,
			Instant updatedAt) {
	}

	record DescribeBucketsRequest(Map<String, BucketCriteriaAdditionalProperties> criteria, Integer maxResults,
			String nextToken, BucketSortCriteria sortCriteria) {
	}

	record BucketCriteriaAdditionalProperties(List<String> eq, Long gt, Long gte, Long lt, Long lte, List<String> neq,
			String prefix) {
	}

	record BucketSortCriteria(String attributeName, String orderBy) {
	}

	/** The buckets are kept as the seed wrote them: BucketMetadata objects. */
	record DescribeBucketsResponse(List<JsonNode> buckets, String nextToken) {
	}

	record GetMacieSessionResponse(Instant createdAt, String findingPublishingFrequency, String serviceRole,
			String status, Instant updatedAt) {
	}

	record ListTagsForResourceResponse(Map<String, String> tags) {
	}

	record TagResourceRequest(Map<String, String> tags) {
	}

	record TagResourceResponse() {
	}

	record UntagResourceResponse() {
	}

	record SeverityLevel(Long occurrencesThreshold, String severity) {
	}

	record ListFindingsRequest(FindingCriteria findingCriteria, Integer maxResults, String nextToken,
			SortCriteria sortCriteria) {
	}

	record ListFindingsResponse(List<String> findingIds, String nextToken) {
	}

	record FindingCriteria(Map<String, CriterionAdditionalProperties> criterion) {
	}

	record CriterionAdditionalProperties(List<String> eq, List<String> eqExactMatch, Long gt, Long gte, Long lt,
			Long lte, List<String> neq) {
	}

	record SortCriteria(String attributeName, String orderBy) {
	}

	record GetFindingsRequest(List<String> findingIds, SortCriteria sortCriteria) {
	}

	record GetFindingsResponse(List<Finding> findings) {
	}

	record GetFindingStatisticsRequest(FindingCriteria findingCriteria, String groupBy, Integer size,
			FindingStatisticsSortCriteria sortCriteria) {
	}

	record FindingStatisticsSortCriteria(String attributeName, String orderBy) {
	}

	record GetFindingStatisticsResponse(List<GroupCount> countsByGroup) {
	}

	record GroupCount(Long count, String groupKey) {
	}

	record Finding(String accountId, Boolean archived, String category, ClassificationDetails classificationDetails,
			Long count, Instant createdAt, String description, String id, String partition, String region,
			ResourcesAffected resourcesAffected, Boolean sample, String schemaVersion, Severity severity, String title,
			String type, Instant updatedAt) {
	}

	record Severity(String description, Long score) {
	}

	record ClassificationDetails(String detailedResultsLocation, String jobArn, String jobId, String originType,
			ClassificationResult result) {
	}

	record ClassificationResult(Boolean additionalOccurrences, CustomDataIdentifiers customDataIdentifiers,
			String mimeType, List<SensitiveDataItem> sensitiveData, Long sizeClassified,
			ClassificationResultStatus status) {
	}

	record ClassificationResultStatus(String code, String reason) {
	}

	record CustomDataIdentifiers(List<CustomDetection> detections, Long totalCount) {
	}

	record CustomDetection(String arn, Long count, String name, Occurrences occurrences) {
	}

	record SensitiveDataItem(String category, List<DefaultDetection> detections, Long totalCount) {
	}

	record DefaultDetection(Long count, Occurrences occurrences, String type) {
	}

	record Occurrences(List<Cell> cells, List<Range> lineRanges, List<Range> offsetRanges, List<Page> pages,
			List<Record> records) {
	}

	record Cell(String cellReference, Long column, String columnName, Long row) {
	}

	record Range(Long end, Long start, Long startColumn) {
	}

	record Page(Range lineRange, Range offsetRange, Long pageNumber) {
	}

	/** A location in an Avro, Parquet, JSON or JSON Lines file (the model's Record). */
	record Record(String jsonPath, Long recordIndex) {
	}

	record ResourcesAffected(S3Bucket s3Bucket, S3Object s3Object) {
	}

	/** {@code publicAccess} is the bucket's BucketPublicAccess, as the seed wrote it. */
	record S3Bucket(String allowsUnencryptedObjectUploads, String arn, Instant createdAt,
			ServerSideEncryption defaultServerSideEncryption, String name, S3BucketOwner owner, JsonNode publicAccess,
			List<KeyValuePair> tags) {
	}

	record S3BucketOwner(String displayName, String id) {
	}

	record ServerSideEncryption(String encryptionType, String kmsMasterKeyId) {
	}

	record KeyValuePair(String key, String value) {
	}

	record S3Object(String bucketArn, String eTag, String extension, String key, Instant lastModified, String path,
			Boolean publicAccess, ServerSideEncryption serverSideEncryption, Long size, String storageClass,
			List<KeyValuePair> tags, String versionId) {
	}

	record ClassificationExportConfiguration(S3Destination s3Destination) {
	}

	record S3Destination(String bucketName, String expectedBucketOwner, String keyPrefix, String kmsKeyArn) {
	}

	record GetClassificationExportConfigurationResponse(ClassificationExportConfiguration configuration) {
	}

	record PutClassificationExportConfigurationRequest(ClassificationExportConfiguration configuration) {
	}

	record PutClassificationExportConfigurationResponse(ClassificationExportConfiguration configuration) {
	}

}
