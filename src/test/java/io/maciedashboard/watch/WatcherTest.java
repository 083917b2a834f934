package io.maciedashboard.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WatcherTest {

	private static final Duration INTERVAL = Duration.ofSeconds(5);

	private final ManualScheduler scheduler = new ManualScheduler();

	private final Watcher watcher = new Watcher(this.scheduler.executor, Runnable::run, this.scheduler.clock());

	private final AtomicInteger reads = new AtomicInteger();

	private final Supplier<String> read = () -> "read " + this.reads.incrementAndGet();

	@Test
	void aSubscriberGetsAnObservationEachInterval() {
		List<Observation<String>> seen = new ArrayList<>();
		this.watcher.subscribe("job", INTERVAL, this.read, seen::add);

		this.scheduler.advance(INTERVAL);
		this.scheduler.advance(INTERVAL);

		assertThat(seen).extracting(Observation::value).containsExactly("read 1", "read 2");
	}

	@Test
	void manySubscribersShareOneReadPerInterval() {
		List<Observation<String>> seen = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			this.watcher.subscribe("job", INTERVAL, this.read, seen::add);
		}

		this.scheduler.advance(INTERVAL);
		for (int i = 0; i < 10; i++) {
			this.watcher.latest("job", INTERVAL, this.read);
		}

		assertThat(this.reads).hasValue(1);
		assertThat(seen).hasSize(100).extracting(Observation::value).containsOnly("read 1");
		assertThat(this.watcher.latest("job", INTERVAL, this.read).value()).isEqualTo("read 1");
	}

	@Test
	void differentKeysAreReadApart() {
		this.watcher.subscribe("job a", INTERVAL, this.read, (observation) -> {
		});
		this.watcher.subscribe("job b", INTERVAL, this.read, (observation) -> {
		});

		this.scheduler.advance(INTERVAL);

		assertThat(this.reads).hasValue(2);
		assertThat(this.watcher.watched()).isEqualTo(2);
	}

	@Test
	void pollingReadsOnceThenServesTheLatestObservation() {
		assertThat(this.watcher.latest("job", INTERVAL, this.read).value()).isEqualTo("read 1");
		assertThat(this.watcher.latest("job", INTERVAL, this.read).value()).isEqualTo("read 1");
		assertThat(this.reads).hasValue(1);

		this.scheduler.advance(INTERVAL);

		assertThat(this.watcher.latest("job", INTERVAL, this.read).value()).isEqualTo("read 2");
	}

	@Test
	void pagesThatComeWhileTheFirstReadRunsAllGetItsObservation() throws Exception {
		CountDownLatch readStarted = new CountDownLatch(1);
		CountDownLatch macieAnswers = new CountDownLatch(1);
		Supplier<String> slowRead = () -> {
			readStarted.countDown();
			await(macieAnswers);
			return this.read.get();
		};
		ExecutorService pages = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pages.submit(() -> this.watcher.latest("list", INTERVAL, slowRead).value()));
			}
			assertThat(readStarted.await(10, TimeUnit.SECONDS)).isTrue();
			macieAnswers.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("read 1");
			}
			assertThat(this.reads).hasValue(1);
		}
		finally {
			pages.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void itStopsOneIntervalAfterTheLastViewerLeaves() {
		Watcher.Subscription subscription = this.watcher.subscribe("job", INTERVAL, this.read, (observation) -> {
		});
		this.scheduler.advance(INTERVAL);
		subscription.close();

		this.scheduler.advance(INTERVAL);
		this.scheduler.advance(INTERVAL.multipliedBy(10));

		assertThat(this.reads).hasValue(1);
		assertThat(this.watcher.watched()).isZero();
	}

	@Test
	void aPollingPageKeepsItGoingForOneInterval() {
		this.watcher.latest("job", INTERVAL, this.read);
		this.scheduler.advance(INTERVAL.minusSeconds(1));
		this.watcher.latest("job", INTERVAL, this.read);

		this.scheduler.advance(Duration.ofSeconds(1));
		assertThat(this.reads).hasValue(2);
		this.scheduler.advance(INTERVAL.multipliedBy(10));

		assertThat(this.reads).hasValue(2);
		assertThat(this.watcher.watched()).isZero();
	}

	@Test
	void failedReadsBackOffAndTheFailureIsWhatViewersGet() {
		AtomicInteger failures = new AtomicInteger();
		List<Observation<String>> seen = new ArrayList<>();
		Supplier<String> failing = () -> {
			failures.incrementAndGet();
			throw new IllegalStateException("Macie is throttling");
		};
		this.watcher.subscribe("job", INTERVAL, failing, seen::add);

		// read after 5 s, then waits of 10 s, 20 s, 40 s
		this.scheduler.advance(Duration.ofSeconds(5));
		this.scheduler.advance(Duration.ofSeconds(10));
		this.scheduler.advance(Duration.ofSeconds(19));
		assertThat(failures).hasValue(2);
		this.scheduler.advance(Duration.ofSeconds(1));
		assertThat(failures).hasValue(3);

		assertThat(seen)
			.allSatisfy((observation) -> assertThat(observation.failure()).hasMessage("Macie is throttling"));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.watcher.latest("job", INTERVAL, this.read).valueOrThrow());
	}

	@Test
	void theBackOffEndsWithTheFirstGoodRead() {
		AtomicInteger calls = new AtomicInteger();
		this.watcher.subscribe("job", INTERVAL, () -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("once");
			}
			return "fine";
		}, (observation) -> {
		});
		this.scheduler.advance(Duration.ofSeconds(5));
		this.scheduler.advance(Duration.ofSeconds(10));
		this.scheduler.advance(INTERVAL);

		assertThat(calls).hasValue(3);
	}

	@Test
	void aRefreshReadsAtOnceAndPushesToEverySubscriber() {
		List<Observation<String>> first = new ArrayList<>();
		List<Observation<String>> second = new ArrayList<>();
		this.watcher.subscribe("job", INTERVAL, this.read, first::add);
		this.watcher.subscribe("job", INTERVAL, this.read, second::add);

		this.watcher.refresh("job");

		assertThat(first).extracting(Observation::value).containsExactly("read 1");
		assertThat(second).extracting(Observation::value).containsExactly("read 1");
	}

	@Test
	void aRefreshOfWhatNobodyWatchesReadsNothing() {
		this.watcher.refresh("job");

		assertThat(this.reads).hasValue(0);
	}

	@Test
	void aSubscriberThatFailsDoesNotStopTheOthers() {
		List<Observation<String>> seen = new ArrayList<>();
		this.watcher.subscribe("job", INTERVAL, this.read, (observation) -> {
			throw new IllegalStateException("stream closed");
		});
		this.watcher.subscribe("job", INTERVAL, this.read, seen::add);

		this.scheduler.advance(INTERVAL);
		this.scheduler.advance(INTERVAL);

		assertThat(seen).hasSize(2);
	}

	/** A scheduler whose time moves only when the test says so. */
	private static final class ManualScheduler {

		private Instant now = Instant.parse("2026-12-01T10:00:00Z");

		private final List<Task> tasks = new ArrayList<>();

		final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);

		ManualScheduler() {
			when(this.executor.schedule(org.mockito.ArgumentMatchers.any(Runnable.class),
					org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.eq(TimeUnit.MILLISECONDS)))
				.thenAnswer((invocation) -> {
					this.tasks.add(new Task(this.now.plusMillis(invocation.getArgument(1)), invocation.getArgument(0)));
					return mock(ScheduledFuture.class);
				});
		}

		Clock clock() {
			return new Clock() {
				@Override
				public Instant instant() {
					return ManualScheduler.this.now;
				}

				@Override
				public java.time.ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}
			};
		}

		/** Moves time on, running each task that falls due, in order. */
		void advance(Duration duration) {
			Instant end = this.now.plus(duration);
			while (true) {
				Task next = this.tasks.stream()
					.filter((task) -> !task.at.isAfter(end))
					.min((a, b) -> a.at.compareTo(b.at))
					.orElse(null);
				if (next == null) {
					break;
				}
				this.tasks.remove(next);
				this.now = next.at;
				next.run.run();
			}
			this.now = end;
		}

		private record Task(Instant at, Runnable run) {
		}

	}

}
