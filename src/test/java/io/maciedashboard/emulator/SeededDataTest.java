package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.macie2.model.BucketMetadata;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.JobScopeTerm;
import software.amazon.awssdk.services.macie2.model.JobScopingBlock;
import software.amazon.awssdk.services.macie2.model.JobStatus;
import software.amazon.awssdk.services.macie2.model.JobSummary;
import software.amazon.awssdk.services.macie2.model.JobType;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.ManagedDataIdentifierSelector;
import software.amazon.awssdk.services.macie2.model.UserPausedDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped seed shows everything a demo needs, as the SDK sees it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeededDataTest {

	private final EmulatorFixture fixture = new EmulatorFixture();

	private final List<DescribeClassificationJobResponse> jobs = this.fixture.macie
		.listClassificationJobsPaginator(ListClassificationJobsRequest.builder().build())
		.items()
		.stream()
		.map(summary -> this.fixture.macie.describeClassificationJob(request -> request.jobId(summary.jobId())))
		.toList();

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	private static Stream<JobScopeTerm> scopeTerms(DescribeClassificationJobResponse job) {
		if (job.s3JobDefinition().scoping() == null) {
			return Stream.empty();
		}
		return Stream.of(job.s3JobDefinition().scoping().includes(), job.s3JobDefinition().scoping().excludes())
			.filter(Objects::nonNull)
			.map(JobScopingBlock::and)
			.flatMap(List::stream);
	}

	@Test
	void theSeedHasAtLeastFortyJobsOfEveryStatusTypeAndSchedule() {
		assertThat(this.jobs).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.jobs.stream().map(DescribeClassificationJobResponse::jobStatus).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(JobStatus.RUNNING, JobStatus.PAUSED, JobStatus.CANCELLED, JobStatus.COMPLETE,
					JobStatus.IDLE, JobStatus.USER_PAUSED);
		assertThat(this.jobs).extracting(DescribeClassificationJobResponse::jobType)
			.contains(JobType.ONE_TIME, JobType.SCHEDULED);
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.scheduleFrequency().dailySchedule()).isNotNull());
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.scheduleFrequency().weeklySchedule()).isNotNull());
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.scheduleFrequency().monthlySchedule()).isNotNull());
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.tags()).isNotEmpty());
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.lastRunErrorStatus().codeAsString()).isEqualTo("ERROR"));
	}

	@Test
	void theSeedUsesEveryWayOfChoosingBucketsObjectsAndIdentifiers() {
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.s3JobDefinition().hasBucketDefinitions()).isTrue());
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.s3JobDefinition().bucketCriteria()).isNotNull());
		Set<String> keys = this.jobs.stream()
			.flatMap(SeededDataTest::scopeTerms)
			.map(term -> (term.simpleScopeTerm() != null) ? term.simpleScopeTerm().keyAsString()
					: term.tagScopeTerm().key())
			.collect(Collectors.toSet());
		assertThat(keys).containsExactlyInAnyOrder("OBJECT_EXTENSION", "OBJECT_LAST_MODIFIED_DATE", "OBJECT_SIZE",
				"OBJECT_KEY", "TAG");
		Set<String> comparators = this.jobs.stream()
			.flatMap(SeededDataTest::scopeTerms)
			.map(term -> (term.simpleScopeTerm() != null) ? term.simpleScopeTerm().comparatorAsString()
					: term.tagScopeTerm().comparatorAsString())
			.collect(Collectors.toSet());
		assertThat(comparators).contains("EQ", "NE", "GT", "GTE", "LT", "LTE", "STARTS_WITH");
		assertThat(this.jobs.stream()
			.map(DescribeClassificationJobResponse::managedDataIdentifierSelector)
			.collect(Collectors.toSet())).containsExactlyInAnyOrder(
					ManagedDataIdentifierSelector.knownValues().toArray(ManagedDataIdentifierSelector[]::new));
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.customDataIdentifierIds()).isNotEmpty());
		assertThat(this.jobs).anySatisfy(job -> assertThat(job.allowListIds()).isNotEmpty());
	}

	@Test
	void pausedJobsExpireSoonInTwoDaysInTwentyDaysAndOneHasItsHealthEvent() {
		Instant now = EmulatorFixture.START;
		List<UserPausedDetails> paused = this.jobs.stream()
			.filter(job -> job.jobStatus() == JobStatus.USER_PAUSED)
			.map(DescribeClassificationJobResponse::userPausedDetails)
			.filter(details -> details.jobExpiresAt() != null)
			.toList();
		assertThat(paused).anySatisfy(details -> assertThat(Duration.between(now, details.jobExpiresAt())).isPositive()
			.isLessThan(Duration.ofHours(1)));
		assertThat(paused).anySatisfy(details -> assertThat(Duration.between(now, details.jobExpiresAt()))
			.isBetween(Duration.ofDays(1), Duration.ofDays(3)));
		assertThat(paused).anySatisfy(details -> assertThat(Duration.between(now, details.jobExpiresAt()))
			.isBetween(Duration.ofDays(19), Duration.ofDays(21)));
		assertThat(paused).anySatisfy(details -> {
			assertThat(details.jobPausedAt()).isEqualTo(now.minus(Duration.ofDays(25)));
			assertThat(details.jobImminentExpirationHealthEventArn()).startsWith("arn:aws:health:");
		});
	}

	@Test
	void severalAccountsHaveRealisticBuckets() {
		List<BucketMetadata> buckets = this.fixture.macie.describeBucketsPaginator(request -> {
		}).buckets().stream().toList();
		assertThat(buckets.stream().map(BucketMetadata::accountId).distinct()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(buckets).allSatisfy(bucket -> {
			assertThat(bucket.classifiableSizeInBytes()).isLessThanOrEqualTo(bucket.sizeInBytes());
			assertThat(bucket.classifiableObjectCount()).isLessThanOrEqualTo(bucket.objectCount());
			assertThat(bucket.bucketCreatedAt()).isBefore(EmulatorFixture.START);
		});
		assertThat(buckets).extracting(bucket -> bucket.publicAccess().effectivePermissionAsString())
			.contains("PUBLIC", "NOT_PUBLIC");
		assertThat(buckets).extracting(BucketMetadata::sharedAccessAsString)
			.contains("EXTERNAL", "INTERNAL", "NOT_SHARED");
		assertThat(buckets).extracting(BucketMetadata::sizeInBytes)
			.anySatisfy(size -> assertThat(size).isGreaterThan(1L << 40));
		assertThat(this.fixture.macie.listCustomDataIdentifiers(request -> {
		}).items()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.fixture.macie.listAllowLists(request -> {
		}).allowLists()).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void tenThousandGeneratedJobsCanBeAdded() {
		try (EmulatorFixture many = new EmulatorFixture(properties -> properties.setGeneratedJobs(10_000))) {
			assertThat(many.emulator.jobCount()).isEqualTo(this.jobs.size() + 10_000);
			List<JobSummary> page = many.macie.listClassificationJobs(request -> request.maxResults(200)).items();
			assertThat(page).hasSize(200);
			assertThat(
					many.macie
						.listClassificationJobs(request -> request.filterCriteria(criteria -> criteria
							.includes(term -> term.key("name").comparator("STARTS_WITH").values("generated 0999"))))
						.items())
				.extracting(JobSummary::name)
				.hasSize(10)
				.allMatch(name -> name.startsWith("generated 0999"));
		}
	}

}
