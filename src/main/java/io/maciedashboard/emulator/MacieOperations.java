package io.maciedashboard.emulator;

import java.util.List;
import java.util.Map;

import io.maciedashboard.emulator.Shapes.AllowListSummary;
import io.maciedashboard.emulator.Shapes.GetClassificationExportConfigurationResponse;
import io.maciedashboard.emulator.Shapes.GetFindingStatisticsRequest;
import io.maciedashboard.emulator.Shapes.GetFindingsRequest;
import io.maciedashboard.emulator.Shapes.ListFindingsRequest;
import io.maciedashboard.emulator.Shapes.PutClassificationExportConfigurationRequest;
import io.maciedashboard.emulator.Shapes.PutClassificationExportConfigurationResponse;
import io.maciedashboard.emulator.Shapes.S3Destination;
import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.DescribeBucketsRequest;
import io.maciedashboard.emulator.Shapes.ListAllowListsResponse;
import io.maciedashboard.emulator.Shapes.ListClassificationJobsRequest;
import io.maciedashboard.emulator.Shapes.ListCustomDataIdentifiersRequest;
import io.maciedashboard.emulator.Shapes.ListCustomDataIdentifiersResponse;
import io.maciedashboard.emulator.Shapes.ListManagedDataIdentifiersRequest;
import io.maciedashboard.emulator.Shapes.ListManagedDataIdentifiersResponse;
import io.maciedashboard.emulator.Shapes.ListTagsForResourceResponse;
import io.maciedashboard.emulator.Shapes.ManagedDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.TagResourceRequest;
import io.maciedashboard.emulator.Shapes.TagResourceResponse;
import io.maciedashboard.emulator.Shapes.UntagResourceResponse;
import io.maciedashboard.emulator.Shapes.UpdateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.UpdateClassificationJobResponse;

/**
 * The Macie operations the emulator serves, each on the method and URI the service model
 * gives it, answered from the place (region and account) the request was signed for.
 */
final class MacieOperations {

	/** ListManagedDataIdentifiers has no maxResults: Macie decides the page size. */
	static final int MANAGED_IDENTIFIERS_PAGE = 100;

	static final int CUSTOM_IDENTIFIERS_DEFAULT_PAGE = 100;

	static final int CUSTOM_IDENTIFIERS_LARGEST_PAGE = 500;

	static final int ALLOW_LISTS_LARGEST_PAGE = 25;

	private MacieOperations() {
	}

	static List<Route> routes() {
		return List.of(
				Route.of("ListClassificationJobs", "POST", "/jobs/list",
						(place, call) -> place.jobs().list(call.body(ListClassificationJobsRequest.class))),
				Route.of("CreateClassificationJob", "POST", "/jobs",
						(place, call) -> place.jobs().create(call.body(CreateClassificationJobRequest.class))),
				Route.of("DescribeClassificationJob", "GET", "/jobs/{jobId}",
						(place, call) -> place.jobs().describe(call.path("jobId"))),
				Route.of("UpdateClassificationJob", "PATCH", "/jobs/{jobId}", MacieOperations::updateJob),
				Route.of("ListManagedDataIdentifiers", "POST", "/managed-data-identifiers/list",
						MacieOperations::listManagedDataIdentifiers),
				Route.of("ListCustomDataIdentifiers", "POST", "/custom-data-identifiers/list",
						MacieOperations::listCustomDataIdentifiers),
				Route.of("ListAllowLists", "GET", "/allow-lists", MacieOperations::listAllowLists),
				Route.of("DescribeBuckets", "POST", "/datasources/s3",
						(place, call) -> place.buckets().describe(call.body(DescribeBucketsRequest.class))),
				Route.of("GetMacieSession", "GET", "/macie", (place, call) -> place.session()),
				Route.of("ListTagsForResource", "GET", "/tags/{resourceArn}",
						(place, call) -> new ListTagsForResourceResponse(
								place.jobs().byArn(call.path("resourceArn")).tags())),
				Route.noContent("TagResource", "POST", "/tags/{resourceArn}", MacieOperations::tagResource),
				Route.noContent("UntagResource", "DELETE", "/tags/{resourceArn}", MacieOperations::untagResource),
				Route.of("ListFindings", "POST", "/findings",
						(place, call) -> place.findings().list(call.body(ListFindingsRequest.class))),
				Route.of("GetFindings", "POST", "/findings/describe",
						(place, call) -> place.findings().get(call.body(GetFindingsRequest.class))),
				Route.of("GetFindingStatistics", "POST", "/findings/statistics",
						(place, call) -> place.findings().statistics(call.body(GetFindingStatisticsRequest.class))),
				Route.of("GetClassificationExportConfiguration", "GET", "/classification-export-configuration",
						(place, call) -> new GetClassificationExportConfigurationResponse(place.exportConfiguration())),
				Route.of("PutClassificationExportConfiguration", "PUT", "/classification-export-configuration",
						MacieOperations::putExportConfiguration));
	}

	private static UpdateClassificationJobResponse updateJob(Place place, Call call) {
		UpdateClassificationJobRequest request = call.body(UpdateClassificationJobRequest.class);
		if (request.jobStatus() == null) {
			throw MacieError.validation("jobStatus", "is required");
		}
		place.jobs().changeStatus(call.path("jobId"), request.jobStatus());
		return new UpdateClassificationJobResponse();
	}

	private static ListManagedDataIdentifiersResponse listManagedDataIdentifiers(Place place, Call call) {
		ListManagedDataIdentifiersRequest request = call.body(ListManagedDataIdentifiersRequest.class);
		PageToken.Page<ManagedDataIdentifierSummary> page = PageToken.page(place.catalog().managedDataIdentifiers(),
				request.nextToken(), MANAGED_IDENTIFIERS_PAGE, "ListManagedDataIdentifiers");
		return new ListManagedDataIdentifiersResponse(page.items(), page.nextToken());
	}

	private static ListCustomDataIdentifiersResponse listCustomDataIdentifiers(Place place, Call call) {
		ListCustomDataIdentifiersRequest request = call.body(ListCustomDataIdentifiersRequest.class);
		int pageSize = PageToken.pageSize(request.maxResults(), CUSTOM_IDENTIFIERS_DEFAULT_PAGE,
				CUSTOM_IDENTIFIERS_LARGEST_PAGE);
		PageToken.Page<CustomDataIdentifierSummary> page = PageToken.page(place.catalog().customDataIdentifiers(),
				request.nextToken(), pageSize, "ListCustomDataIdentifiers");
		return new ListCustomDataIdentifiersResponse(page.items(), page.nextToken());
	}

	private static ListAllowListsResponse listAllowLists(Place place, Call call) {
		Integer maxResults;
		try {
			maxResults = call.queryValue("maxResults").map(Integer::valueOf).orElse(null);
		}
		catch (NumberFormatException ex) {
			throw MacieError.validation("maxResults", "must be a whole number");
		}
		int pageSize = PageToken.pageSize(maxResults, ALLOW_LISTS_LARGEST_PAGE, ALLOW_LISTS_LARGEST_PAGE);
		PageToken.Page<AllowListSummary> page = PageToken.page(place.catalog().allowLists(),
				call.queryValue("nextToken").orElse(null), pageSize, "ListAllowLists");
		return new ListAllowListsResponse(page.items(), page.nextToken());
	}

	private static TagResourceResponse tagResource(Place place, Call call) {
		ClassificationJob job = place.jobs().byArn(call.path("resourceArn"));
		TagResourceRequest request = call.body(TagResourceRequest.class);
		if (request.tags() == null || request.tags().isEmpty()) {
			throw MacieError.validation("tags", "is required");
		}
		Map<String, String> merged = job.tags();
		merged.putAll(request.tags());
		CreateJobValidation.tags(merged);
		job.tag(request.tags());
		return new TagResourceResponse();
	}

	private static UntagResourceResponse untagResource(Place place, Call call) {
		ClassificationJob job = place.jobs().byArn(call.path("resourceArn"));
		List<String> keys = call.queryValues("tagKeys");
		if (keys.isEmpty()) {
			throw MacieError.validation("tagKeys", "is required");
		}
		job.untag(keys);
		return new UntagResourceResponse();
	}

	/**
	 * Stores where the place's sensitive data discovery results go; the model requires a
	 * bucket name and a KMS key ARN.
	 */
	private static PutClassificationExportConfigurationResponse putExportConfiguration(Place place, Call call) {
		PutClassificationExportConfigurationRequest request = call
			.body(PutClassificationExportConfigurationRequest.class);
		if (request.configuration() == null || request.configuration().s3Destination() == null) {
			throw MacieError.validation("configuration.s3Destination", "is required");
		}
		S3Destination destination = request.configuration().s3Destination();
		if (destination.bucketName() == null || destination.bucketName().isBlank()) {
			throw MacieError.validation("configuration.s3Destination.bucketName", "is required");
		}
		if (destination.kmsKeyArn() == null || !destination.kmsKeyArn().startsWith("arn:aws:kms:")) {
			throw MacieError.validation("configuration.s3Destination.kmsKeyArn",
					"must be the ARN of a KMS key, not " + destination.kmsKeyArn());
		}
		place.exportConfiguration(request.configuration());
		return new PutClassificationExportConfigurationResponse(request.configuration());
	}

}
