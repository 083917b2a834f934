package io.maciedashboard.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.maciedashboard.admission.RequestAdmission;

/**
 * Reads each watched thing once per interval, whatever the number of its viewers, and
 * hands every observation to its subscribers (the pages' event streams). A page that
 * polls instead asks for the {@link #latest} observation, which keeps the watch going for
 * one more interval. A watch stops at the first tick that finds nobody subscribed and no
 * poll within the interval, so nothing is read for what nobody watches. A failed read is
 * tried again after twice the delay of the one before (at most {@link #MAX_BACK_OFF}),
 * and the failure is what subscribers and pollers get meanwhile.
 * <p>
 * Timing is on one scheduler thread; the reads themselves run on {@code readers}, so a
 * slow read delays only its own watch.
 */
public class Watcher {

	/** The longest wait after failed reads, as the pages' own back-off. */
	static final Duration MAX_BACK_OFF = Duration.ofMinutes(5);

	private final Map<Object, Watch<?>> watches = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler;

	private final Executor readers;

	private final Clock clock;

	public Watcher(ScheduledExecutorService scheduler, Executor readers, Clock clock) {
		this.scheduler = scheduler;
		this.readers = readers;
		this.clock = clock;
	}

	/**
	 * Starts watching {@code key} if nobody was, and hands {@code subscriber} each later
	 * observation until the subscription is closed.
	 * @param key what is watched, equal for everyone watching the same thing
	 * @param interval how often it is read
	 * @param read the read, used only when the key is not watched yet
	 */
	public <T> Subscription subscribe(Object key, Duration interval, Supplier<T> read,
			Consumer<Observation<T>> subscriber) {
		Watch<T> watch = watch(key, interval, read, (started) -> started.subscribers.add(subscriber));
		return () -> watch.subscribers.remove(subscriber);
	}

	/**
	 * The latest observation of {@code key} (read now when there is none yet); it keeps
	 * the watch going for one more interval, for a page that polls.
	 */
	public <T> Observation<T> latest(Object key, Duration interval, Supplier<T> read) {
		Watch<T> watch = watch(key, interval, read, (started) -> started.polledAt = this.clock.instant());
		return watch.latestOrRead();
	}

	/**
	 * Reads {@code key} now, if it is watched, and hands the observation to its
	 * subscribers: after a change the dashboard made, which its viewers should see at
	 * once.
	 */
	public void refresh(Object key) {
		Watch<?> watch = this.watches.get(key);
		if (watch != null) {
			this.readers.execute(watch::readAndPublish);
		}
	}

	/**
	 * {@link #refresh Refreshes} each watched key that {@code which} accepts: for a
	 * change announced by name (another instance's, see {@link Refreshes}).
	 */
	public void refreshWhere(Predicate<Object> which) {
		this.watches.keySet().stream().filter(which).forEach(this::refresh);
	}

	/** How many things are watched now. */
	int watched() {
		return this.watches.size();
	}

	@SuppressWarnings("unchecked")
	private <T> Watch<T> watch(Object key, Duration interval, Supplier<T> read, Consumer<Watch<T>> use) {
		return (Watch<T>) this.watches.compute(key, (k, existing) -> {
			Watch<T> watch = (existing != null) ? (Watch<T>) existing : new Watch<>(k, interval, read);
			use.accept(watch);
			if (existing == null) {
				watch.scheduleNext();
			}
			return watch;
		});
	}

	/** A closed subscription gets nothing more. */
	public interface Subscription extends AutoCloseable {

		@Override
		void close();

	}

	private final class Watch<T> {

		private final Object key;

		private final Duration interval;

		private final Supplier<T> read;

		private final Set<Consumer<Observation<T>>> subscribers = ConcurrentHashMap.newKeySet();

		/** When a page last polled; null when none has. */
		private volatile Instant polledAt;

		private volatile Observation<T> latest;

		/**
		 * The first observation, for the pages that come while it is read: they wait for
		 * it together, not in turn for the lock (with virtual threads each turn waits for
		 * a carrier behind every request that came meanwhile; thread dumps under
		 * LoadBenchmark: 33 job lists queued there).
		 */
		private final CompletableFuture<Observation<T>> first = new CompletableFuture<>();

		private final AtomicBoolean firstStarted = new AtomicBoolean();

		/** Failed reads in a row. */
		private int failures;

		Watch(Object key, Duration interval, Supplier<T> read) {
			this.key = key;
			this.interval = interval;
			this.read = read;
		}

		private void scheduleNext() {
			Duration delay = (this.failures == 0) ? this.interval
					: min(this.interval.multipliedBy(1L << Math.min(this.failures, 20)), MAX_BACK_OFF);
			Watcher.this.scheduler.schedule(this::tick, delay.toMillis(), TimeUnit.MILLISECONDS);
		}

		private void tick() {
			boolean stopped = Watcher.this.watches.computeIfPresent(this.key,
					(key, watch) -> (watch == this && isIdle()) ? null : watch) != this;
			if (!stopped) {
				Watcher.this.readers.execute(() -> {
					try {
						readAndPublish();
					}
					finally {
						scheduleNext();
					}
				});
			}
		}

		private boolean isIdle() {
			Instant polledAt = this.polledAt;
			return this.subscribers.isEmpty()
					&& (polledAt == null || !Watcher.this.clock.instant().isBefore(polledAt.plus(this.interval)));
		}

		private Observation<T> latestOrRead() {
			Observation<T> latest = this.latest;
			if (latest != null) {
				return latest;
			}
			if (this.firstStarted.compareAndSet(false, true)) {
				try {
					// the lock may be held by a scheduled read, waiting for Macie
					RequestAdmission.whileWaiting(() -> {
						synchronized (this) {
							return (this.latest == null) ? readNow() : this.latest;
						}
					});
				}
				catch (Error ex) {
					this.first.completeExceptionally(ex);
					throw ex;
				}
			}
			return RequestAdmission.join(this.first);
		}

		private void readAndPublish() {
			Observation<T> observation;
			synchronized (this) {
				observation = readNow();
			}
			for (Consumer<Observation<T>> subscriber : this.subscribers) {
				try {
					subscriber.accept(observation);
				}
				catch (RuntimeException ex) {
					// a subscriber that cannot take it (a closed stream) closes itself
				}
			}
		}

		/** Called holding this watch's lock. */
		private Observation<T> readNow() {
			Observation<T> observation;
			try {
				observation = new Observation<>(this.read.get(), null, Watcher.this.clock.instant());
				this.failures = 0;
			}
			catch (RuntimeException ex) {
				observation = new Observation<>(null, ex, Watcher.this.clock.instant());
				this.failures++;
			}
			this.latest = observation;
			this.first.complete(observation);
			return observation;
		}

		private static Duration min(Duration a, Duration b) {
			return (a.compareTo(b) <= 0) ? a : b;
		}

	}

}
