package io.maciedashboard.emulator;

import java.util.List;
import java.util.Map;

import io.maciedashboard.emulator.Shapes.AllowListSummary;
import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.DescribeBucketsRequest;
import io.maciedashboard.emulator.Shapes.GetMacieSessionResponse;
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
 * gives it.
 */
final class MacieOperations {

	/** ListManagedDataIdentifiers has no maxResults: Macie decides the page size. */
	static final int MANAGED_IDENTIFIERS_PAGE = 100;

	static final int CUSTOM_IDENTIFIERS_DEFAULT_PAGE = 100;

	static final int CUSTOM_IDENTIFIERS_LARGEST_PAGE = 500;

	static final int ALLOW_LISTS_LARGEST_PAGE = 25;

	private final JobStore jobs;

	private final BucketInventory buckets;

	private final Catalog catalog;

	private final GetMacieSessionResponse session;

	MacieOperations(JobStore jobs, BucketInventory buckets, Catalog catalog, GetMacieSessionResponse session) {
		this.jobs = jobs;
		this.buckets = buckets;
		this.catalog = catalog;
		this.session = session;
	}

	List<Route> routes() {
		return List.of(
				Route.of("ListClassificationJobs", "POST", "/jobs/list",
						call -> this.jobs.list(call.body(ListClassificationJobsRequest.class))),
				Route.of("CreateClassificationJob", "POST", "/jobs",
						call -> this.jobs.create(call.body(CreateClassificationJobRequest.class))),
				Route.of("DescribeClassificationJob", "GET", "/jobs/{jobId}",
						call -> this.jobs.describe(call.path("jobId"))),
				Route.of("UpdateClassificationJob", "PATCH", "/jobs/{jobId}", this::updateJob),
				Route.of("ListManagedDataIdentifiers", "POST", "/managed-data-identifiers/list",
						this::listManagedDataIdentifiers),
				Route.of("ListCustomDataIdentifiers", "POST", "/custom-data-identifiers/list",
						this::listCustomDataIdentifiers),
				Route.of("ListAllowLists", "GET", "/allow-lists", this::listAllowLists),
				Route.of("DescribeBuckets", "POST", "/datasources/s3",
						call -> this.buckets.describe(call.body(DescribeBucketsRequest.class))),
				Route.of("GetMacieSession", "GET", "/macie", call -> this.session),
				Route.of("ListTagsForResource", "GET", "/tags/{resourceArn}",
						call -> new ListTagsForResourceResponse(this.jobs.byArn(call.path("resourceArn")).tags())),
				Route.noContent("TagResource", "POST", "/tags/{resourceArn}", this::tagResource),
				Route.noContent("UntagResource", "DELETE", "/tags/{resourceArn}", this::untagResource));
	}

	private UpdateClassificationJobResponse updateJob(Call call) {
		UpdateClassificationJobRequest request = call.body(UpdateClassificationJobRequest.class);
		if (request.jobStatus() == null) {
			throw MacieError.validation("jobStatus", "is required");
		}
		this.jobs.changeStatus(call.path("jobId"), request.jobStatus());
		return new UpdateClassificationJobResponse();
	}

	private ListManagedDataIdentifiersResponse listManagedDataIdentifiers(Call call) {
		ListManagedDataIdentifiersRequest request = call.body(ListManagedDataIdentifiersRequest.class);
		PageToken.Page<ManagedDataIdentifierSummary> page = PageToken.page(this.catalog.managedDataIdentifiers(),
				request.nextToken(), MANAGED_IDENTIFIERS_PAGE, "ListManagedDataIdentifiers");
		return new ListManagedDataIdentifiersResponse(page.items(), page.nextToken());
	}

	private ListCustomDataIdentifiersResponse listCustomDataIdentifiers(Call call) {
		ListCustomDataIdentifiersRequest request = call.body(ListCustomDataIdentifiersRequest.class);
		int pageSize = PageToken.pageSize(request.maxResults(), CUSTOM_IDENTIFIERS_DEFAULT_PAGE,
				CUSTOM_IDENTIFIERS_LARGEST_PAGE);
		PageToken.Page<CustomDataIdentifierSummary> page = PageToken.page(this.catalog.customDataIdentifiers(),
				request.nextToken(), pageSize, "ListCustomDataIdentifiers");
		return new ListCustomDataIdentifiersResponse(page.items(), page.nextToken());
	}

	private ListAllowListsResponse listAllowLists(Call call) {
		Integer maxResults;
		try {
			maxResults = call.queryValue("maxResults").map(Integer::valueOf).orElse(null);
		}
		catch (NumberFormatException ex) {
			throw MacieError.validation("maxResults", "must be a whole number");
		}
		int pageSize = PageToken.pageSize(maxResults, ALLOW_LISTS_LARGEST_PAGE, ALLOW_LISTS_LARGEST_PAGE);
		PageToken.Page<AllowListSummary> page = PageToken.page(this.catalog.allowLists(),
				call.queryValue("nextToken").orElse(null), pageSize, "ListAllowLists");
		return new ListAllowListsResponse(page.items(), page.nextToken());
	}

	private TagResourceResponse tagResource(Call call) {
		ClassificationJob job = this.jobs.byArn(call.path("resourceArn"));
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

	private UntagResourceResponse untagResource(Call call) {
		ClassificationJob job = this.jobs.byArn(call.path("resourceArn"));
		List<String> keys = call.queryValues("tagKeys");
		if (keys.isEmpty()) {
			throw MacieError.validation("tagKeys", "is required");
		}
		job.untag(keys);
		return new UntagResourceResponse();
	}

}
