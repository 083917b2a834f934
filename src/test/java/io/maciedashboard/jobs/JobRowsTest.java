package io.maciedashboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.PauseDetails;
import io.maciedashboard.macie.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Each render describes its rows with its own bounded concurrency and waits for them only
 * until the deadline; a late row says so and gets its details on the next render. Rows an
 * observation of the view already described are not described again.
 */
class JobRowsTest {

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private static final Instant LAST_RUN = Instant.parse("2026-11-20T08:00:00Z");

	private final MacieJobs macie = mock(MacieJobs.class);

	private final CountDownLatch macieAnswers = new CountDownLatch(1);

	@AfterEach
	void letMacieAnswer() {
		this.macieAnswers.countDown();
	}

	@Test
	void rowsWhoseDetailsAreLateAreMarkedAndTheRenderDoesNotWaitForThem() {
		given(this.macie.describeJob(TestPlaces.HOME, "fast")).willReturn(job("fast"));
		given(this.macie.describeJob(TestPlaces.HOME, "slow")).willAnswer((call) -> slowly(job("slow")));
		JobRows rows = jobRows(4, Duration.ofMillis(300));

		long start = System.nanoTime();
		List<JobRow> result = rows.rows(List.of(summary("fast"), summary("slow")), NOW, Map.of(),
				rows.deadlineFromNow());
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(result).extracting((row) -> row.job().jobId()).containsExactly("fast", "slow");
		assertThat(result.get(0).detailsLate()).isFalse();
		assertThat(result.get(0).lastRunTime()).isEqualTo(LAST_RUN);
		assertThat(result.get(1).detailsLate()).isTrue();
		assertThat(result.get(1).details()).isNull();
		assertThat(took).as("the deadline, not Macie, decides").isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aDescriptionKeptFromAnEarlierReadIsTakenOnTheRendersOwnThreadWithoutAskingMacie() {
		given(this.macie.keptDescription(TestPlaces.HOME, "kept")).willReturn(Optional.of(job("kept")));
		given(this.macie.describeJob(TestPlaces.HOME, "new")).willAnswer((call) -> slowly(job("new")));
		JobRows rows = jobRows(4, Duration.ofMillis(100));

		List<JobRow> result = rows.rows(List.of(summary("kept"), summary("new")), NOW, Map.of(),
				rows.deadlineFromNow());

		assertThat(result.get(0).detailsLate()).isFalse();
		assertThat(result.get(0).lastRunTime()).isEqualTo(LAST_RUN);
		assertThat(result.get(1).detailsLate()).isTrue();
		verify(this.macie, never()).describeJob(TestPlaces.HOME, "kept");
	}

	@Test
	void aLateRowGetsItsDetailsOnTheNextRenderOnceMacieHasAnswered() {
		given(this.macie.describeJob(TestPlaces.HOME, "slow")).willAnswer((call) -> slowly(job("slow")));
		JobRows rows = jobRows(4, Duration.ofMillis(200));
		assertThat(rows.rows(List.of(summary("slow")), NOW, Map.of(), rows.deadlineFromNow()).get(0).detailsLate())
			.isTrue();

		// Macie answers the first render's call after its deadline; the next render's
		// call
		// is late again, but the answer that came meanwhile is shown
		this.macieAnswers.countDown();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !rows.rows(List.of(summary("slow")), NOW, Map.of(), rows.deadlineFromNow())
				.get(0)
				.detailsLate());
		CountDownLatch stillSlow = new CountDownLatch(1);
		given(this.macie.describeJob(TestPlaces.HOME, "slow")).willAnswer((call) -> {
			stillSlow.await(10, TimeUnit.SECONDS);
			return job("slow");
		});
		JobRow next = rows.rows(List.of(summary("slow")), NOW, Map.of(), rows.deadlineFromNow()).get(0);
		stillSlow.countDown();
		assertThat(next.detailsLate()).isFalse();
		assertThat(next.lastRunTime()).isEqualTo(LAST_RUN);
	}

	@Test
	void rowsNothingIsKnownAboutAreDescribedFirst() {
		// one describe at a time; "known" was on the page before, "unknown" is new
		JobRows rows = jobRows(1, Duration.ofMillis(300));
		given(this.macie.describeJob(TestPlaces.HOME, "known")).willReturn(job("known"));
		rows.rows(List.of(summary("known")), NOW, Map.of(), rows.deadlineFromNow());

		given(this.macie.describeJob(TestPlaces.HOME, "known")).willAnswer((call) -> slowly(job("known")));
		given(this.macie.describeJob(TestPlaces.HOME, "unknown")).willReturn(job("unknown"));
		List<JobRow> next = rows.rows(List.of(summary("known"), summary("unknown")), NOW, Map.of(),
				rows.deadlineFromNow());

		assertThat(next.get(1).detailsLate()).as("described before the job shown last time").isFalse();
		assertThat(next.get(1).lastRunTime()).isEqualTo(LAST_RUN);
		assertThat(next.get(0).detailsLate()).as("its last known details stand in").isFalse();
		assertThat(next.get(0).lastRunTime()).isEqualTo(LAST_RUN);
	}

	@Test
	void rowsAlreadyDescribedAreTakenAndOnlyLateOrNewOnesAreDescribed() {
		PlacedJob observed = summary("observed");
		PlacedJob late = summary("late");
		PlacedJob added = summary("added");
		JobRow.RowDetails details = new JobRow.RowDetails(LAST_RUN.minusSeconds(60), null, 7L, 3);
		Map<PlacedJob, JobRow> described = Map.of(observed,
				new JobRow(observed.place(), observed.job(), details, false, NOW.minusSeconds(30)), late,
				new JobRow(late.place(), late.job(), null, true, NOW.minusSeconds(30)));
		given(this.macie.describeJob(TestPlaces.HOME, "late")).willReturn(job("late"));
		given(this.macie.describeJob(TestPlaces.HOME, "added")).willReturn(job("added"));

		JobRows rows = jobRows(4, Duration.ofSeconds(2));

		List<JobRow> result = rows.rows(List.of(observed, late, added), NOW, described, rows.deadlineFromNow());

		assertThat(result).extracting(JobRow::details)
			.containsExactly(details, rowDetails(job("late")), rowDetails(job("added")));
		assertThat(result).noneMatch(JobRow::detailsLate);
		verify(this.macie, never()).describeJob(TestPlaces.HOME, "observed");
		verify(this.macie).describeJob(TestPlaces.HOME, "late");
		verify(this.macie).describeJob(TestPlaces.HOME, "added");
	}

	@Test
	void aRenderDoesNotWaitAgainForRowsTheReadFoundLate() {
		given(this.macie.describeJob(TestPlaces.HOME, "slow")).willAnswer((call) -> slowly(job("slow")));
		JobRows rows = jobRows(4, Duration.ofMillis(300));
		long readDeadline = rows.deadlineFromNow();
		List<JobRow> read = rows.rows(List.of(summary("slow")), NOW, Map.of(), readDeadline);

		long start = System.nanoTime();
		JobRow rendered = rows.rows(List.of(summary("slow")), NOW, Map.of(summary("slow"), read.get(0)), readDeadline)
			.get(0);

		assertThat(read.get(0).detailsLate()).isTrue();
		assertThat(rendered.detailsLate()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
	}

	@Test
	void aDescribedRowsPauseExpiryIsMeasuredFromTheRendersNow() {
		PlacedJob paused = new PlacedJob(TestPlaces.HOME,
				new JobSummary("paused", "Job paused", JobStatus.USER_PAUSED, JobType.ONE_TIME, NOW, false, null,
						new PauseDetails(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(29)), null)));
		JobRow observedRow = new JobRow(paused.place(), paused.job(), null, false, NOW);
		Instant later = NOW.plus(Duration.ofDays(2));

		JobRows rows = jobRows(4, Duration.ofSeconds(2));

		JobRow rendered = rows.rows(List.of(paused), later, Map.of(paused, observedRow), rows.deadlineFromNow()).get(0);

		assertThat(rendered.pauseExpiry().now()).isEqualTo(later);
		assertThat(rendered.pauseExpiry().remaining()).isEqualTo(Duration.ofDays(27));
	}

	@Test
	void aJobMacieCannotDescribeHasNoDetailsButIsNotLate() {
		given(this.macie.describeJob(TestPlaces.HOME, "broken"))
			.willThrow(new MacieException(MacieException.Kind.THROTTLED, "Too many requests.", null));

		JobRows rows = jobRows(4, Duration.ofSeconds(2));

		JobRow row = rows.rows(List.of(summary("broken")), NOW, Map.of(), rows.deadlineFromNow()).get(0);

		assertThat(row.details()).isNull();
		assertThat(row.detailsLate()).isFalse();
	}

	@Test
	void theSameIdInTwoPlacesIsTwoJobsEachDescribedInItsPlace() {
		given(this.macie.describeJob(TestPlaces.HOME, "same")).willReturn(job("same"));
		given(this.macie.describeJob(TestPlaces.IRELAND, "same"))
			.willThrow(new MacieException(MacieException.Kind.NOT_FOUND, "No such job.", null));

		JobRows rows = jobRows(4, Duration.ofSeconds(2));

		List<JobRow> result = rows.rows(List.of(summary(TestPlaces.HOME, "same"), summary(TestPlaces.IRELAND, "same")),
				NOW, Map.of(), rows.deadlineFromNow());

		assertThat(result).extracting(JobRow::place).containsExactly(TestPlaces.HOME, TestPlaces.IRELAND);
		assertThat(result.get(0).lastRunTime()).isEqualTo(LAST_RUN);
		assertThat(result.get(1).details()).isNull();
		assertThat(result.get(1).url()).isEqualTo("/jobs/111122223333/eu-west-1/same");
	}

	private static JobRow.RowDetails rowDetails(Job job) {
		return new JobRow.RowDetails(job.lastRunTime(), job.definition().schedule(), job.approximateObjectsToProcess(),
				job.numberOfRuns());
	}

	private Job slowly(Job job) throws InterruptedException {
		this.macieAnswers.await(10, TimeUnit.SECONDS);
		return job;
	}

	private JobRows jobRows(int parallelism, Duration deadline) {
		return new JobRows(this.macie,
				new JobListProperties(Duration.ofSeconds(15), parallelism, deadline, 5, Duration.ofSeconds(60)),
				new MacieThreads(new MockEnvironment()));
	}

	private static PlacedJob summary(String jobId) {
		return summary(TestPlaces.HOME, jobId);
	}

	private static PlacedJob summary(Place place, String jobId) {
		return new PlacedJob(place,
				new JobSummary(jobId, "Job " + jobId, JobStatus.IDLE, JobType.ONE_TIME, NOW, false, null, null));
	}

	private static Job job(String jobId) {
		JobDefinition definition = new JobDefinition("Job " + jobId, null, JobType.ONE_TIME, null, false, null, null,
				null, null, List.of(), List.of(), List.of(), Map.of());
		return new Job(jobId, "arn:aws:macie2:eu-west-1:111122223333:classification-job/" + jobId, definition,
				JobStatus.IDLE, NOW, LAST_RUN, false, 1, null, null);
	}

}
