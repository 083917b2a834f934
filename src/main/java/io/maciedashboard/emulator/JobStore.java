package io.maciedashboard.emulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.CreateClassificationJobResponse;
import io.maciedashboard.emulator.Shapes.DescribeClassificationJobResponse;
import io.maciedashboard.emulator.Shapes.JobSummary;
import io.maciedashboard.emulator.Shapes.ListClassificationJobsRequest;
import io.maciedashboard.emulator.Shapes.ListClassificationJobsResponse;

/**
 * The account's classification jobs: create (idempotent by client token), describe, list,
 * change status, tags. A client token names one request: sent again with the same request
 * (member for member) it answers with the job it created; with another request it is
 * refused with a ConflictException, as AWS services that document a reused token do
 * (Macie documents only the idempotency).
 */
final class JobStore {

	static final int DEFAULT_PAGE = 100;

	static final int LARGEST_PAGE = 200;

	private final Map<String, ClassificationJob> jobs = new ConcurrentHashMap<>();

	private final Map<String, String> jobIdByClientToken = new HashMap<>();

	private final CreateJobValidation validation;

	private final BucketInventory buckets;

	private final Clock clock;

	private final double objectsPerSecond;

	private final String region;

	private final String accountId;

	JobStore(CreateJobValidation validation, BucketInventory buckets, Clock clock, double objectsPerSecond,
			String region, String accountId) {
		this.validation = validation;
		this.buckets = buckets;
		this.clock = clock;
		this.objectsPerSecond = objectsPerSecond;
		this.region = region;
		this.accountId = accountId;
	}

	synchronized CreateClassificationJobResponse create(CreateClassificationJobRequest request) {
		this.validation.check(request);
		String existing = this.jobIdByClientToken.get(request.clientToken());
		if (existing != null) {
			ClassificationJob job = this.jobs.get(existing);
			if (!job.definition().equals(request)) {
				throw new MacieError(MacieError.Type.CONFLICT,
						"clientToken: the token " + request.clientToken() + " was used to create job " + existing
								+ " with a different request. Send that request unchanged, or use a new client token.");
			}
			return new CreateClassificationJobResponse(job.jobArn(), existing);
		}
		String jobId = UUID.randomUUID().toString().replace("-", "");
		ClassificationJob job = ClassificationJob.created(jobId, arnOf(jobId), request,
				this.buckets.reach(request.s3JobDefinition()), this.clock.instant());
		add(job);
		return new CreateClassificationJobResponse(job.jobArn(), jobId);
	}

	/**
	 * Adds a job made elsewhere (from the seed): it must pass the same validation as a
	 * new one.
	 */
	synchronized void add(ClassificationJob job) {
		this.validation.check(job.definition());
		this.jobs.put(job.jobId(), job);
		this.jobIdByClientToken.put(job.definition().clientToken(), job.jobId());
	}

	String arnOf(String jobId) {
		return "arn:aws:macie2:" + this.region + ":" + this.accountId + ":classification-job/" + jobId;
	}

	DescribeClassificationJobResponse describe(String jobId) {
		return job(jobId).describe(this.clock.instant(), this.objectsPerSecond, this.region);
	}

	ListClassificationJobsResponse list(ListClassificationJobsRequest request) {
		int pageSize = PageToken.pageSize(request.maxResults(), DEFAULT_PAGE, LARGEST_PAGE);
		var filter = JobListing.filter(request);
		var order = JobListing.order(request.sortCriteria());
		var now = this.clock.instant();
		List<JobSummary> listed = this.jobs.values()
			.stream()
			.map(job -> job.summary(now, this.objectsPerSecond, this.region))
			.filter(filter)
			.sorted(order)
			.toList();
		PageToken.Page<JobSummary> page = PageToken.page(listed, request.nextToken(), pageSize,
				"ListClassificationJobs" + request.filterCriteria() + request.sortCriteria());
		return new ListClassificationJobsResponse(page.items(), page.nextToken());
	}

	void changeStatus(String jobId, String jobStatus) {
		JobStatus target;
		try {
			target = JobStatus.valueOf(String.valueOf(jobStatus));
		}
		catch (IllegalArgumentException ex) {
			throw MacieError.validation("jobStatus",
					"must be one of RUNNING, USER_PAUSED, CANCELLED, not " + jobStatus);
		}
		job(jobId).change(target, this.clock.instant(), this.objectsPerSecond);
	}

	ClassificationJob byArn(String resourceArn) {
		if (resourceArn == null || !resourceArn.startsWith("arn:")) {
			throw MacieError.validation("resourceArn", "is not an ARN: " + resourceArn);
		}
		String prefix = arnOf("");
		if (!resourceArn.startsWith(prefix)) {
			throw MacieError.notFound("There is no resource with the ARN " + resourceArn + ".");
		}
		return job(resourceArn.substring(prefix.length()));
	}

	int size() {
		return this.jobs.size();
	}

	/** Every job, in no particular order. */
	java.util.Collection<ClassificationJob> all() {
		return this.jobs.values();
	}

	/** The job with this id, or null. */
	ClassificationJob find(String jobId) {
		return this.jobs.get(jobId);
	}

	private ClassificationJob job(String jobId) {
		ClassificationJob job = this.jobs.get(jobId);
		if (job == null) {
			throw MacieError.notFound("The classification job " + jobId + " does not exist.");
		}
		return job;
	}

}
