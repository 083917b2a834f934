package io.maciedashboard.emulator;

import java.time.Instant;
import java.util.List;

import io.maciedashboard.emulator.Seed.SeedJob;
import io.maciedashboard.emulator.Shapes.ClassificationExportConfiguration;
import io.maciedashboard.emulator.Shapes.GetMacieSessionResponse;
import tools.jackson.databind.JsonNode;

/**
 * One region of one AWS account, as Macie keeps them apart: its own jobs, buckets, custom
 * data identifiers, allow lists, Macie session, findings and export configuration.
 * Macie's managed data identifiers are the same in every place.
 */
final class Place {

	private final String region;

	private final String accountId;

	private final JobStore jobs;

	private final BucketInventory buckets;

	private final Catalog catalog;

	private final GetMacieSessionResponse session;

	private final FindingStore findings;

	private volatile ClassificationExportConfiguration exportConfiguration;

	private Place(Seed seed, JobStore jobs, BucketInventory buckets, Catalog catalog, EmulatorClock clock,
			double objectsPerSecond) {
		this.region = seed.region();
		this.accountId = seed.accountId();
		this.jobs = jobs;
		this.buckets = buckets;
		this.catalog = catalog;
		this.session = seed.session();
		this.exportConfiguration = seed.exportConfiguration();
		this.findings = new FindingStore(this, clock, objectsPerSecond);
	}

	/**
	 * The place a seed describes, with {@code generatedJobs} made-up jobs over its
	 * buckets; seeded jobs without an id take one from {@code idNamespace} and their
	 * name.
	 */
	static Place seeded(Seed seed, Catalog.ManagedIdentifiers managed, String idNamespace, EmulatorClock clock,
			double objectsPerSecond, int generatedJobs) {
		Instant now = clock.instant();
		List<JsonNode> bucketMetadata = seed.buckets();
		BucketInventory buckets = new BucketInventory(bucketMetadata);
		Catalog catalog = seed.catalog(managed);
		JobStore jobs = new JobStore(new CreateJobValidation(catalog), buckets, clock, objectsPerSecond, seed.region(),
				seed.accountId());
		for (SeedJob seedJob : seed.jobs()) {
			jobs.add(Seed.toJob(seedJob, idNamespace, jobs, buckets, now));
		}
		for (SeedJob generated : SyntheticJobs.generate(generatedJobs, bucketMetadata, now)) {
			jobs.add(Seed.toJob(generated, idNamespace, jobs, buckets, now));
		}
		return new Place(seed, jobs, buckets, catalog, clock, objectsPerSecond);
	}

	String region() {
		return this.region;
	}

	String accountId() {
		return this.accountId;
	}

	JobStore jobs() {
		return this.jobs;
	}

	BucketInventory buckets() {
		return this.buckets;
	}

	Catalog catalog() {
		return this.catalog;
	}

	FindingStore findings() {
		return this.findings;
	}

	GetMacieSessionResponse session() {
		return this.session;
	}

	ClassificationExportConfiguration exportConfiguration() {
		return this.exportConfiguration;
	}

	void exportConfiguration(ClassificationExportConfiguration configuration) {
		this.exportConfiguration = configuration;
	}

	@Override
	public String toString() {
		return this.region + " / " + this.accountId;
	}

}
