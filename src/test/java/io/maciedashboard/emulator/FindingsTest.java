package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.CriterionAdditionalProperties;
import software.amazon.awssdk.services.macie2.model.CustomDetection;
import software.amazon.awssdk.services.macie2.model.DefaultDetection;
import software.amazon.awssdk.services.macie2.model.Finding;
import software.amazon.awssdk.services.macie2.model.FindingCriteria;
import software.amazon.awssdk.services.macie2.model.GetFindingStatisticsRequest;
import software.amazon.awssdk.services.macie2.model.GroupCount;
import software.amazon.awssdk.services.macie2.model.JobSummary;
import software.amazon.awssdk.services.macie2.model.ListFindingsRequest;
import software.amazon.awssdk.services.macie2.model.ListFindingsResponse;
import software.amazon.awssdk.services.macie2.model.Occurrences;
import software.amazon.awssdk.services.macie2.model.SensitiveDataItem;
import software.amazon.awssdk.services.macie2.model.ValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sensitive data findings through the real SDK: derived from the seed as jobs run, only
 * for the identifiers a job selected, with Macie's severity, filtered, sorted, paged and
 * counted as the service model says, kept 90 days; and the export configuration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsTest {

	/** The seed's custom identifiers' occurrence thresholds (none: Medium). */
	private static final Map<String, List<long[]>> CUSTOM_LEVELS = Map.of("Employee ID",
			List.of(new long[] { 1, 1 }, new long[] { 20, 2 }, new long[] { 100, 3 }), "Project codename",
			List.of(new long[] { 1, 3 }));

	private final EmulatorFixture fixture = new EmulatorFixture();

	private final Macie2Client macie = this.fixture.macie;

	private final Map<String, String> jobIdsByName = this.macie.listClassificationJobsPaginator(request -> {
	}).items().stream().collect(Collectors.toMap(JobSummary::name, JobSummary::jobId));

	private final long total = count(criteria -> {
	});

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	// helpers

	private static FindingCriteria criteria(Map<String, CriterionAdditionalProperties> criterion) {
		return FindingCriteria.builder().criterion(criterion).build();
	}

	private static CriterionAdditionalProperties eq(String... values) {
		return CriterionAdditionalProperties.builder().eq(values).build();
	}

	private List<String> ids(Macie2Client client, Consumer<ListFindingsRequest.Builder> request) {
		return client.listFindingsPaginator(builder -> request.accept(builder.maxResults(50)))
			.findingIds()
			.stream()
			.toList();
	}

	/** The first ids of the default order, fetching only the pages they are on. */
	private List<String> firstIds(int count) {
		return this.macie.listFindingsPaginator(request -> request.maxResults(50))
			.findingIds()
			.stream()
			.limit(count)
			.toList();
	}

	private List<String> ids(Map<String, CriterionAdditionalProperties> criterion) {
		return ids(this.macie, request -> request.findingCriteria(criteria(criterion)));
	}

	private List<Finding> findings(Macie2Client client, List<String> ids) {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += 50) {
			List<String> page = ids.subList(i, Math.min(ids.size(), i + 50));
			findings.addAll(client.getFindings(request -> request.findingIds(page)).findings());
		}
		return findings;
	}

	private List<Finding> findings(Map<String, CriterionAdditionalProperties> criterion) {
		return findings(this.macie, ids(criterion));
	}

	private long count(Consumer<GetFindingStatisticsRequest.Builder> request) {
		return statistics(this.macie, "severity.description", request).values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
	}

	private static Map<String, Long> statistics(Macie2Client client, String groupBy,
			Consumer<GetFindingStatisticsRequest.Builder> request) {
		GetFindingStatisticsRequest.Builder builder = GetFindingStatisticsRequest.builder().groupBy(groupBy).size(1000);
		request.accept(builder);
		return client.getFindingStatistics(builder.build())
			.countsByGroup()
			.stream()
			.collect(Collectors.toMap(GroupCount::groupKey, GroupCount::count));
	}

	private List<Finding> ofJob(String name) {
		return findings(Map.of("classificationDetails.jobId", eq(this.jobIdsByName.get(name))));
	}

	private static Stream<DefaultDetection> managed(Finding finding) {
		return finding.classificationDetails()
			.result()
			.sensitiveData()
			.stream()
			.flatMap(item -> item.detections().stream());
	}

	private static Stream<CustomDetection> custom(Finding finding) {
		return finding.classificationDetails().result().customDataIdentifiers().detections().stream();
	}

	// listing and describing

	@Test
	void theSeedGivesThousandsOfFindingsListedPageByPageAsTheStatisticsCountThem() {
		var pages = this.macie.listFindingsPaginator(request -> request.maxResults(50)).stream().toList();
		List<String> ids = pages.stream().flatMap(page -> page.findingIds().stream()).toList();
		assertThat(ids).hasSizeGreaterThan(5_000).doesNotHaveDuplicates().hasSize((int) this.total);
		assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page.findingIds()).hasSize(50));
		assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{32}"));
	}

	@Test
	void aFindingIsDescribedInFullAndNeverWithSampleData() {
		for (Finding finding : findings(this.macie, firstIds(100))) {
			assertThat(finding.category().toString()).isEqualTo("CLASSIFICATION");
			assertThat(finding.partition()).isEqualTo("aws");
			assertThat(finding.region()).isEqualTo("us-east-1");
			assertThat(finding.sample()).isFalse();
			assertThat(finding.count()).isEqualTo(1);
			assertThat(finding.schemaVersion()).isEqualTo("1.0");
			assertThat(finding.updatedAt()).isEqualTo(finding.createdAt());
			assertThat(finding.createdAt()).isBefore(EmulatorFixture.START.plusMillis(1))
				.isAfter(EmulatorFixture.START.minus(Duration.ofDays(90)));
			assertThat(finding.title()).startsWith("The S3 object contains");
			var details = finding.classificationDetails();
			assertThat(details.originTypeAsString()).isEqualTo("SENSITIVE_DATA_DISCOVERY_JOB");
			assertThat(details.jobArn())
				.isEqualTo("arn:aws:macie2:us-east-1:111122223333:classification-job/" + details.jobId());
			assertThat(details.detailedResultsLocation())
				.startsWith("s3://acme-macie-discovery-results/macie/AWSLogs/111122223333/Macie/us-east-1/"
						+ details.jobId() + "/");
			assertThat(details.result().status().code()).isEqualTo("COMPLETE");
			var bucket = finding.resourcesAffected().s3Bucket();
			var object = finding.resourcesAffected().s3Object();
			assertThat(bucket.arn()).isEqualTo("arn:aws:s3:::" + bucket.name());
			assertThat(finding.accountId()).isEqualTo(bucket.owner().displayName().substring("acme-".length()));
			assertThat(bucket.owner().id()).matches("[0-9a-f]{64}");
			assertThat(bucket.publicAccess().effectivePermissionAsString()).isIn("PUBLIC", "NOT_PUBLIC");
			assertThat(object.path()).isEqualTo(bucket.name() + "/" + object.key());
			assertThat(object.key()).endsWith("." + object.extension());
			assertThat(object.size()).isPositive().isEqualTo(details.result().sizeClassified());
			assertThat(object.lastModified()).isBefore(finding.createdAt());
			assertThat(object.eTag()).matches("[0-9a-f]{32}");
			assertThat(object.storageClassAsString()).isIn("STANDARD", "STANDARD_IA", "INTELLIGENT_TIERING");
			assertThat(object.serverSideEncryption().encryptionTypeAsString())
				.isEqualTo(bucket.defaultServerSideEncryption().encryptionTypeAsString());
			assertThat(details.result().mimeType()).isNotBlank();
			long managedCount = managed(finding).mapToLong(DefaultDetection::count).sum();
			assertThat(details.result().sensitiveData().stream().mapToLong(SensitiveDataItem::totalCount).sum())
				.isEqualTo(managedCount);
			assertThat(details.result().customDataIdentifiers().totalCount())
				.isEqualTo(custom(finding).mapToLong(CustomDetection::count).sum());
			assertThat(managedCount + details.result().customDataIdentifiers().totalCount()).isPositive();
			assertThat(details.result().additionalOccurrences()).isEqualTo(Stream
				.concat(managed(finding).map(DefaultDetection::count), custom(finding).map(CustomDetection::count))
				.anyMatch(count -> count > 15));
		}
	}

	@Test
	void aFindingIsOnAnObjectOfItsJobsOwnBuckets() {
		for (Finding finding : findings(this.macie, firstIds(60))) {
			String jobId = finding.classificationDetails().jobId();
			var job = this.macie.describeClassificationJob(request -> request.jobId(jobId));
			if (job.s3JobDefinition().hasBucketDefinitions()) {
				assertThat(job.s3JobDefinition().bucketDefinitions())
					.anySatisfy(definition -> assertThat(definition.buckets())
						.contains(finding.resourcesAffected().s3Bucket().name()));
			}
		}
		assertThat(ofJob("Support attachments sample")).isNotEmpty()
			.allSatisfy(finding -> assertThat(finding.resourcesAffected().s3Object().extension()).isIn("pdf", "docx",
					"xlsx", "csv"));
	}

	@Test
	void occurrencesAreLocatedAsTheFileTypeFitsAtMostFifteenEach() {
		for (Finding finding : findings(this.macie, firstIds(200))) {
			String extension = finding.resourcesAffected().s3Object().extension();
			List<Map.Entry<Long, Occurrences>> located = Stream
				.concat(managed(finding).map(detection -> Map.entry(detection.count(), detection.occurrences())),
						custom(finding).map(detection -> Map.entry(detection.count(), detection.occurrences())))
				.toList();
			for (Map.Entry<Long, Occurrences> detection : located) {
				Occurrences occurrences = detection.getValue();
				int expected = (int) Math.min(15, detection.getKey());
				switch (extension) {
					case "csv" -> assertThat(occurrences.cells()).hasSize(expected)
						.allSatisfy(cell -> assertThat(cell.cellReference()).isNull());
					case "xlsx" -> assertThat(occurrences.cells()).hasSize(expected)
						.allSatisfy(cell -> assertThat(cell.cellReference()).matches("Sheet1![A-L]\\d+"));
					case "pdf" -> assertThat(occurrences.pages()).hasSize(expected);
					case "json", "jsonl", "parquet", "avro" -> assertThat(occurrences.records()).hasSize(expected)
						.allSatisfy(record -> assertThat(record.jsonPath()).startsWith("$."));
					default -> assertThat(occurrences.lineRanges()).hasSize(expected);
				}
				assertThat(occurrences.hasOffsetRanges()).isFalse();
			}
		}
	}

	@Test
	void severityFollowsTheKindAndNumberOfOccurrences() {
		for (Finding finding : findings(this.macie, firstIds(300))) {
			Map<String, Long> byCategory = finding.classificationDetails()
				.result()
				.sensitiveData()
				.stream()
				.collect(Collectors.toMap(SensitiveDataItem::categoryAsString, SensitiveDataItem::totalCount));
			long expected = 1;
			for (Map.Entry<String, Long> category : byCategory.entrySet()) {
				long count = category.getValue();
				expected = Math.max(expected, switch (category.getKey()) {
					case "CREDENTIALS" -> 3;
					case "FINANCIAL_INFORMATION" -> (count >= 100) ? 3 : 2;
					default -> (count >= 1000) ? 3 : (count >= 100) ? 2 : 1;
				});
			}
			for (CustomDetection detection : custom(finding).toList()) {
				long level = 2;
				for (long[] threshold : CUSTOM_LEVELS.getOrDefault(detection.name(), List.of())) {
					level = (detection.count() >= threshold[0]) ? threshold[1] : level;
				}
				expected = Math.max(expected, level);
			}
			assertThat(finding.severity().score()).as(finding.id()).isEqualTo(expected);
			assertThat(finding.severity().descriptionAsString())
				.isEqualTo(List.of("Low", "Medium", "High").get((int) expected - 1));
			Set<String> categories = new HashSet<>(byCategory.keySet());
			if (finding.classificationDetails().result().customDataIdentifiers().totalCount() > 0) {
				categories.add("CUSTOM_IDENTIFIER");
			}
			assertThat(finding.typeAsString()).isEqualTo((categories.size() > 1) ? "SensitiveData:S3Object/Multiple"
					: Map
						.of("CREDENTIALS", "SensitiveData:S3Object/Credentials", "FINANCIAL_INFORMATION",
								"SensitiveData:S3Object/Financial", "PERSONAL_INFORMATION",
								"SensitiveData:S3Object/Personal", "CUSTOM_IDENTIFIER",
								"SensitiveData:S3Object/CustomIdentifier")
						.get(categories.iterator().next()));
		}
		assertThat(statistics(this.macie, "type", request -> {
		}).keySet()).containsExactlyInAnyOrder("SensitiveData:S3Object/Personal", "SensitiveData:S3Object/Financial",
				"SensitiveData:S3Object/Credentials", "SensitiveData:S3Object/CustomIdentifier",
				"SensitiveData:S3Object/Multiple");
		assertThat(statistics(this.macie, "severity.description", request -> {
		}).keySet()).containsExactlyInAnyOrder("Low", "Medium", "High");
	}

	@Test
	void aJobFindsOnlyWithTheIdentifiersItSelected() throws IOException {
		assertThat(ofJob("HR records after reorg")).isNotEmpty().allSatisfy(finding -> {
			assertThat(managed(finding).map(DefaultDetection::type)).isSubsetOf("USA_SOCIAL_SECURITY_NUMBER",
					"USA_PASSPORT_NUMBER", "DATE_OF_BIRTH");
			assertThat(custom(finding).map(CustomDetection::name)).isSubsetOf("Employee ID");
		});
		assertThat(ofJob("Custom identifiers only: codenames")).isNotEmpty().allSatisfy(finding -> {
			assertThat(finding.typeAsString()).isEqualTo("SensitiveData:S3Object/CustomIdentifier");
			assertThat(custom(finding).map(CustomDetection::arn)).containsOnly(
					"arn:aws:macie2:us-east-1:111122223333:custom-data-identifier/c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
			assertThat(finding.severity().descriptionAsString()).isEqualTo("High");
		});
		Set<String> recommended = new HashSet<>();
		try (InputStream in = getClass().getResourceAsStream("/emulator/seed/managed-data-identifiers.json")) {
			for (JsonNode item : JsonMapper.builder().build().readTree(in).path("items")) {
				if (item.path("recommended").asBoolean()) {
					recommended.add(item.path("id").asString());
				}
			}
		}
		assertThat(
				ofJob("Newsletter subscribers PII").stream().flatMap(FindingsTest::managed).map(DefaultDetection::type))
			.isNotEmpty()
			.allMatch(recommended::contains);
		assertThat(ofJob("Audit archive check")).as("a job whose only bucket Macie cannot read").isEmpty();
	}

	// filtering

	static Stream<Arguments> filters() {
		return Stream.of(
				Arguments.of(Map.of("severity.description", eq("High")),
						(java.util.function.Predicate<Finding>) finding -> finding.severity()
							.descriptionAsString()
							.equals("High")),
				Arguments.of(
						Map.of("type",
								CriterionAdditionalProperties.builder().neq("SensitiveData:S3Object/Personal").build()),
						(java.util.function.Predicate<Finding>) finding -> !finding.typeAsString()
							.equals("SensitiveData:S3Object/Personal")),
				Arguments.of(Map.of("severity.score", CriterionAdditionalProperties.builder().gt(2L).build()),
						(java.util.function.Predicate<Finding>) finding -> finding.severity().score() > 2),
				Arguments.of(
						Map.of("classificationDetails.result.sensitiveData.detections.type",
								CriterionAdditionalProperties.builder().eqExactMatch("CREDIT_CARD_NUMBER").build()),
						(java.util.function.Predicate<Finding>) finding -> managed(finding).map(DefaultDetection::type)
							.toList()
							.equals(List.of("CREDIT_CARD_NUMBER"))),
				Arguments.of(
						Map.of("resourcesAffected.s3Bucket.name", eq("acme-legal-contracts"), "archived", eq("true")),
						(java.util.function.Predicate<Finding>) finding -> finding.archived()
								&& finding.resourcesAffected().s3Bucket().name().equals("acme-legal-contracts")),
				Arguments.of(
						Map.of("createdAt",
								CriterionAdditionalProperties.builder()
									.gte(EmulatorFixture.START.minus(Duration.ofDays(10)).toEpochMilli())
									.lt(EmulatorFixture.START.minus(Duration.ofDays(2)).toEpochMilli())
									.build()),
						(java.util.function.Predicate<Finding>) finding -> !finding.createdAt()
							.isBefore(EmulatorFixture.START.minus(Duration.ofDays(10)))
								&& finding.createdAt().isBefore(EmulatorFixture.START.minus(Duration.ofDays(2)))),
				Arguments.of(
						Map.of("classificationDetails.result.customDataIdentifiers.detections.name", eq("Employee ID"),
								"resourcesAffected.s3Object.extension",
								CriterionAdditionalProperties.builder().neq("csv", "pdf").build()),
						(java.util.function.Predicate<Finding>) finding -> custom(finding)
							.anyMatch(d -> d.name().equals("Employee ID"))
								&& !List.of("csv", "pdf")
									.contains(finding.resourcesAffected().s3Object().extension())));
	}

	@ParameterizedTest
	@MethodSource("filters")
	void criteriaKeepTheFindingsTheyDescribe(Map<String, CriterionAdditionalProperties> criterion,
			java.util.function.Predicate<Finding> expected) {
		List<Finding> kept = findings(criterion);
		assertThat(kept).isNotEmpty().allMatch(expected);
		assertThat((long) kept.size()).isLessThan(this.total)
			.isEqualTo(count(request -> request.findingCriteria(criteria(criterion))));
	}

	@Test
	void archivedIsFilterableLikeAnyProperty() {
		long archived = count(request -> request.findingCriteria(criteria(Map.of("archived", eq("true")))));
		long current = count(request -> request.findingCriteria(criteria(Map.of("archived", eq("false")))));
		assertThat(archived).isPositive().isLessThan(current);
		assertThat(archived + current).isEqualTo(this.total);
	}

	@Test
	void theJobIdCriterionTakesSeveralJobs() {
		List<String> jobs = List.of(this.jobIdsByName.get("Quarterly invoice scan Q3"),
				this.jobIdsByName.get("Payroll exports full scan"), this.jobIdsByName.get("Daily finance sweep"));
		Map<String, Long> byJob = statistics(this.macie, "classificationDetails.jobId", request -> request
			.findingCriteria(criteria(Map.of("classificationDetails.jobId", eq(jobs.toArray(String[]::new))))));
		assertThat(byJob.keySet()).containsExactlyInAnyOrderElementsOf(jobs);
		assertThat(statistics(this.macie, "classificationDetails.jobId", request -> {
		})).containsAllEntriesOf(byJob);
	}

	// sorting and grouping

	@Test
	void findingsSortByEachDocumentedAttribute() {
		List<Finding> bySeverity = findings(this.macie,
				this.macie.listFindings(
						request -> request.sortCriteria(sort -> sort.attributeName("severity.score").orderBy("DESC")))
					.findingIds());
		assertThat(bySeverity).hasSize(50).extracting(finding -> finding.severity().score()).containsOnly(3L);
		List<Finding> byDefault = findings(this.macie, this.macie.listFindings(request -> {
		}).findingIds());
		assertThat(byDefault).extracting(Finding::createdAt).isSorted();
		List<Finding> newest = findings(this.macie,
				this.macie
					.listFindings(
							request -> request.sortCriteria(sort -> sort.attributeName("updatedAt").orderBy("DESC")))
					.findingIds());
		assertThat(newest).extracting(Finding::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(newest.get(0).createdAt()).isAfter(byDefault.get(0).createdAt());
		List<Finding> byResource = findings(this.macie,
				this.macie
					.listFindings(request -> request.sortCriteria(sort -> sort.attributeName("resourcesAffected")))
					.findingIds());
		assertThat(byResource).extracting(finding -> finding.resourcesAffected().s3Bucket().name()).isSorted();
		for (String attribute : List.of("count", "type", "createdAt", "policyDetails.action.apiCallDetails.firstSeen",
				"policyDetails.action.apiCallDetails.lastSeen")) {
			assertThat(this.macie.listFindings(request -> request.sortCriteria(sort -> sort.attributeName(attribute)))
				.findingIds()).hasSize(50);
		}
		List<String> ids = this.macie.listFindings(request -> request.maxResults(20)).findingIds();
		List<Finding> sortedByType = this.macie
			.getFindings(
					request -> request.findingIds(ids).sortCriteria(sort -> sort.attributeName("type").orderBy("DESC")))
			.findings();
		assertThat(sortedByType).hasSize(20)
			.extracting(Finding::typeAsString)
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void statisticsGroupByEachPropertyWithSizeAndOrder() {
		for (String groupBy : List.of("classificationDetails.jobId", "resourcesAffected.s3Bucket.name", "type",
				"severity.description")) {
			assertThat(statistics(this.macie, groupBy, request -> {
			}).values().stream().mapToLong(Long::longValue).sum()).as(groupBy).isEqualTo(this.total);
		}
		List<GroupCount> top = this.macie
			.getFindingStatistics(request -> request.groupBy("resourcesAffected.s3Bucket.name")
				.size(3)
				.sortCriteria(sort -> sort.attributeName("count").orderBy("DESC")))
			.countsByGroup();
		assertThat(top).hasSize(3).extracting(GroupCount::count).isSortedAccordingTo(Comparator.reverseOrder());
		Map<String, Long> all = statistics(this.macie, "resourcesAffected.s3Bucket.name", request -> {
		});
		assertThat(top.get(0).count()).isEqualTo(all.values().stream().mapToLong(Long::longValue).max().orElseThrow());
		List<GroupCount> byKey = this.macie.getFindingStatistics(
				request -> request.groupBy("type").sortCriteria(sort -> sort.attributeName("groupKey").orderBy("DESC")))
			.countsByGroup();
		assertThat(byKey).extracting(GroupCount::groupKey).isSortedAccordingTo(Comparator.reverseOrder());
	}

	// validation

	static Stream<Arguments> badRequests() {
		Map<String, CriterionAdditionalProperties> none = Map.of("severity.description",
				CriterionAdditionalProperties.builder().build());
		return Stream.of(
				Arguments.of(
						(Consumer<Macie2Client>) client -> client
							.listFindings(request -> request.findingCriteria(criteria(Map.of("colour", eq("red"))))),
						"findingCriteria.criterion.colour"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client.listFindings(request -> request.findingCriteria(
								criteria(Map.of("type", CriterionAdditionalProperties.builder().gt(1L).build())))),
						"findingCriteria.criterion.type.gt"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client
							.listFindings(request -> request.findingCriteria(criteria(Map.of("severity.description",
									CriterionAdditionalProperties.builder().eqExactMatch("High").build())))),
						"findingCriteria.criterion.severity.description.eqExactMatch"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client
							.listFindings(request -> request.findingCriteria(criteria(none))),
						"findingCriteria.criterion.severity.description"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client.listFindings(
								request -> request.findingCriteria(criteria(Map.of("archived", eq("maybe"))))),
						"findingCriteria.criterion.archived.eq"),
				Arguments.of((Consumer<Macie2Client>) client -> client.listFindings(request -> request.maxResults(51)),
						"maxResults"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client.listFindings(request -> request.nextToken("made-up")),
						"nextToken"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client
							.listFindings(request -> request.sortCriteria(sort -> sort.attributeName("colour"))),
						"sortCriteria.attributeName"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client.getFindings(request -> request.findingIds(List.of())),
						"findingIds"),
				Arguments.of((Consumer<Macie2Client>) client -> client.getFindings(
						request -> request.findingIds(Stream.generate(() -> "0".repeat(32)).limit(51).toList())),
						"findingIds"),
				Arguments.of((Consumer<Macie2Client>) client -> client
					.getFindingStatistics(request -> request.groupBy("accountId")), "groupBy"),
				Arguments.of((Consumer<Macie2Client>) client -> client
					.getFindingStatistics(request -> request.groupBy("type").size(1001)), "size"),
				Arguments.of(
						(Consumer<Macie2Client>) client -> client.getFindingStatistics(
								request -> request.groupBy("type").sortCriteria(sort -> sort.attributeName("name"))),
						"sortCriteria.attributeName"));
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void aBadFindingsRequestIsAValidationExceptionNamingTheMember(Consumer<Macie2Client> call, String member) {
		assertThatThrownBy(() -> call.accept(this.macie)).isInstanceOfSatisfying(ValidationException.class,
				ex -> assertThat(ex.awsErrorDetails().errorMessage()).startsWith(member + ": "));
	}

	@Test
	void unknownFindingIdsAreLeftOut() {
		String known = this.macie.listFindings(request -> request.maxResults(1)).findingIds().get(0);
		assertThat(
				this.macie.getFindings(request -> request.findingIds(known, "0123456789abcdef0123456789abcdef", "nope"))
					.findings())
			.extracting(Finding::id)
			.containsExactly(known);
	}

	// time, places and determinism

	@Test
	void theSameSeedAndClockGiveTheSameFindings() {
		try (EmulatorFixture again = new EmulatorFixture()) {
			ListFindingsResponse first = this.macie.listFindings(request -> request.maxResults(50));
			ListFindingsResponse second = again.macie.listFindings(request -> request.maxResults(50));
			assertThat(second.findingIds()).isEqualTo(first.findingIds());
			assertThat(again.macie.getFindings(request -> request.findingIds(first.findingIds())).findings())
				.isEqualTo(this.macie.getFindings(request -> request.findingIds(first.findingIds())).findings());
			assertThat(statistics(again.macie, "classificationDetails.jobId", request -> {
			})).isEqualTo(statistics(this.macie, "classificationDetails.jobId", request -> {
			}));
		}
	}

	@Test
	void findingsAppearAsAJobProcessesObjectsAndAreGoneAfterNinetyDays() {
		try (EmulatorFixture moving = new EmulatorFixture()) {
			Map<String, String> jobs = moving.macie.listClassificationJobsPaginator(request -> {
			}).items().stream().collect(Collectors.toMap(JobSummary::name, JobSummary::jobId));
			Consumer<GetFindingStatisticsRequest.Builder> ofRunning = request -> request.findingCriteria(
					criteria(Map.of("classificationDetails.jobId", eq(jobs.get("Data lake curated PII scan")))));
			long before = statistics(moving.macie, "type", ofRunning).values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			String created = moving.macie
				.createClassificationJob(request -> request.clientToken("findings")
					.name("Findings appear")
					.jobType("ONE_TIME")
					.managedDataIdentifierSelector("ALL")
					.s3JobDefinition(definition -> definition
						.bucketDefinitions(bucket -> bucket.accountId("111122223333").buckets("acme-legal-contracts"))))
				.jobId();
			Consumer<GetFindingStatisticsRequest.Builder> ofCreated = request -> request
				.findingCriteria(criteria(Map.of("classificationDetails.jobId", eq(created))));
			assertThat(statistics(moving.macie, "type", ofCreated)).isEmpty();
			Instant createdAt = moving.emulator.clock().instant();
			moving.emulator.clock().advance(Duration.ofSeconds(40));
			long partly = statistics(moving.macie, "type", ofCreated).values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			moving.emulator.clock().advance(Duration.ofMinutes(30));
			long whole = statistics(moving.macie, "type", ofCreated).values().stream().mapToLong(Long::longValue).sum();
			assertThat(partly).isPositive().isLessThan(whole);
			assertThat(statistics(moving.macie, "type", ofRunning).values().stream().mapToLong(Long::longValue).sum())
				.isGreaterThan(before);
			List<String> createdIds = ids(moving.macie,
					request -> request.findingCriteria(criteria(Map.of("classificationDetails.jobId", eq(created)))));
			assertThat(findings(moving.macie, createdIds))
				.allSatisfy(finding -> assertThat(finding.createdAt()).isAfter(createdAt)
					.isBefore(moving.emulator.clock().instant()));

			Consumer<GetFindingStatisticsRequest.Builder> ofOld = request -> request.findingCriteria(
					criteria(Map.of("classificationDetails.jobId", eq(jobs.get("Quarterly invoice scan Q3")))));
			List<String> oldIds = ids(moving.macie, request -> request.maxResults(5)
				.findingCriteria(
						criteria(Map.of("classificationDetails.jobId", eq(jobs.get("Quarterly invoice scan Q3"))))));
			assertThat(oldIds).isNotEmpty();
			moving.emulator.clock().advance(Duration.ofDays(16));
			assertThat(statistics(moving.macie, "type", ofOld)).isEmpty();
			assertThat(moving.macie.getFindings(request -> request.findingIds(oldIds.subList(0, 1))).findings())
				.isEmpty();
			assertThat(statistics(moving.macie, "type", ofCreated)).isNotEmpty();
		}
	}

	@Test
	void eachPlaceHasItsOwnFindings() {
		try (Macie2Client ireland = this.fixture.macie("eu-west-1", "x");
				Macie2Client lake = this.fixture.macie("us-east-1", "444455556666")) {
			Set<String> euJobs = ireland.listClassificationJobsPaginator(request -> {
			}).items().stream().map(JobSummary::jobId).collect(Collectors.toSet());
			Map<String, Long> euByJob = statistics(ireland, "classificationDetails.jobId", request -> {
			});
			assertThat(euByJob).isNotEmpty();
			assertThat(euJobs).containsAll(euByJob.keySet());
			assertThat(findings(ireland, ireland.listFindings(request -> request.maxResults(20)).findingIds()))
				.allSatisfy(finding -> {
					assertThat(finding.region()).isEqualTo("eu-west-1");
					assertThat(finding.classificationDetails().detailedResultsLocation()).isNull();
				});
			List<Finding> lakeFindings = findings(lake,
					lake.listFindings(request -> request.maxResults(20)).findingIds());
			assertThat(lakeFindings).isNotEmpty().allSatisfy(finding -> {
				assertThat(finding.accountId()).isEqualTo("444455556666");
				assertThat(finding.classificationDetails().jobArn())
					.startsWith("arn:aws:macie2:us-east-1:444455556666:");
				assertThat(finding.classificationDetails().detailedResultsLocation())
					.startsWith("s3://acme-macie-discovery-results/datalake/AWSLogs/444455556666/Macie/us-east-1/");
			});
			assertThat(this.macie.getFindings(request -> request.findingIds(lakeFindings.get(0).id())).findings())
				.as("another place's finding")
				.isEmpty();
		}
	}

	@Test
	void theExportConfigurationIsPerPlaceAndCanBeChanged() {
		var home = this.macie.getClassificationExportConfiguration(request -> {
		}).configuration().s3Destination();
		assertThat(home.bucketName()).isEqualTo("acme-macie-discovery-results");
		assertThat(home.keyPrefix()).isEqualTo("macie/");
		assertThat(home.kmsKeyArn()).startsWith("arn:aws:kms:us-east-1:111122223333:key/");
		try (EmulatorFixture own = new EmulatorFixture();
				Macie2Client ireland = own.macie("eu-west-1", "x");
				Macie2Client lake = own.macie("us-east-1", "444455556666")) {
			assertThat(lake.getClassificationExportConfiguration(request -> {
			}).configuration().s3Destination().keyPrefix()).isEqualTo("datalake/");
			// the SDK's model predates expectedBucketOwner: read it over raw HTTP
			assertThat(own
				.send("GET", "/classification-export-configuration", null,
						Map.of("Authorization", EmulatorFixture.authorization("444455556666", "us-east-1", "macie2")))
				.body()).contains("\"expectedBucketOwner\":\"111122223333\"");
			assertThat(ireland.getClassificationExportConfiguration(request -> {
			}).configuration()).isNull();
			var put = ireland
				.putClassificationExportConfiguration(request -> request.configuration(configuration -> configuration
					.s3Destination(destination -> destination.bucketName("acme-eu-results")
						.keyPrefix("eu/")
						.kmsKeyArn("arn:aws:kms:eu-west-1:111122223333:key/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"))));
			assertThat(put.configuration().s3Destination().bucketName()).isEqualTo("acme-eu-results");
			assertThat(ireland.getClassificationExportConfiguration(request -> {
			}).configuration().s3Destination().keyPrefix()).isEqualTo("eu/");
			String id = ireland.listFindings(request -> request.maxResults(1)).findingIds().get(0);
			assertThat(ireland.getFindings(request -> request.findingIds(id))
				.findings()
				.get(0)
				.classificationDetails()
				.detailedResultsLocation()).startsWith("s3://acme-eu-results/eu/AWSLogs/111122223333/Macie/eu-west-1/");
			assertThatThrownBy(() -> ireland.putClassificationExportConfiguration(request -> request.configuration(
					configuration -> configuration.s3Destination(destination -> destination.bucketName("x")))))
				.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.awsErrorDetails().errorMessage())
					.startsWith("configuration.s3Destination.kmsKeyArn: "));
		}
	}

}
