package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.maciedashboard.emulator.EmulatorClock;
import io.maciedashboard.emulator.EmulatorSettings;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.MacieException.Kind;
import io.maciedashboard.macie.MacieProperties.PlaceSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * MacieFindings through the real SDK and client configuration against the emulator with
 * its shipped seed, in two places: statistics, the per-job counts of a page of jobs,
 * pages of findings with their filters, sort and Macie's tokens, one finding, the export
 * configuration, and Macie's errors in words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MacieFindingsEmulatorTest {

	private static final Instant START = Instant.parse("2026-03-10T09:30:00Z");

	/**
	 * "Legal contracts shared externally" here, "EU contracts in customer records" there.
	 */
	private static final String TWIN = "29176be1f49b3fdfafb07a4618a5a4e6";

	private static final Place HOME = new Place("us-east-1", "111122223333", null);

	private static final Place IRELAND = new Place("eu-west-1", "111122223333", null);

	private static final Place NOWHERE = new Place("ap-south-1", "111122223333", null);

	private MacieEmulator emulator;

	private MacieClients clients;

	private MacieJobs jobs;

	private MacieFindings findings;

	@BeforeAll
	void start() {
		EmulatorSettings settings = new EmulatorSettings();
		settings.setPort(0);
		this.emulator = new MacieEmulator(settings, EmulatorClock.fixedAt(START)).start();
		List<PlaceSettings> places = List.of(new PlaceSettings(null, "us-east-1", "111122223333", null, null, null),
				new PlaceSettings(null, "eu-west-1", "111122223333", null, null, null),
				new PlaceSettings(null, "ap-south-1", "111122223333", null, null, null));
		this.clients = EmulatorClients.of(this.emulator, Duration.ofSeconds(15), Duration.ofSeconds(30), places);
		this.jobs = TestMacieJobs.of(this.clients);
		this.findings = new MacieFindings(this.jobs);
	}

	@AfterAll
	void stop() {
		this.clients.close();
		this.emulator.close();
	}

	private List<String> jobIds(Place place) {
		List<String> ids = new ArrayList<>();
		String token = null;
		do {
			JobPage page = this.jobs.listJobs(place, new JobListQuery(Set.of(), null, null, null, null,
					JobListQuery.SortField.CREATED_AT, false, 100, token));
			page.jobs().forEach((job) -> ids.add(job.jobId()));
			token = page.nextToken();
		}
		while (token != null);
		return ids;
	}

	private static long sum(List<FindingCount> counts) {
		return counts.stream().mapToLong(FindingCount::count).sum();
	}

	@Test
	void aJobsFindingsAreCountedBySeverityTypeAndBucketAlike() {
		List<FindingCount> bySeverity = this.findings.statistics(HOME, TWIN, FindingGroup.SEVERITY, 3);
		List<FindingCount> byType = this.findings.statistics(HOME, TWIN, FindingGroup.TYPE, 100);
		List<FindingCount> byBucket = this.findings.statistics(HOME, TWIN, FindingGroup.BUCKET, 1000);

		assertThat(sum(bySeverity)).isPositive().isEqualTo(sum(byType)).isEqualTo(sum(byBucket));
		assertThat(bySeverity).extracting(FindingCount::key).isSubsetOf("High", "Medium", "Low");
		assertThat(byType).extracting(FindingCount::key).allMatch((type) -> type.startsWith("SensitiveData:S3Object/"));
		assertThat(byBucket).extracting(FindingCount::count).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(this.findings.statistics(HOME, TWIN, FindingGroup.BUCKET, 1)).containsExactly(byBucket.get(0));
	}

	@Test
	void onePlacesJobsAreCountedInOneCallAndOnlyThoseAsked() {
		List<String> home = jobIds(HOME);
		List<String> some = home.subList(0, 10);
		this.emulator.counters().reset();

		Map<String, Long> counts = this.findings.countsByJob(HOME, some);

		assertThat(this.emulator.counters().snapshot()).containsEntry("GetFindingStatistics", 1L).hasSize(1);
		assertThat(some).containsAll(counts.keySet());
		assertThat(counts).isNotEmpty();
		some.forEach((jobId) -> assertThat(counts.getOrDefault(jobId, 0L))
			.isEqualTo(sum(this.findings.statistics(HOME, jobId, FindingGroup.SEVERITY, 3))));
		assertThat(this.findings.countsByJob(HOME, List.of())).isEmpty();
	}

	@Test
	void countsAReadKeepsAreGivenWithoutAskingMacieAgain() {
		MacieFindings keeping = new MacieFindings(new MacieJobs(this.clients, new SharedReads(Clock.systemUTC(),
				Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(30), Runnable::run), (event) -> {
				}, Clock.systemUTC()));
		List<String> some = jobIds(HOME).subList(0, 5);
		assertThat(keeping.keptCountsByJob(HOME, some)).isEmpty();
		assertThat(keeping.keptCountsByJob(HOME, List.of())).contains(Map.of());
		Map<String, Long> counts = keeping.countsByJob(HOME, some);
		this.emulator.counters().reset();

		assertThat(keeping.keptCountsByJob(HOME, some)).contains(counts);
		assertThat(keeping.keptCountsByJob(IRELAND, some)).isEmpty();
		assertThat(keeping.keptCountsByJob(HOME, some.subList(0, 4))).isEmpty();
		assertThat(this.emulator.counters().snapshot()).isEmpty();
	}

	@Test
	void theSameJobIdInTwoPlacesHasEachPlacesFindings() {
		long here = this.findings.countsByJob(HOME, List.of(TWIN)).getOrDefault(TWIN, 0L);
		long there = this.findings.countsByJob(IRELAND, List.of(TWIN)).getOrDefault(TWIN, 0L);

		assertThat(here).isPositive();
		assertThat(there).isPositive().isNotEqualTo(here);
		FindingPage irish = this.findings.findings(IRELAND,
				new FindingListQuery(FindingFilter.unarchived(TWIN), FindingSort.UPDATED, true, 5, null));
		assertThat(irish.findings()).allSatisfy((finding) -> assertThat(finding.region()).isEqualTo("eu-west-1"));
	}

	@Test
	void pagesFollowMaciesTokensThroughEveryFindingOnceWithTheFilterAndSort() {
		FindingFilter high = new FindingFilter(TWIN, FindingSeverity.HIGH, null, null, false);
		long expected = this.findings.statistics(HOME, TWIN, FindingGroup.SEVERITY, 3)
			.stream()
			.filter((count) -> count.key().equals("High"))
			.mapToLong(FindingCount::count)
			.sum();
		Set<String> seen = new HashSet<>();
		List<Instant> updated = new ArrayList<>();
		String token = null;
		do {
			FindingPage page = this.findings.findings(HOME,
					new FindingListQuery(high, FindingSort.UPDATED, true, 50, token));
			assertThat(page.findings()).hasSizeLessThanOrEqualTo(50);
			page.findings().forEach((finding) -> {
				assertThat(seen.add(finding.id())).isTrue();
				updated.add(finding.updatedAt());
				assertThat(finding.severity()).isEqualTo(FindingSeverity.HIGH);
				assertThat(finding.archived()).isFalse();
				assertThat(finding.classification().jobId()).isEqualTo(TWIN);
			});
			token = page.nextToken();
		}
		while (token != null);

		assertThat((long) seen.size()).isEqualTo(expected).isPositive();
		assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void typeBucketAndArchivedFilterAsAsked() {
		FindingCount bucket = this.findings.statistics(HOME, TWIN, FindingGroup.BUCKET, 1).get(0);
		FindingCount type = this.findings.statistics(HOME, TWIN, FindingGroup.TYPE, 1).get(0);

		FindingPage inBucket = this.findings.findings(HOME, new FindingListQuery(
				new FindingFilter(TWIN, null, type.key(), bucket.key(), null), FindingSort.RESOURCE, false, 50, null));
		assertThat(inBucket.findings()).isNotEmpty().allSatisfy((finding) -> {
			assertThat(finding.bucket().name()).isEqualTo(bucket.key());
			assertThat(finding.type()).isEqualTo(type.key());
		});
		FindingPage archived = this.findings.findings(HOME, new FindingListQuery(
				new FindingFilter(TWIN, null, null, null, true), FindingSort.COUNT, true, 50, null));
		assertThat(archived.findings()).allSatisfy((finding) -> assertThat(finding.archived()).isTrue());
	}

	@Test
	void aFindingIsReadInFullAndOneMacieDoesNotHaveIsEmpty() {
		Finding listed = this.findings
			.findings(HOME, new FindingListQuery(FindingFilter.unarchived(TWIN), FindingSort.SEVERITY, true, 1, null))
			.findings()
			.get(0);

		Finding finding = this.findings.finding(HOME, listed.id()).orElseThrow();

		assertThat(finding).isEqualTo(listed);
		assertThat(finding.classification().dataTypes()).isNotEmpty().allSatisfy((type) -> {
			assertThat(type.count()).isPositive();
			assertThat(type.name()).isNotBlank();
			assertThat(type.occurrences()).hasSizeLessThanOrEqualTo(15)
				.allMatch((where) -> where.matches("(Cell|Page|Record|Lines?|Characters) .+"));
		});
		assertThat(finding.object().key()).isNotBlank();
		assertThat(finding.bucket().arn()).startsWith("arn:aws:s3:::");
		assertThat(finding.classification().detailedResultsLocation())
			.startsWith("s3://acme-macie-discovery-results/macie/");
		assertThat(this.findings.finding(HOME, "00000000000000000000000000000000")).isEmpty();
		// another place's finding is not this place's
		assertThat(this.findings.finding(IRELAND, listed.id())).isEmpty();
	}

	@Test
	void theExportConfigurationIsThePlacesOrNone() {
		assertThat(this.findings.resultsStorage(HOME)).contains(new ResultsStorage("acme-macie-discovery-results",
				"macie/", "arn:aws:kms:us-east-1:111122223333:key/2f1e9c3b-6d54-4a7e-9b0c-8e1d2f3a4b5c"));
		assertThat(this.findings.resultsStorage(IRELAND)).isEmpty();
	}

	@Test
	void maciesErrorsAreSaidInWords() {
		MacieException notEnabled = catchThrowableOfType(MacieException.class,
				() -> this.findings.statistics(NOWHERE, TWIN, FindingGroup.TYPE, 10));
		assertThat(notEnabled.kind()).isEqualTo(Kind.NOT_ENABLED);
		assertThat(notEnabled.getMessage()).isEqualTo("Macie is not enabled in ap-south-1 / 111122223333.");

		MacieException forged = catchThrowableOfType(MacieException.class, () -> this.findings.findings(HOME,
				new FindingListQuery(FindingFilter.unarchived(TWIN), FindingSort.UPDATED, true, 25, "forged")));
		assertThat(forged.kind()).isEqualTo(Kind.VALIDATION);

		// every attempt, so that the SDK's retries do not get through
		this.emulator.faults().accessDenied(true);
		try {
			MacieException denied = catchThrowableOfType(MacieException.class,
					() -> this.findings.countsByJob(HOME, List.of(TWIN)));
			assertThat(denied.kind()).isEqualTo(Kind.ACCESS_DENIED);
			assertThat(denied.getMessage()).startsWith("The dashboard is not allowed to do this in Macie in us-east-1");
		}
		finally {
			this.emulator.clearFaults();
		}
	}

	@Test
	void readsAreSharedAndTheExportConfigurationKeptLonger() {
		MacieJobs shared = new MacieJobs(this.clients, new SharedReads(Clock.systemUTC(), Duration.ofMinutes(1),
				Duration.ofMinutes(10), Duration.ofSeconds(30), Runnable::run), (event) -> {
				}, Clock.systemUTC());
		MacieFindings cached = new MacieFindings(shared);
		this.emulator.counters().reset();

		for (int i = 0; i < 3; i++) {
			cached.statistics(HOME, TWIN, FindingGroup.SEVERITY, 3);
			cached.resultsStorage(HOME);
		}

		assertThat(this.emulator.counters().snapshot()).containsEntry("GetFindingStatistics", 1L)
			.containsEntry("GetClassificationExportConfiguration", 1L);
	}

}
