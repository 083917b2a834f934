package io.maciedashboard.emulator;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;
import software.amazon.awssdk.services.macie2.model.BucketMetadata;
import software.amazon.awssdk.services.macie2.model.JobSummary;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.ManagedDataIdentifierSummary;
import software.amazon.awssdk.services.macie2.model.ThrottlingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several regions and accounts at once: the signature's region and the access key's
 * account choose the place, each with its own jobs, buckets, identifiers and session, and
 * faults can hit one place while the others answer. Through the real SDK.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacesTest {

	static final String DEFAULT_ACCOUNT = "111122223333";

	static final String DATA_LAKE_ACCOUNT = "444455556666";

	private final EmulatorFixture fixture = new EmulatorFixture(
			settings -> settings.setAccessKeys(Map.of("AKIADATALAKE", DATA_LAKE_ACCOUNT)));

	private final Macie2Client ireland = this.fixture.macie("eu-west-1", "x");

	private final Macie2Client dataLake = this.fixture.macie("us-east-1", DATA_LAKE_ACCOUNT);

	@AfterEach
	void healthy() {
		this.fixture.emulator.clearFaults();
	}

	@AfterAll
	void stop() {
		this.ireland.close();
		this.dataLake.close();
		this.fixture.close();
	}

	private static List<JobSummary> jobs(Macie2Client macie) {
		return macie.listClassificationJobsPaginator(ListClassificationJobsRequest.builder().build())
			.items()
			.stream()
			.toList();
	}

	private static Set<String> names(List<JobSummary> jobs) {
		return jobs.stream().map(JobSummary::name).collect(Collectors.toSet());
	}

	@Test
	void theSignaturesRegionAndTheAccessKeysAccountChooseThePlace() {
		List<JobSummary> home = jobs(this.fixture.macie);
		List<JobSummary> euWest = jobs(this.ireland);
		List<JobSummary> lake = jobs(this.dataLake);
		assertThat(home).hasSize(43);
		assertThat(euWest).hasSize(10);
		assertThat(lake).hasSize(7);
		assertThat(names(euWest)).contains("EU customer records GDPR scan").doesNotContainAnyElementsOf(names(home));
		assertThat(names(lake)).contains("Raw zone full scan")
			.doesNotContainAnyElementsOf(names(home))
			.doesNotContainAnyElementsOf(names(euWest));
		try (Macie2Client configuredKey = this.fixture.macie("us-east-1", "AKIADATALAKE")) {
			assertThat(names(jobs(configuredKey))).isEqualTo(names(lake));
		}
		assertThat(this.fixture.emulator.places()).containsExactly("us-east-1/111122223333", "eu-west-1/111122223333",
				"us-east-1/444455556666");
		assertThat(this.fixture.emulator.jobCount("eu-west-1", DEFAULT_ACCOUNT)).isEqualTo(10);
		assertThat(this.fixture.emulator.jobCount("ap-south-1", DEFAULT_ACCOUNT)).isZero();
	}

	@Test
	void jobArnsNameTheirRegionAndAccount() {
		String euJob = jobs(this.ireland).get(0).jobId();
		assertThat(this.ireland.describeClassificationJob(request -> request.jobId(euJob)).jobArn())
			.isEqualTo("arn:aws:macie2:eu-west-1:" + DEFAULT_ACCOUNT + ":classification-job/" + euJob);
		String lakeJob = jobs(this.dataLake).get(0).jobId();
		assertThat(this.dataLake.describeClassificationJob(request -> request.jobId(lakeJob)).jobArn())
			.isEqualTo("arn:aws:macie2:us-east-1:" + DATA_LAKE_ACCOUNT + ":classification-job/" + lakeJob);
		assertThatThrownBy(() -> this.fixture.macie.describeClassificationJob(request -> request.jobId(lakeJob)))
			.hasMessageContaining("does not exist");
	}

	@Test
	void aJobCreatedInOnePlaceIsThereOnly() {
		try (EmulatorFixture own = new EmulatorFixture();
				Macie2Client euWest = own.macie("eu-west-1", "x");
				Macie2Client lake = own.macie("us-east-1", DATA_LAKE_ACCOUNT)) {
			String jobId = euWest
				.createClassificationJob(request -> request.clientToken("eu-only")
					.name("Made in Ireland")
					.jobType("ONE_TIME")
					.s3JobDefinition(definition -> definition
						.bucketDefinitions(bucket -> bucket.accountId(DEFAULT_ACCOUNT).buckets("acme-eu-payments"))))
				.jobId();
			assertThat(jobs(euWest)).hasSize(11).extracting(JobSummary::jobId).contains(jobId);
			assertThat(jobs(own.macie)).hasSize(43).extracting(JobSummary::jobId).doesNotContain(jobId);
			assertThat(jobs(lake)).hasSize(7).extracting(JobSummary::jobId).doesNotContain(jobId);
		}
	}

	@Test
	void eachPlaceHasItsOwnBucketsIdentifiersAllowListsAndSessionButManagedIdentifiersAreShared() {
		List<BucketMetadata> euBuckets = this.ireland.describeBucketsPaginator(request -> {
		}).buckets().stream().toList();
		assertThat(euBuckets).extracting(BucketMetadata::bucketName).contains("acme-eu-customer-records");
		assertThat(euBuckets).extracting(BucketMetadata::region).containsOnly("eu-west-1");
		assertThat(this.dataLake.describeBucketsPaginator(request -> {
		}).buckets().stream().map(BucketMetadata::accountId)).containsOnly(DATA_LAKE_ACCOUNT);
		assertThat(this.ireland.listCustomDataIdentifiers(request -> {
		}).items()).extracting(item -> item.name()).contains("EU employee number").doesNotContain("Employee ID");
		assertThat(this.dataLake.listCustomDataIdentifiers(request -> {
		}).items()).singleElement()
			.satisfies(item -> assertThat(item.arn())
				.isEqualTo("arn:aws:macie2:us-east-1:" + DATA_LAKE_ACCOUNT + ":custom-data-identifier/" + item.id()));
		assertThat(this.ireland.listAllowLists(request -> {
		}).allowLists()).extracting(list -> list.name()).containsExactly("EU test IBANs");
		assertThat(this.dataLake.getMacieSession(request -> {
		}).serviceRole()).contains(DATA_LAKE_ACCOUNT);
		List<String> managedHome = this.fixture.macie.listManagedDataIdentifiersPaginator(request -> {
		}).items().stream().map(ManagedDataIdentifierSummary::id).toList();
		List<String> managedEu = this.ireland.listManagedDataIdentifiersPaginator(request -> {
		}).items().stream().map(ManagedDataIdentifierSummary::id).toList();
		assertThat(managedEu).hasSize(166).isEqualTo(managedHome);
	}

	@Test
	void twoPlacesHoldAJobWithTheSameId() {
		String shared = "29176be1f49b3fdfafb07a4618a5a4e6";
		assertThat(this.fixture.macie.describeClassificationJob(request -> request.jobId(shared)).name())
			.isEqualTo("Legal contracts shared externally");
		assertThat(this.ireland.describeClassificationJob(request -> request.jobId(shared)).name())
			.isEqualTo("EU contracts in customer records");
	}

	@Test
	void macieIsNotEnabledWhereNoPlaceIsSeeded() {
		try (Macie2Client elsewhere = this.fixture.macie("ap-south-1", "x");
				Macie2Client marketing = this.fixture.macie("eu-west-1", "777788889999")) {
			for (Macie2Client client : List.of(elsewhere, marketing)) {
				assertThatThrownBy(() -> client.getMacieSession(request -> {
				})).isInstanceOfSatisfying(AccessDeniedException.class,
						ex -> assertThat(ex.awsErrorDetails().errorMessage())
							.isEqualTo("Macie is not enabled for this account."));
			}
		}
	}

	@Test
	void aFaultInOneRegionLeavesTheOthersAnswering() {
		this.fixture.emulator.faults("eu-west-1", null).macieEnabled(false);
		assertThatThrownBy(() -> jobs(this.ireland)).isInstanceOf(AccessDeniedException.class);
		assertThat(jobs(this.fixture.macie)).hasSize(43);
		assertThat(jobs(this.dataLake)).hasSize(7);
	}

	@Test
	void aFaultForOneAccountHitsItInEveryRegionOnly() {
		this.fixture.emulator.faults(null, DATA_LAKE_ACCOUNT).throttlingShare(1);
		assertThatThrownBy(() -> jobs(this.dataLake)).isInstanceOf(ThrottlingException.class);
		assertThat(jobs(this.ireland)).hasSize(10);
		this.fixture.emulator.faults("us-east-1", DEFAULT_ACCOUNT).accessDenied(true);
		assertThatThrownBy(() -> jobs(this.fixture.macie)).isInstanceOfSatisfying(AccessDeniedException.class,
				ex -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + DEFAULT_ACCOUNT
						+ ":user/emulator is not authorized to perform: macie2:ListClassificationJobs"
						+ " because no identity-based policy allows the macie2:ListClassificationJobs action"));
		assertThat(jobs(this.ireland)).hasSize(10);
	}

	@Test
	void theAdminSurfaceSetsReadsAndClearsFaultsPerPlace() {
		HttpResponse<String> set = this.fixture.send("POST", "/_emulator/faults",
				"{\"region\": \"eu-west-1\", \"accountId\": \"111122223333\", \"internalErrorShare\": 1}", false);
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(set.body()).isEqualTo("{\"region\":\"eu-west-1\",\"accountId\":\"111122223333\",\"latencyMillis\":0,"
				+ "\"throttlingShare\":0.0,\"internalErrorShare\":1.0,\"macieEnabled\":true,\"accessDenied\":false}");
		assertThatThrownBy(() -> jobs(this.ireland))
			.isInstanceOf(software.amazon.awssdk.services.macie2.model.InternalServerException.class);
		assertThat(jobs(this.fixture.macie)).hasSize(43);
		assertThat(this.fixture.send("GET", "/_emulator/faults?region=eu-west-1&accountId=111122223333", null, false)
			.body()).contains("\"internalErrorShare\":1.0");
		assertThat(this.fixture.send("GET", "/_emulator/faults", null, false).body())
			.contains("\"internalErrorShare\":0.0");
		assertThat(this.fixture
			.send("POST", "/_emulator/faults", "{\"region\": \"Ireland\", \"macieEnabled\": false}", false)
			.statusCode()).isEqualTo(400);
		assertThat(this.fixture.send("POST", "/_emulator/faults/clear", "{}", false).statusCode()).isEqualTo(200);
		assertThat(jobs(this.ireland)).hasSize(10);
	}

	@Test
	void theAdminSurfaceListsThePlaces() {
		assertThat(this.fixture.send("GET", "/_emulator/places", null, false).body())
			.isEqualTo("[{\"region\":\"us-east-1\",\"accountId\":\"111122223333\",\"default\":true,\"jobs\":43},"
					+ "{\"region\":\"eu-west-1\",\"accountId\":\"111122223333\",\"default\":false,\"jobs\":10},"
					+ "{\"region\":\"us-east-1\",\"accountId\":\"444455556666\",\"default\":false,\"jobs\":7}]");
	}

	@Test
	void aSeedThatListsTheDefaultPlaceAgainIsRefused(@TempDir Path seed) throws Exception {
		Files.writeString(seed.resolve("places.json"),
				"[{\"region\": \"us-east-1\", \"accountId\": \"111122223333\", \"seed\": \"again/\"}]");
		Files.createDirectory(seed.resolve("again"));
		EmulatorSettings settings = EmulatorSettings.fromArguments("--port=0", "--seed=" + seed + "/");
		assertThatIllegalArgumentException().isThrownBy(() -> new MacieEmulator(settings))
			.withMessageContaining("places.json lists us-east-1 / 111122223333 twice, or also as the emulator's own");
	}

	@Test
	void accessKeysAreGivenOnTheCommandLine() {
		assertThat(EmulatorSettings.fromArguments("--access-key=AKIA1:444455556666", "--access-key=AKIA2:777788889999")
			.getAccessKeys()).containsExactly(Map.entry("AKIA1", "444455556666"), Map.entry("AKIA2", "777788889999"));
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorSettings.fromArguments("--access-key=AKIA1:4444"))
			.withMessage("accessKeys.AKIA1 must be a 12-digit AWS account ID, not 4444");
	}

}
