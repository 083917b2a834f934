package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.maciedashboard.emulator.Shapes.AllowListSummary;
import io.maciedashboard.emulator.Shapes.ClassificationExportConfiguration;
import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.GetMacieSessionResponse;
import io.maciedashboard.emulator.Shapes.ManagedDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.SeverityLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The data the emulator starts with for one place (a region of an account), read from
 * JSON files in one location: a folder on the class path
 * ({@code classpath:emulator/seed/}) or on disk ({@code file:/some/dir/} or just
 * {@code /some/dir/}). Every file is optional. A date and time may be written relative to
 * the clock when the seed is loaded: {@code "-P12D"} is twelve days ago, {@code "+PT2H"}
 * two hours ahead; ARNs are made from the place's region and account.
 * <ul>
 * <li>{@code session.json}: the GetMacieSession answer.</li>
 * <li>{@code buckets.json}: BucketMetadata objects, as DescribeBuckets returns them.</li>
 * <li>{@code custom-data-identifiers.json}: summaries without ARN, each with the
 * {@code severityLevels} of CreateCustomDataIdentifier (optional).</li>
 * <li>{@code allow-lists.json}: summaries without ARN.</li>
 * <li>{@code export-configuration.json}: the GetClassificationExportConfiguration answer
 * (none: no configuration).</li>
 * <li>{@code jobs.json}: jobs, each a CreateClassificationJobRequest ({@code job}) with
 * the state it is in: {@code jobStatus}, {@code createdAt}, {@code lastRunTime},
 * {@code numberOfRuns}, {@code progress} (the share of the current run already processed,
 * or of a CANCELLED job's last run) and {@code pausedAt}.</li>
 * </ul>
 * The emulator's own seed folder (its default place) may also hold what all places share:
 * <ul>
 * <li>{@code managed-data-identifiers.json}: {@code {"items": [{"id", "category",
 * "recommended"}]}}, Macie's managed data identifiers, the same in every place.</li>
 * <li>{@code places.json}: the other places, {@code [{"region", "accountId", "seed"}]},
 * each with a folder (relative to this one) of the files above.</li>
 * <li>{@code roles.json}: the IAM roles STS AssumeRole accepts, {@code [{"arn",
 * "externalId"}]} (the external ID is optional).</li>
 * </ul>
 */
final class Seed {

	private static final String CLASSPATH = "classpath:";

	private static final String FILE = "file:";

	private static final Pattern RELATIVE_TIME = Pattern.compile("[+-]P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?");

	/** One job of {@code jobs.json}. */
	record SeedJob(String jobId, Instant createdAt, String jobStatus, Instant lastRunTime, Integer numberOfRuns,
			Double progress, Instant pausedAt, CreateClassificationJobRequest job) {
	}

	/** One place of {@code places.json}. */
	record PlaceEntry(String region, String accountId, String seed) {
	}

	private final String location;

	private final JsonMapper json;

	private final Instant now;

	private final String region;

	private final String accountId;

	Seed(String location, JsonMapper json, Instant now, String region, String accountId) {
		this.location = location.endsWith("/") ? location : location + "/";
		this.json = json;
		this.now = now;
		this.region = region;
		this.accountId = accountId;
	}

	GetMacieSessionResponse session() {
		JsonNode session = read("session.json");
		GetMacieSessionResponse seeded = session.isMissingNode()
				? new GetMacieSessionResponse(this.now, "FIFTEEN_MINUTES", null, "ENABLED", this.now)
				: this.json.treeToValue(session, GetMacieSessionResponse.class);
		return new GetMacieSessionResponse(seeded.createdAt(), seeded.findingPublishingFrequency(),
				"arn:aws:iam::" + this.accountId
						+ ":role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie",
				seeded.status(), seeded.updatedAt());
	}

	List<JsonNode> buckets() {
		List<JsonNode> buckets = new ArrayList<>();
		for (JsonNode node : read("buckets.json")) {
			ObjectNode bucket = (ObjectNode) node;
			if (!bucket.has("bucketArn")) {
				bucket.put("bucketArn", "arn:aws:s3:::" + bucket.path("bucketName").asString());
			}
			if (!bucket.has("region")) {
				bucket.put("region", this.region);
			}
			buckets.add(bucket);
		}
		return buckets;
	}

	String region() {
		return this.region;
	}

	String accountId() {
		return this.accountId;
	}

	/** Macie's managed data identifiers, and which of them are in the recommended set. */
	Catalog.ManagedIdentifiers managedDataIdentifiers() {
		List<ManagedDataIdentifierSummary> managed = new ArrayList<>();
		Set<String> recommended = new HashSet<>();
		for (JsonNode item : read("managed-data-identifiers.json").path("items")) {
			ManagedDataIdentifierSummary summary = this.json.treeToValue(item, ManagedDataIdentifierSummary.class);
			managed.add(summary);
			if (item.path("recommended").asBoolean(false)) {
				recommended.add(summary.id());
			}
		}
		return new Catalog.ManagedIdentifiers(managed, recommended);
	}

	/** The seeds of the other places ({@code places.json}). */
	List<Seed> otherPlaces() {
		List<Seed> places = new ArrayList<>();
		for (JsonNode item : read("places.json")) {
			PlaceEntry entry = this.json.treeToValue(item, PlaceEntry.class);
			String where = "places.json: " + entry;
			if (entry.region() == null || !EmulatorSettings.isRegion(entry.region())) {
				throw new IllegalArgumentException(where + ": region must be an AWS Region such as eu-west-1");
			}
			if (entry.accountId() == null || !EmulatorSettings.isAccountId(entry.accountId())) {
				throw new IllegalArgumentException(where + ": accountId must be a 12-digit AWS account ID");
			}
			if (entry.seed() == null || entry.seed().isBlank()) {
				throw new IllegalArgumentException(where + ": seed must name a folder beside places.json");
			}
			places.add(new Seed(this.location + entry.seed(), this.json, this.now, entry.region(), entry.accountId()));
		}
		return places;
	}

	/** The roles STS AssumeRole accepts ({@code roles.json}). */
	List<SecurityTokenService.Role> roles() {
		List<SecurityTokenService.Role> roles = new ArrayList<>();
		for (JsonNode item : read("roles.json")) {
			roles.add(this.json.treeToValue(item, SecurityTokenService.Role.class));
		}
		return roles;
	}

	/** The place's export configuration, or null when it has none. */
	ClassificationExportConfiguration exportConfiguration() {
		JsonNode configuration = read("export-configuration.json").path("configuration");
		return configuration.isMissingNode() ? null
				: this.json.treeToValue(configuration, ClassificationExportConfiguration.class);
	}

	Catalog catalog(Catalog.ManagedIdentifiers managed) {
		List<CustomDataIdentifierSummary> custom = new ArrayList<>();
		Map<String, List<SeverityLevel>> severityLevels = new HashMap<>();
		for (JsonNode item : read("custom-data-identifiers.json")) {
			CustomDataIdentifierSummary seeded = this.json.treeToValue(item, CustomDataIdentifierSummary.class);
			custom.add(new CustomDataIdentifierSummary(arn("custom-data-identifier/" + seeded.id()), seeded.createdAt(),
					seeded.description(), seeded.id(), seeded.name()));
			List<SeverityLevel> levels = new ArrayList<>();
			item.path("severityLevels").forEach(level -> levels.add(this.json.treeToValue(level, SeverityLevel.class)));
			severityLevels.put(seeded.id(), levels);
		}
		List<AllowListSummary> allowLists = new ArrayList<>();
		for (JsonNode item : read("allow-lists.json")) {
			AllowListSummary seeded = this.json.treeToValue(item, AllowListSummary.class);
			allowLists.add(new AllowListSummary(arn("allow-list/" + seeded.id()), seeded.createdAt(),
					seeded.description(), seeded.id(), seeded.name(), seeded.updatedAt()));
		}
		return new Catalog(managed, custom, severityLevels, allowLists);
	}

	List<SeedJob> jobs() {
		List<SeedJob> jobs = new ArrayList<>();
		for (JsonNode item : read("jobs.json")) {
			jobs.add(this.json.treeToValue(item, SeedJob.class));
		}
		return jobs;
	}

	/**
	 * The job a seed entry describes, in the state the entry gives. Without a
	 * {@code jobId} its id comes from its name and the place's {@code idNamespace}, so it
	 * is the same at every start.
	 */
	static ClassificationJob toJob(SeedJob seed, String idNamespace, JobStore store, BucketInventory buckets,
			Instant now) {
		CreateClassificationJobRequest request = seed.job();
		String jobId = (seed.jobId() != null) ? seed.jobId()
				: UUID.nameUUIDFromBytes((idNamespace + request.name()).getBytes()).toString().replace("-", "");
		if (request.clientToken() == null) {
			request = new CreateClassificationJobRequest(request.allowListIds(), "seed-" + jobId,
					request.customDataIdentifierIds(), request.description(), request.initialRun(), request.jobType(),
					request.managedDataIdentifierIds(), request.managedDataIdentifierSelector(), request.name(),
					request.s3JobDefinition(), request.samplingPercentage(), request.scheduleFrequency(),
					request.tags());
		}
		Instant createdAt = (seed.createdAt() != null) ? seed.createdAt() : now;
		ClassificationJob.State state = new ClassificationJob.State(JobStatus.valueOf(seed.jobStatus()),
				(seed.lastRunTime() != null) ? seed.lastRunTime() : createdAt,
				(seed.numberOfRuns() != null) ? seed.numberOfRuns() : 1,
				(seed.progress() != null) ? seed.progress() : 0, seed.pausedAt());
		return new ClassificationJob(jobId, store.arnOf(jobId), createdAt, request,
				buckets.reach(request.s3JobDefinition()), state, now);
	}

	private String arn(String resource) {
		return "arn:aws:macie2:" + this.region + ":" + this.accountId + ":" + resource;
	}

	private JsonNode read(String file) {
		try (InputStream in = open(this.location + file)) {
			return (in != null) ? resolveTimes(this.json.readTree(in)) : MissingNode.getInstance();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the emulator's seed file " + this.location + file, ex);
		}
	}

	/** The file's content, or null when there is no such file. */
	private static InputStream open(String location) throws IOException {
		if (location.startsWith(CLASSPATH)) {
			String name = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
			return Seed.class.getClassLoader().getResourceAsStream(name);
		}
		Path path = Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
		if (!Files.isDirectory(path.getParent())) {
			throw new IllegalArgumentException("The emulator's seed folder " + path.getParent() + " does not exist");
		}
		try {
			return Files.newInputStream(path);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	/** Replaces every relative time ("-P12D") with the instant it means. */
	private JsonNode resolveTimes(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				object.set(field.getKey(), resolveTimes(field.getValue()));
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, resolveTimes(array.get(i)));
			}
		}
		else if (node.isString() && RELATIVE_TIME.matcher(node.asString()).matches()) {
			return StringNode.valueOf(this.now.plus(Duration.parse(node.asString())).toString());
		}
		return node;
	}

}
