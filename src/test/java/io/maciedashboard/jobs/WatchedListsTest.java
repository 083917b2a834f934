package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.watch.EventStreams;
import io.maciedashboard.watch.Watcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A view of the job list is read once for all its renders: its page, its rows'
 * descriptions and its Findings column, kept in the watcher's observation; a render reads
 * again only what the observation cannot answer for.
 */
class WatchedListsTest {

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final MacieJobs macie = mock(MacieJobs.class);

	private final MacieFindings findings = mock(MacieFindings.class);

	private WatchedLists lists;

	@BeforeEach
	void setUp() {
		// an interval no test lasts: only renders make the watcher read
		JobListProperties properties = new JobListProperties(Duration.ofHours(1), 4, Duration.ofSeconds(2), 5,
				Duration.ofSeconds(60));
		MacieThreads threads = new MacieThreads(new MockEnvironment());
		this.lists = new WatchedLists(new Watcher(this.scheduler, Runnable::run, Clock.systemUTC()),
				mock(EventStreams.class), this.macie, new MergedJobList(this.macie, threads),
				new TriageScan(this.macie, properties), new JobRows(this.macie, properties, threads),
				new FindingsColumn(this.findings, threads, properties), properties, Clock.fixed(NOW, ZoneOffset.UTC));
		given(this.macie.listJobs(eq(TestPlaces.HOME), any()))
			.willReturn(new JobPage(List.of(summary("a").job(), summary("b").job()), null));
		given(this.macie.describeJob(TestPlaces.HOME, "a")).willReturn(job("a", 40L));
		given(this.macie.describeJob(TestPlaces.HOME, "b")).willReturn(job("b", 70L));
		given(this.findings.countsByJob(eq(TestPlaces.HOME), anyCollection())).willReturn(Map.of("a", 3L));
	}

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void everyRenderOfAViewTakesOneReadOfItsPageRowsAndFindings() {
		ObservedList first = this.lists.latest(request());
		ObservedList second = this.lists.latest(request());

		assertThat(second).isSameAs(first);
		assertThat(first.jobs(request(), NOW)).extracting((job) -> job.job().jobId()).containsExactly("a", "b");
		assertThat(first.rows().values()).extracting(JobRow::objectsLeft).containsExactlyInAnyOrder(40L, 70L);
		assertThat(first.findingsOf(first.jobs(request(), NOW)).byJob())
			.containsEntry(FindingCounts.key(TestPlaces.HOME, "a"), 3L);
		verify(this.macie, times(1)).listJobs(eq(TestPlaces.HOME), any());
		verify(this.macie, times(1)).describeJob(TestPlaces.HOME, "a");
		verify(this.macie, times(1)).describeJob(TestPlaces.HOME, "b");
		verify(this.findings, times(1)).countsByJob(eq(TestPlaces.HOME), anyCollection());
	}

	@Test
	void aChangeMadeThroughTheDashboardIsReadAgainAtOnce() {
		ObservedList before = this.lists.latest(request());
		given(this.macie.changes()).willReturn(1L);

		ObservedList after = this.lists.latest(request());

		assertThat(after).isNotSameAs(before);
		assertThat(after.changes()).isEqualTo(1);
		verify(this.macie, atLeast(2)).listJobs(eq(TestPlaces.HOME), any());
	}

	@Test
	void aFailedPlaceIsNotServedAgainTheNextRenderAsksMacie() {
		MacieException down = new MacieException(MacieException.Kind.UNAVAILABLE, "Macie is not answering.", null);
		// the watcher's read and the first render's own read fail
		given(this.macie.listJobs(eq(TestPlaces.HOME), any())).willThrow(down)
			.willThrow(down)
			.willReturn(new JobPage(List.of(summary("a").job()), null));

		ObservedList failed = this.lists.latest(request());
		ObservedList next = this.lists.latest(request());

		assertThat(failed.page().failures()).containsKey(TestPlaces.HOME);
		assertThat(next.page().failures()).isEmpty();
		assertThat(next.jobs(request(), NOW)).extracting((job) -> job.job().jobId()).containsExactly("a");
	}

	@Test
	void countsOfJobsTheReadDidNotSeeAreNotTakenFromIt() {
		ObservedList observed = this.lists.latest(request());

		assertThat(observed.findingsOf(List.of(summary("a"), summary("c")))).isNull();
	}

	private static JobListRequest request() {
		return new JobListForm().read(List.of(TestPlaces.HOME));
	}

	private static PlacedJob summary(String jobId) {
		return new PlacedJob(TestPlaces.HOME,
				new JobSummary(jobId, "Job " + jobId, JobStatus.RUNNING, JobType.ONE_TIME, NOW, false, null, null));
	}

	private static Job job(String jobId, long objectsLeft) {
		JobDefinition definition = new JobDefinition("Job " + jobId, null, JobType.ONE_TIME, null, false, null, null,
				null, null, List.of(), List.of(), List.of(), Map.of());
		return new Job(jobId, "arn:aws:macie2:us-east-1:111122223333:classification-job/" + jobId, definition,
				JobStatus.RUNNING, NOW, NOW, false, 1, objectsLeft, null);
	}

}
