package io.maciedashboard.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.ManagedDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.SeverityLevel;
import tools.jackson.databind.JsonNode;

/**
 * The sensitive data findings of one job, derived from the seed alone, so that the same
 * seed and clock always give the same findings:
 * <ul>
 * <li>which identifiers the job uses: its managed data identifier selection (ALL,
 * INCLUDE, EXCLUDE, NONE or RECOMMENDED, Macie's default) and its custom data
 * identifiers;</li>
 * <li>how many findings a run makes in each bucket it reaches: about the square root of
 * the objects it processes there, more in buckets with a higher sensitivity score, at
 * most {@value #MOST_PER_BUCKET}; a later run of a scheduled job (which looks only at new
 * and changed objects) makes a tenth of that;</li>
 * <li>where they are: spread evenly over the objects of the run, so each appears when the
 * run processes its object, at the time the run's timeline gives.</li>
 * </ul>
 * A finding is numbered by its run and its ordinal in the run; its content comes from a
 * random generator seeded with the place, the job, the run and the ordinal.
 */
final class JobFindings {

	static final int MOST_PER_BUCKET = 400;

	/** Weights of the identifiers a finding's data types are drawn from. */
	private static final double RECOMMENDED_WEIGHT = 6;

	private static final double CUSTOM_WEIGHT = 8;

	private static final double CREDENTIALS_DAMPING = 0.3;

	/** One identifier the job uses. */
	record Detector(String id, String category, String name, String arn, List<SeverityLevel> severityLevels) {

		boolean isCustom() {
			return this.category.equals(DiscoveredFinding.CUSTOM_IDENTIFIER);
		}

	}

	/**
	 * A bucket the job reaches: where its objects start in a run, how many it has, and
	 * how many findings a first and a later run make in it.
	 */
	record BucketShare(JsonNode bucket, long firstObject, long objects, int firstRunFindings, int laterRunFindings) {

		int findings(int runNumber) {
			return (runNumber == 1) ? this.firstRunFindings : this.laterRunFindings;
		}

	}

	private final ClassificationJob job;

	private final String region;

	private final long jobSeed;

	private final List<Detector> detectors = new ArrayList<>();

	private final double[] cumulativeWeights;

	private final List<BucketShare> buckets = new ArrayList<>();

	private final ObjectScope scope;

	/**
	 * @param managedDetectors one detector per managed data identifier, shared by every
	 * job of the place
	 */
	JobFindings(ClassificationJob job, Place place, Map<String, Detector> managedDetectors) {
		this.job = job;
		this.region = place.region();
		this.jobSeed = seedOf(place, job.jobId());
		List<Double> weights = new ArrayList<>();
		Catalog catalog = place.catalog();
		Set<String> selected = selectedManagedIdentifiers(job.definition(), catalog.managed());
		for (ManagedDataIdentifierSummary managed : catalog.managedDataIdentifiers()) {
			if (selected.contains(managed.id())) {
				this.detectors.add(managedDetectors.get(managed.id()));
				double weight = catalog.managed().recommended().contains(managed.id()) ? RECOMMENDED_WEIGHT : 1;
				weights.add(managed.category().equals("CREDENTIALS") ? weight * CREDENTIALS_DAMPING : weight);
			}
		}
		List<String> customIds = (job.definition().customDataIdentifierIds() != null)
				? job.definition().customDataIdentifierIds() : List.of();
		for (CustomDataIdentifierSummary custom : catalog.customDataIdentifiers()) {
			if (customIds.contains(custom.id())) {
				this.detectors.add(new Detector(custom.id(), DiscoveredFinding.CUSTOM_IDENTIFIER, custom.name(),
						custom.arn(), catalog.customSeverityLevels().getOrDefault(custom.id(), List.of())));
				weights.add(CUSTOM_WEIGHT);
			}
		}
		this.cumulativeWeights = new double[weights.size()];
		double total = 0;
		for (int i = 0; i < weights.size(); i++) {
			total += weights.get(i);
			this.cumulativeWeights[i] = total;
		}
		int sampling = (job.definition().samplingPercentage() != null) ? job.definition().samplingPercentage() : 100;
		long firstObject = 0;
		for (JsonNode bucket : job.reachedBuckets()) {
			long objects = bucket.path("classifiableObjectCount").asLong() * sampling / 100;
			int first = this.detectors.isEmpty() ? 0 : findingsPerRun(objects, bucket.path("sensitivityScore").asInt());
			this.buckets.add(new BucketShare(bucket, firstObject, objects, first, (first + 9) / 10));
			firstObject += objects;
		}
		this.scope = ObjectScope.of(job.definition());
	}

	/** The detectors of a place's managed data identifiers, by id. */
	static Map<String, Detector> managedDetectors(Catalog catalog) {
		Map<String, Detector> detectors = new java.util.HashMap<>();
		catalog.managedDataIdentifiers()
			.forEach(managed -> detectors.put(managed.id(),
					new Detector(managed.id(), managed.category(), null, null, List.of())));
		return detectors;
	}

	/** What a job's findings are derived from: its place and id. */
	static long seedOf(Place place, String jobId) {
		return Hashing.hash(place.region() + "/" + place.accountId() + "/" + jobId);
	}

	private static int findingsPerRun(long objects, int sensitivityScore) {
		return (int) Math.min(MOST_PER_BUCKET, Math.ceil(Math.sqrt(objects) * (0.2 + sensitivityScore / 50.0)));
	}

	private static Set<String> selectedManagedIdentifiers(CreateClassificationJobRequest definition,
			Catalog.ManagedIdentifiers managed) {
		List<String> listed = (definition.managedDataIdentifierIds() != null) ? definition.managedDataIdentifierIds()
				: List.of();
		String selector = (definition.managedDataIdentifierSelector() != null)
				? definition.managedDataIdentifierSelector() : "RECOMMENDED";
		Set<String> all = new java.util.HashSet<>();
		managed.identifiers().forEach(identifier -> all.add(identifier.id()));
		return switch (selector) {
			case "ALL" -> all;
			case "INCLUDE" -> Set.copyOf(listed);
			case "EXCLUDE" -> {
				all.removeAll(listed);
				yield all;
			}
			case "NONE" -> Set.of();
			default -> managed.recommended();
		};
	}

	ClassificationJob job() {
		return this.job;
	}

	String region() {
		return this.region;
	}

	long jobSeed() {
		return this.jobSeed;
	}

	List<Detector> detectors() {
		return this.detectors;
	}

	ObjectScope scope() {
		return this.scope;
	}

	/** The findings of one run that exist at the end of its timeline. */
	List<DiscoveredFinding> findings(JobRun.Timeline run) {
		List<DiscoveredFinding> found = new ArrayList<>();
		double processed = run.processed();
		int ordinal = 0;
		for (BucketShare bucket : this.buckets) {
			int count = bucket.findings(run.number());
			for (int i = 0; i < count; i++, ordinal++) {
				long object = objectInBucket(bucket, i, count);
				if (bucket.firstObject() + object + 1 > processed) {
					return found;
				}
				Instant createdAt = run.processedAt(bucket.firstObject() + object + 1);
				if (createdAt != null) {
					found.add(finding(run.number(), ordinal, bucket, object, createdAt));
				}
			}
		}
		return found;
	}

	/**
	 * Finding {@code ordinal} of run {@code runNumber}, if the run has made it by then.
	 */
	DiscoveredFinding finding(JobRun.Timeline run, int ordinal) {
		int first = 0;
		for (BucketShare bucket : this.buckets) {
			int count = bucket.findings(run.number());
			if (ordinal < first + count) {
				long object = objectInBucket(bucket, ordinal - first, count);
				Instant createdAt = run.processedAt(bucket.firstObject() + object + 1);
				return (createdAt != null) ? finding(run.number(), ordinal, bucket, object, createdAt) : null;
			}
			first += count;
		}
		return null;
	}

	/** Where the {@code index}th of a run's {@code count} findings in a bucket is. */
	private static long objectInBucket(BucketShare bucket, int index, int count) {
		return (long) ((index + 0.5) * bucket.objects() / count);
	}

	private DiscoveredFinding finding(int runNumber, int ordinal, BucketShare bucket, long object, Instant createdAt) {
		long seed = Hashing.mix(this.jobSeed ^ Hashing.mix(((long) runNumber << 24) | ordinal));
		SplittableRandom random = new SplittableRandom(seed);
		int kinds = Math.min(this.detectors.size(), kinds(random.nextDouble()));
		List<DiscoveredFinding.Detection> detections = new ArrayList<>();
		List<Integer> chosen = new ArrayList<>();
		while (detections.size() < kinds) {
			int index = pick(random.nextDouble());
			if (!chosen.contains(index)) {
				chosen.add(index);
				Detector detector = this.detectors.get(index);
				detections.add(new DiscoveredFinding.Detection(detector, occurrences(random, detector)));
			}
		}
		return new DiscoveredFinding(this, runNumber, ordinal, bucket.bucket(), object, createdAt, seed, detections,
				random.nextDouble() < DiscoveredFinding.ARCHIVED_SHARE);
	}

	/** One data type in 70% of findings, two in 22%, three in 8%. */
	private static int kinds(double draw) {
		return (draw < 0.70) ? 1 : (draw < 0.92) ? 2 : 3;
	}

	private int pick(double draw) {
		double target = draw * this.cumulativeWeights[this.cumulativeWeights.length - 1];
		int index = java.util.Arrays.binarySearch(this.cumulativeWeights, target);
		return Math.min(this.cumulativeWeights.length - 1, (index >= 0) ? index + 1 : -index - 1);
	}

	/**
	 * Most objects hold a few occurrences, some hundreds, a few thousands; a custom
	 * identifier with thresholds finds at least its lowest one (below it Macie makes no
	 * finding).
	 */
	private static long occurrences(SplittableRandom random, Detector detector) {
		double draw = random.nextDouble();
		long count = Math.max(1, Math.round(Math.exp(draw * draw * Math.log(3000))));
		long lowest = detector.severityLevels().stream().mapToLong(SeverityLevel::occurrencesThreshold).min().orElse(1);
		return Math.max(count, lowest);
	}

}
