package io.maciedashboard.macie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.UpdateClassificationJobResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class SharedReadsTest {

	private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));

	/** The background renewals, run when a test says so. */
	private final Queue<Runnable> renewals = new ConcurrentLinkedQueue<>();

	private final SharedReads reads = new SharedReads(this.clock, Duration.ofSeconds(2), Duration.ofMinutes(10),
			Duration.ofSeconds(30), this.renewals::add);

	private final AtomicInteger calls = new AtomicInteger();

	/** A read whose answer can still change (kept for the ordinary time to live). */
	private <T> T read(String key, Supplier<T> call) {
		return this.reads.read(key, call, (answer) -> false);
	}

	@Test
	void identicalReadsRunningTogetherShareOneCall() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicReference<Object> first = new AtomicReference<>();
		Thread leader = new Thread(() -> first.set(read("jobs", () -> {
			this.calls.incrementAndGet();
			await(release);
			return new Object();
		})));
		leader.start();
		while (this.calls.get() == 0) {
			Thread.onSpinWait();
		}
		AtomicReference<Object> second = new AtomicReference<>();
		Thread follower = new Thread(() -> second.set(read("jobs", this::countedAnswer)));
		follower.start();
		// the follower waits for the leader's answer instead of calling
		while (follower.getState() != Thread.State.WAITING) {
			Thread.onSpinWait();
		}
		release.countDown();
		leader.join();
		follower.join();

		assertThat(this.calls).hasValue(1);
		assertThat(second.get()).isSameAs(first.get());
	}

	@Test
	void manyThreadsAskingAtOnceShareOneCall() throws Exception {
		int threads = 50;
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch allAsking = new CountDownLatch(threads);
		List<Thread> askers = new ArrayList<>();
		List<Object> answers = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < threads; i++) {
			Thread asker = new Thread(() -> {
				await(start);
				allAsking.countDown();
				answers.add(read("jobs", () -> {
					// the call lasts until every thread has asked
					await(allAsking);
					return countedAnswer();
				}));
			});
			asker.start();
			askers.add(asker);
		}
		start.countDown();
		for (Thread asker : askers) {
			asker.join();
		}

		assertThat(this.calls).hasValue(1);
		assertThat(answers).hasSize(threads).containsOnly(answers.get(0));
	}

	@Test
	void anAnswerIsKeptForItsTimeToLive() {
		Object answer = answeredAgo(Duration.ofMillis(1999));

		assertThat(read("jobs", this::countedAnswer)).isSameAs(answer);
		assertThat(this.renewals).isEmpty();
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void pastItsTimeToLiveAnAnswerIsStillGivenWhileOneBackgroundReadRenewsIt() {
		Object answer = answeredAgo(Duration.ofSeconds(2));

		assertThat(read("jobs", this::countedAnswer)).isSameAs(answer);
		assertThat(read("jobs", this::countedAnswer)).isSameAs(answer);
		assertThat(this.renewals).hasSize(1);
		assertThat(this.calls).hasValue(1);
		runRenewals();
		assertThat(this.calls).hasValue(2);
		Object renewed = read("jobs", this::countedAnswer);
		assertThat(renewed).isNotSameAs(answer);
		this.clock.advance(Duration.ofMillis(1999));
		assertThat(read("jobs", this::countedAnswer)).isSameAs(renewed);
		assertThat(this.renewals).isEmpty();
	}

	@Test
	void anAnswerIsNeverGivenPastTwiceItsTimeToLive() {
		Object answer = answeredAgo(Duration.ofSeconds(4));

		assertThat(read("jobs", this::countedAnswer)).isNotSameAs(answer);
		assertThat(this.calls).hasValue(2);
		assertThat(this.renewals).isEmpty();
	}

	@Test
	void aRenewalBegunBeforeAChangeDoesNotUndoIt() {
		answeredAgo(Duration.ofSeconds(2));
		read("jobs", this::countedAnswer);
		this.reads.forgetAll();
		Object afterTheChange = read("jobs", this::countedAnswer);

		runRenewals();
		assertThat(this.calls).hasValue(3);
		assertThat(read("jobs", this::countedAnswer)).isSameAs(afterTheChange);
	}

	@Test
	void aFailedRenewalKeepsTheAnswerUntilItExpiresAndTheNextReadFailsAsMacieDoes() {
		Object answer = answeredAgo(Duration.ofSeconds(2));
		Supplier<Object> busy = () -> {
			this.calls.incrementAndGet();
			throw new IllegalStateException("Macie is busy");
		};

		assertThat(read("jobs", busy)).isSameAs(answer);
		runRenewals();
		assertThat(this.calls).hasValue(2);
		assertThat(read("jobs", busy)).isSameAs(answer);
		runRenewals();
		this.clock.advance(Duration.ofSeconds(2));
		assertThatIllegalStateException().isThrownBy(() -> read("jobs", busy)).withMessage("Macie is busy");
		assertThat(this.calls).hasValue(4);
		assertThat(this.renewals).isEmpty();
	}

	@Test
	void pastTwiceItsTimeToLiveTheOldAnswerIsGivenOnlyWhileItsRenewalIsUnderWay() {
		Object answer = answeredAgo(Duration.ofSeconds(2));
		assertThat(read("jobs", this::countedAnswer)).isSameAs(answer);
		this.clock.advance(Duration.ofSeconds(3));

		// the renewal begun at 2 s is still under way: nobody waits for another read
		assertThat(read("jobs", this::countedAnswer)).isSameAs(answer);
		assertThat((Object) this.reads.kept("jobs", this::countedAnswer, (kept) -> false)).isSameAs(answer);
		assertThat(this.calls).hasValue(1);
		runRenewals();
		assertThat(this.calls).hasValue(2);
		assertThat(read("jobs", this::countedAnswer)).isNotSameAs(answer);
	}

	@Test
	void keptGivesOnlyAnAnswerAlreadyReadAndNeverCallsMacieOnTheCallersThread() {
		assertThat((Object) this.reads.kept("jobs", this::countedAnswer, (answer) -> false)).isNull();
		assertThat(this.calls).hasValue(0);
		Object answer = read("jobs", this::countedAnswer);

		assertThat((Object) this.reads.kept("jobs", this::countedAnswer, (kept) -> false)).isSameAs(answer);
		this.clock.advance(Duration.ofSeconds(2));
		assertThat((Object) this.reads.kept("jobs", this::countedAnswer, (kept) -> false)).isSameAs(answer);
		assertThat(this.calls).hasValue(1);
		assertThat(this.renewals).hasSize(1);
		runRenewals();
		this.clock.advance(Duration.ofSeconds(4));
		// too old, and nothing renews it: no answer, and a renewal in the background
		assertThat((Object) this.reads.kept("jobs", this::countedAnswer, (kept) -> false)).isNull();
		assertThat(this.renewals).hasSize(1);
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void aFinalAnswerIsNotRenewedInTheBackground() {
		Object answer = this.reads.read("job", this::countedAnswer, (kept) -> true);
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.reads.read("job", this::countedAnswer, (kept) -> true)).isSameAs(answer);
		assertThat(this.renewals).isEmpty();
	}

	@Test
	void aFinalAnswerIsKeptForTheFinalTimeToLive() {
		Object answer = this.reads.read("job", this::countedAnswer, (kept) -> true);
		this.clock.advance(Duration.ofMinutes(10).minusMillis(1));

		assertThat(this.reads.read("job", this::countedAnswer, (kept) -> true)).isSameAs(answer);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.reads.read("job", this::countedAnswer, (kept) -> true)).isNotSameAs(answer);
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void differentReadsAreNotShared() {
		read("job-1", this::countedAnswer);
		read("job-2", this::countedAnswer);

		assertThat(this.calls).hasValue(2);
	}

	@Test
	void aFailureIsNotKept() {
		assertThatIllegalStateException().isThrownBy(() -> read("jobs", () -> {
			this.calls.incrementAndGet();
			throw new IllegalStateException("Macie is busy");
		}));
		read("jobs", this::countedAnswer);

		assertThat(this.calls).hasValue(2);
	}

	@Test
	void forgettingMakesTheNextReadCallAgain() {
		Object answer = read("jobs", this::countedAnswer);
		this.reads.forgetAll();

		assertThat(read("jobs", this::countedAnswer)).isNotSameAs(answer);
	}

	@Test
	void aStatusChangeForgetsWhatMacieJobsKept() {
		Macie2Client macie = mock(Macie2Client.class);
		given(macie.describeClassificationJob(any(Consumer.class)))
			.willReturn(DescribeClassificationJobResponse.builder()
				.jobId("job-1")
				.name("Sweep")
				.jobType("ONE_TIME")
				.jobStatus("RUNNING")
				.build());
		given(macie.updateClassificationJob(any(Consumer.class)))
			.willReturn(UpdateClassificationJobResponse.builder().build());
		List<Object> observed = new ArrayList<>();
		MacieJobs jobs = new MacieJobs(new MacieClients(() -> List.of(TestPlaces.IRELAND), (place) -> macie),
				this.reads, observed::add, this.clock);

		jobs.describeJob(TestPlaces.IRELAND, "job-1");
		jobs.describeJob(TestPlaces.IRELAND, "job-1");
		verify(macie, times(1)).describeClassificationJob(any(Consumer.class));
		jobs.changeStatus(TestPlaces.IRELAND, "job-1", StatusChange.PAUSE);
		jobs.describeJob(TestPlaces.IRELAND, "job-1");

		verify(macie, times(2)).describeClassificationJob(any(Consumer.class));
		// one observation per answer from Macie, none for the kept one
		assertThat(observed).hasSize(2).allSatisfy((event) -> {
			JobObserved job = (JobObserved) event;
			assertThat(job.place()).isEqualTo(TestPlaces.IRELAND);
			assertThat(job.job().jobId()).isEqualTo("job-1");
			assertThat(job.observedAt()).isEqualTo(this.clock.instant());
		});
	}

	@Test
	void anEndedJobIsDescribedOnceAndARunningJobAgainAfterTheTimeToLive() {
		Macie2Client macie = mock(Macie2Client.class);
		given(macie.describeClassificationJob(any(Consumer.class))).willAnswer((invocation) -> {
			DescribeClassificationJobRequest.Builder request = DescribeClassificationJobRequest.builder();
			((Consumer<DescribeClassificationJobRequest.Builder>) invocation.getArgument(0)).accept(request);
			String jobId = request.build().jobId();
			return DescribeClassificationJobResponse.builder()
				.jobId(jobId)
				.name(jobId)
				.jobType("ONE_TIME")
				.jobStatus(jobId.equals("ended") ? "COMPLETE" : "RUNNING")
				.build();
		});
		MacieJobs jobs = new MacieJobs(new MacieClients(() -> List.of(TestPlaces.IRELAND), (place) -> macie),
				this.reads, (event) -> {
				}, this.clock);

		jobs.describeJob(TestPlaces.IRELAND, "ended");
		jobs.describeJob(TestPlaces.IRELAND, "running");
		this.clock.advance(Duration.ofSeconds(3));
		jobs.describeJob(TestPlaces.IRELAND, "ended");
		jobs.describeJob(TestPlaces.IRELAND, "running");
		runRenewals();

		verify(macie, times(3)).describeClassificationJob(any(Consumer.class));
	}

	private void runRenewals() {
		for (Runnable renewal = this.renewals.poll(); renewal != null; renewal = this.renewals.poll()) {
			renewal.run();
		}
	}

	/** The answer to a read of "jobs" made that long ago. */
	private Object answeredAgo(Duration age) {
		Object answer = read("jobs", this::countedAnswer);
		this.clock.advance(age);
		return answer;
	}

	private Object countedAnswer() {
		this.calls.incrementAndGet();
		return new Object();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static final class SettableClock extends Clock {

		private volatile Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
