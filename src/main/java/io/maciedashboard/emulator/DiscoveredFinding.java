package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import io.maciedashboard.emulator.Shapes.Cell;
import io.maciedashboard.emulator.Shapes.ClassificationDetails;
import io.maciedashboard.emulator.Shapes.ClassificationExportConfiguration;
import io.maciedashboard.emulator.Shapes.ClassificationResult;
import io.maciedashboard.emulator.Shapes.ClassificationResultStatus;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifiers;
import io.maciedashboard.emulator.Shapes.CustomDetection;
import io.maciedashboard.emulator.Shapes.DefaultDetection;
import io.maciedashboard.emulator.Shapes.Finding;
import io.maciedashboard.emulator.Shapes.KeyValuePair;
import io.maciedashboard.emulator.Shapes.Occurrences;
import io.maciedashboard.emulator.Shapes.Page;
import io.maciedashboard.emulator.Shapes.Range;
import io.maciedashboard.emulator.Shapes.ResourcesAffected;
import io.maciedashboard.emulator.Shapes.S3Bucket;
import io.maciedashboard.emulator.Shapes.S3BucketOwner;
import io.maciedashboard.emulator.Shapes.S3Object;
import io.maciedashboard.emulator.Shapes.SensitiveDataItem;
import io.maciedashboard.emulator.Shapes.ServerSideEncryption;
import io.maciedashboard.emulator.Shapes.Severity;
import tools.jackson.databind.JsonNode;

/**
 * One sensitive data finding: what a job found in one object of one of its buckets during
 * one run. What filters, sorts and groups need (type, severity, data types and their
 * counts, bucket, times) is worked out at once; the object's details and the locations of
 * the occurrences only when asked for, and never any sample of the data.
 * <p>
 * Severity (the emulator's reading of Macie's scoring: the kind of data and how many
 * occurrences of it the object holds):
 * <ul>
 * <li>credentials: High from one occurrence;</li>
 * <li>financial information: Medium, High from 100 occurrences;</li>
 * <li>personal information: Low, Medium from 100, High from 1,000 occurrences;</li>
 * <li>a custom data identifier: the severity of the highest occurrences threshold its
 * {@code severityLevels} reach, Medium when it has none;</li>
 * <li>several categories (type {@code SensitiveData:S3Object/Multiple}): the highest of
 * theirs.</li>
 * </ul>
 */
final class DiscoveredFinding {

	static final String CUSTOM_IDENTIFIER = "CUSTOM_IDENTIFIER";

	/** The share of findings that are archived (as suppression rules would). */
	static final double ARCHIVED_SHARE = 0.08;

	/** A finding lists where at most 15 occurrences of each data type are. */
	static final int LOCATED_OCCURRENCES = 15;

	private static final List<String> SEVERITIES = List.of("Low", "Medium", "High");

	private static final Map<String, String> TYPES = Map.of("CREDENTIALS", "SensitiveData:S3Object/Credentials",
			"FINANCIAL_INFORMATION", "SensitiveData:S3Object/Financial", "PERSONAL_INFORMATION",
			"SensitiveData:S3Object/Personal", CUSTOM_IDENTIFIER, "SensitiveData:S3Object/CustomIdentifier");

	private static final String MULTIPLE = "SensitiveData:S3Object/Multiple";

	private static final Map<String, String[]> WORDING = Map.of("SensitiveData:S3Object/Credentials",
			new String[] { "The S3 object contains credentials data.",
					"The object contains sensitive credentials data, such as AWS secret access keys or private keys." },
			"SensitiveData:S3Object/Financial",
			new String[] { "The S3 object contains financial information.",
					"The object contains financial information, such as bank account numbers or credit card numbers." },
			"SensitiveData:S3Object/Personal",
			new String[] { "The S3 object contains personal information.",
					"The object contains personal information, such as personally identifiable information or "
							+ "personal health information." },
			"SensitiveData:S3Object/CustomIdentifier",
			new String[] { "The S3 object contains sensitive data that matches custom data identifier criteria.",
					"The object contains text that matches the detection criteria of one or more custom data "
							+ "identifiers." },
			MULTIPLE, new String[] { "The S3 object contains multiple categories of sensitive data.",
					"The object contains more than one category of sensitive data." });

	private static final Map<String, String> MIME_TYPES = Map.ofEntries(Map.entry("csv", "text/csv"),
			Map.entry("json", "application/json"), Map.entry("jsonl", "application/x-ndjson"),
			Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("log", "text/plain"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("parquet", "application/parquet"), Map.entry("avro", "application/avro"),
			Map.entry("html", "text/html"), Map.entry("xml", "application/xml"));

	private static final String[] FOLDERS = { "exports", "reports", "uploads", "archive", "shared", "data" };

	private static final String[] STEMS = { "customers", "invoice", "employees", "orders", "contacts", "payroll",
			"accounts", "tickets", "users", "transactions" };

	/** One data type found: the identifier that found it and how often. */
	record Detection(JobFindings.Detector detector, long count) {
	}

	/** The object the finding is about, made up from the finding's seed. */
	record FoundObject(String key, String extension, long size, Instant lastModified, String storageClass, String eTag,
			String versionId) {
	}

	private final JobFindings job;

	private final int runNumber;

	private final int ordinal;

	private final JsonNode bucket;

	private final long objectIndex;

	private final Instant createdAt;

	private final long seed;

	private final List<Detection> detections;

	private final boolean archived;

	private final String type;

	private final String severity;

	private FoundObject object;

	private String id;

	DiscoveredFinding(JobFindings job, int runNumber, int ordinal, JsonNode bucket, long objectIndex, Instant createdAt,
			long seed, List<Detection> detections, boolean archived) {
		this.job = job;
		this.runNumber = runNumber;
		this.ordinal = ordinal;
		this.bucket = bucket;
		this.objectIndex = objectIndex;
		this.createdAt = createdAt;
		this.seed = seed;
		this.detections = detections;
		this.archived = archived;
		TreeSet<String> categories = new TreeSet<>();
		detections.forEach(detection -> categories.add(detection.detector().category()));
		this.type = (categories.size() == 1) ? TYPES.get(categories.first()) : MULTIPLE;
		this.severity = SEVERITIES.get(severityScore(detections) - 1);
	}

	/** The finding's severity score: 1 (Low) to 3 (High), as the class comment says. */
	private static int severityScore(List<Detection> detections) {
		Map<String, Long> byCategory = new LinkedHashMap<>();
		int score = 1;
		for (Detection detection : detections) {
			if (detection.detector().isCustom()) {
				score = Math.max(score, customSeverity(detection));
			}
			else {
				byCategory.merge(detection.detector().category(), detection.count(), Long::sum);
			}
		}
		for (Map.Entry<String, Long> category : byCategory.entrySet()) {
			long count = category.getValue();
			score = Math.max(score, switch (category.getKey()) {
				case "CREDENTIALS" -> 3;
				case "FINANCIAL_INFORMATION" -> (count >= 100) ? 3 : 2;
				default -> (count >= 1000) ? 3 : (count >= 100) ? 2 : 1;
			});
		}
		return score;
	}

	private static int customSeverity(Detection detection) {
		return detection.detector()
			.severityLevels()
			.stream()
			.filter(level -> level.occurrencesThreshold() <= detection.count())
			.max(Comparator.comparingLong(Shapes.SeverityLevel::occurrencesThreshold))
			.map(level -> SEVERITIES
				.indexOf(level.severity().charAt(0) + level.severity().substring(1).toLowerCase(Locale.ROOT)) + 1)
			.orElse(2);
	}

	JobFindings job() {
		return this.job;
	}

	int runNumber() {
		return this.runNumber;
	}

	int ordinal() {
		return this.ordinal;
	}

	String id() {
		if (this.id == null) {
			this.id = FindingIds.id(this.job.jobSeed(), this.runNumber, this.ordinal);
		}
		return this.id;
	}

	String jobId() {
		return this.job.job().jobId();
	}

	JsonNode bucket() {
		return this.bucket;
	}

	String bucketName() {
		return this.bucket.path("bucketName").asString();
	}

	String accountId() {
		return this.bucket.path("accountId").asString();
	}

	Instant createdAt() {
		return this.createdAt;
	}

	boolean archived() {
		return this.archived;
	}

	String type() {
		return this.type;
	}

	String severity() {
		return this.severity;
	}

	long severityScore() {
		return SEVERITIES.indexOf(this.severity) + 1L;
	}

	List<Detection> detections() {
		return this.detections;
	}

	/** The made-up object, the same every time for the same finding. */
	FoundObject object() {
		if (this.object == null) {
			this.object = makeObject();
		}
		return this.object;
	}

	private FoundObject makeObject() {
		SplittableRandom random = new SplittableRandom(Hashing.mix(this.seed + 0x9e3779b97f4a7c15L));
		ObjectScope scope = this.job.scope();
		String extension = scope.extensions().get(random.nextInt(scope.extensions().size()));
		Instant lastModified = this.createdAt.minus(Duration.ofMinutes(60 + random.nextInt(400 * 24 * 60)));
		var date = lastModified.atZone(ZoneOffset.UTC);
		String folder = (scope.keyPrefix() != null) ? scope.keyPrefix() : FOLDERS[random.nextInt(FOLDERS.length)] + "/"
				+ date.getYear() + "/" + String.format("%02d", date.getMonthValue()) + "/";
		String key = folder + STEMS[random.nextInt(STEMS.length)] + "-" + this.objectIndex + "." + extension;
		long objects = Math.max(1, this.bucket.path("classifiableObjectCount").asLong());
		double average = Math.max(1024, this.bucket.path("classifiableSizeInBytes").asDouble() / objects);
		long size = Math.max(64, Math.round(average * Math.exp(random.nextGaussian())));
		double tier = random.nextDouble();
		String storageClass = (tier < 0.8) ? "STANDARD" : (tier < 0.9) ? "STANDARD_IA" : "INTELLIGENT_TIERING";
		String eTag = Hashing.hex(random.nextLong()) + Hashing.hex(random.nextLong());
		String versionId = this.bucket.path("versioning").asBoolean(false)
				? Hashing.letters(Long.toString(random.nextLong()), 32) : null;
		return new FoundObject(key, extension, size, lastModified, storageClass, eTag, versionId);
	}

	String mimeType() {
		return MIME_TYPES.getOrDefault(object().extension(), "application/octet-stream");
	}

	boolean objectIsPublic() {
		return "PUBLIC".equals(this.bucket.path("publicAccess").path("effectivePermission").asString());
	}

	ServerSideEncryption encryption() {
		JsonNode encryption = this.bucket.path("serverSideEncryption");
		return new ServerSideEncryption(encryption.path("type").asString("NONE"),
				encryption.path("kmsMasterKeyId").asString(null));
	}

	List<KeyValuePair> bucketTags() {
		List<KeyValuePair> tags = new ArrayList<>();
		this.bucket.path("tags")
			.forEach(tag -> tags.add(new KeyValuePair(tag.path("key").asString(), tag.path("value").asString())));
		return tags;
	}

	long totalCount(boolean custom) {
		return this.detections.stream()
			.filter(detection -> detection.detector().isCustom() == custom)
			.mapToLong(Detection::count)
			.sum();
	}

	/**
	 * The finding as GetFindings returns it: the affected bucket and object, the data
	 * types with their counts and up to 15 locations each, never a sample of the data.
	 */
	Finding toFinding(Place place) {
		ClassificationJob classificationJob = this.job.job();
		FoundObject found = object();
		Map<String, List<DefaultDetection>> byCategory = new LinkedHashMap<>();
		List<CustomDetection> custom = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(Hashing.mix(this.seed + 0x632be59bd9b4e019L));
		for (Detection detection : this.detections) {
			JobFindings.Detector detector = detection.detector();
			Occurrences occurrences = occurrences(detector, detection.count(), found.extension(), random);
			if (detector.isCustom()) {
				custom.add(new CustomDetection(detector.arn(), detection.count(), detector.name(), occurrences));
			}
			else {
				byCategory.computeIfAbsent(detector.category(), any -> new ArrayList<>())
					.add(new DefaultDetection(detection.count(), occurrences, detector.id()));
			}
		}
		List<SensitiveDataItem> sensitiveData = new ArrayList<>();
		byCategory.forEach((category, detected) -> sensitiveData.add(
				new SensitiveDataItem(category, detected, detected.stream().mapToLong(DefaultDetection::count).sum())));
		boolean additional = this.detections.stream().anyMatch(detection -> detection.count() > LOCATED_OCCURRENCES);
		ClassificationResult result = new ClassificationResult(additional,
				new CustomDataIdentifiers(custom, totalCount(true)), mimeType(), sensitiveData, found.size(),
				new ClassificationResultStatus("COMPLETE", null));
		String bucketArn = this.bucket.path("bucketArn").asString();
		S3Bucket s3Bucket = new S3Bucket(this.bucket.path("allowsUnencryptedObjectUploads").asString("UNKNOWN"),
				bucketArn, Instant.parse(this.bucket.path("bucketCreatedAt").asString()), encryption(), bucketName(),
				new S3BucketOwner("acme-" + accountId(), Hashing.hex(Hashing.hash("owner " + accountId()))
						+ Hashing.hex(Hashing.hash("canonical " + accountId())) + Hashing.hex(Hashing.hash(accountId()))
						+ Hashing.hex(Hashing.hash("id " + accountId()))),
				this.bucket.path("publicAccess"), bucketTags());
		S3Object s3Object = new S3Object(bucketArn, found.eTag(), found.extension(), found.key(), found.lastModified(),
				bucketName() + "/" + found.key(), objectIsPublic(), encryption(), found.size(), found.storageClass(),
				List.of(), found.versionId());
		String[] wording = WORDING.get(this.type);
		return new Finding(accountId(), this.archived, "CLASSIFICATION",
				new ClassificationDetails(detailedResultsLocation(place), classificationJob.jobArn(),
						classificationJob.jobId(), "SENSITIVE_DATA_DISCOVERY_JOB", result),
				1L, this.createdAt, wording[1], id(), "aws", place.region(), new ResourcesAffected(s3Bucket, s3Object),
				false, "1.0", new Severity(this.severity, severityScore()), wording[0], this.type, this.createdAt);
	}

	/**
	 * Where the sensitive data discovery result lies: under the place's export
	 * configuration, or nowhere when it has none.
	 */
	private String detailedResultsLocation(Place place) {
		ClassificationExportConfiguration configuration = place.exportConfiguration();
		if (configuration == null || configuration.s3Destination() == null) {
			return null;
		}
		var destination = configuration.s3Destination();
		String prefix = (destination.keyPrefix() != null) ? destination.keyPrefix() : "";
		return "s3://" + destination.bucketName() + "/" + prefix + "AWSLogs/" + place.accountId() + "/Macie/"
				+ place.region() + "/" + jobId() + "/" + id() + ".jsonl.gz";
	}

	/** Up to 15 locations, in the form that fits the object's file type. */
	private static Occurrences occurrences(JobFindings.Detector detector, long count, String extension,
			SplittableRandom random) {
		int located = (int) Math.min(count, LOCATED_OCCURRENCES);
		String column = detector.isCustom() ? detector.name().toLowerCase(Locale.ROOT).replace(' ', '_')
				: detector.id().toLowerCase(Locale.ROOT);
		List<Cell> cells = new ArrayList<>();
		List<Range> lines = new ArrayList<>();
		List<Page> pages = new ArrayList<>();
		List<Shapes.Record> records = new ArrayList<>();
		long position = 1;
		for (int i = 0; i < located; i++) {
			position += 1 + random.nextInt(40);
			long columnNumber = 1 + random.nextInt(12);
			switch (extension) {
				case "csv" -> cells.add(new Cell(null, columnNumber, column, position));
				case "xlsx" -> cells.add(new Cell("Sheet1!" + (char) ('A' + columnNumber - 1) + position, columnNumber,
						column, position));
				case "pdf" -> pages.add(new Page(null, null, 1 + position / 40));
				case "json", "jsonl", "parquet", "avro" ->
					records.add(new Shapes.Record("$.records[" + position + "]." + column,
							extension.equals("json") ? 0 : position));
				default -> lines.add(new Range(position, position, 1 + (long) random.nextInt(80)));
			}
		}
		return new Occurrences(cells.isEmpty() ? null : cells, lines.isEmpty() ? null : lines, null,
				pages.isEmpty() ? null : pages, records.isEmpty() ? null : records);
	}

}
