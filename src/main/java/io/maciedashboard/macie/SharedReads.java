package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.maciedashboard.admission.RequestAdmission;

/**
 * Identical Macie reads share one call while it runs, and its answer is kept for a short
 * while, so that many people watching the same jobs cost Macie one request. Once an
 * answer is older than its time to live, the next read still gets it while one read in
 * the background replaces it (stale while revalidate): people clicking through pages then
 * do not wait, each in turn, for the read that renews an answer everyone shares
 * (LoadBenchmark: under load, one wait for Macie put a page back behind every request
 * that arrived meanwhile). Past twice its time to live (after a quiet spell) the next
 * read renews it on its own thread and waits; readers that come meanwhile still get the
 * old answer rather than all waiting on that one read (thread dumps under load: 46 pages
 * parked on one read). An answer that can no longer change (an ended job) is kept longer.
 * Changes made through the dashboard forget every kept answer; failures are never kept. A
 * Caffeine {@link AsyncCache}: one load per key, each entry's expiry chosen from its
 * answer.
 */
final class SharedReads {

	private final AsyncCache<Object, Kept> reads;

	private final Clock clock;

	private final long timeToLive;

	/** Runs the background reads that renew answers past their time to live. */
	private final Executor renewals;

	/** The keys being renewed in the background: one renewal per key at a time. */
	private final Set<Object> renewing = ConcurrentHashMap.newKeySet();

	/** How many times every kept answer was forgotten. */
	private final AtomicLong forgotten = new AtomicLong();

	/**
	 * @param timeToLive how long an answer is kept
	 * @param finalTimeToLive how long an answer that can no longer change is kept
	 * @param renewalAtMost the longest a renewal can take (Macie's call timeout), beyond
	 * which an old answer is no longer kept for the readers waiting on it
	 * @param renewals runs the background reads that renew an answer past its time to
	 * live
	 */
	SharedReads(Clock clock, Duration timeToLive, Duration finalTimeToLive, Duration renewalAtMost, Executor renewals) {
		this.clock = clock;
		this.timeToLive = timeToLive.toMillis();
		this.renewals = renewals;
		Duration keptAtMost = timeToLive.isZero() ? Duration.ZERO : timeToLive.multipliedBy(2).plus(renewalAtMost);
		this.reads = Caffeine.newBuilder()
			.ticker(() -> Math.multiplyExact(clock.millis(), 1_000_000L))
			.expireAfter(Expiry.<Object, Kept>writing((key, kept) -> kept.isFinal ? finalTimeToLive : keptAtMost))
			.executor(Runnable::run)
			.buildAsync();
	}

	/**
	 * @param key what is read, equal for identical reads (e.g. the region, the operation
	 * and its query)
	 * @param isFinal whether an answer can no longer change, so that it is kept for the
	 * final time to live
	 */
	@SuppressWarnings("unchecked")
	<T> T read(Object key, Supplier<T> call, Predicate<? super T> isFinal) {
		CompletableFuture<Kept> mine = new CompletableFuture<>();
		CompletableFuture<Kept> current = this.reads.asMap().computeIfAbsent(key, (k) -> mine);
		if (current == mine) {
			// the call runs on the caller's thread, as it always did
			load(mine, call, isFinal);
		}
		else if (isPastTimeToLive(current) && this.renewing.add(key)) {
			// the first read after a quiet spell waits for a new answer, on its own
			// thread
			boolean tooOld = isTooOld(current);
			CompletableFuture<Kept> renewed = renew(key, current, call, isFinal,
					tooOld ? Runnable::run : this.renewals);
			current = tooOld ? renewed : current;
		}
		try {
			return (T) RequestAdmission.join(current).answer;
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) ex.getCause();
		}
	}

	/**
	 * The answer kept for an identical read, or null when there is none yet (or its read
	 * is still running or failed): never waits, and never calls Macie on the caller's
	 * thread. An answer past its time to live is given while it is renewed in the
	 * background, as by {@link #read}.
	 */
	@SuppressWarnings("unchecked")
	<T> T kept(Object key, Supplier<T> call, Predicate<? super T> isFinal) {
		CompletableFuture<Kept> current = this.reads.getIfPresent(key);
		if (current == null || !current.isDone() || current.isCompletedExceptionally()) {
			return null;
		}
		if (isPastTimeToLive(current) && this.renewing.add(key)) {
			renew(key, current, call, isFinal, this.renewals);
			return isTooOld(current) ? null : (T) current.join().answer;
		}
		return (T) current.join().answer;
	}

	private <T> void load(CompletableFuture<Kept> kept, Supplier<T> call, Predicate<? super T> isFinal) {
		try {
			T answer = call.get();
			kept.complete(new Kept(answer, isFinal.test(answer), this.clock.millis()));
		}
		catch (RuntimeException | Error ex) {
			kept.completeExceptionally(ex);
		}
	}

	private boolean isPastTimeToLive(CompletableFuture<Kept> kept) {
		return isOlderThan(kept, this.timeToLive);
	}

	/**
	 * Older than twice its time to live: given only to readers that come while its
	 * renewal is under way, so that they do not all wait in turn for one read.
	 */
	private boolean isTooOld(CompletableFuture<Kept> kept) {
		return isOlderThan(kept, 2 * this.timeToLive);
	}

	private boolean isOlderThan(CompletableFuture<Kept> kept, long millis) {
		return kept.isDone() && !kept.isCompletedExceptionally() && !kept.join().isFinal
				&& this.clock.millis() - kept.join().readAt >= millis;
	}

	/**
	 * Reads again in the background and keeps the new answer in place of the old one,
	 * unless the old one was forgotten meanwhile (a change made through the dashboard,
	 * which a read begun before it must not undo). A failed renewal keeps the old answer
	 * until it is twice its time to live; the read after that tries again on its own
	 * thread and fails as Macie does.
	 */
	private <T> CompletableFuture<Kept> renew(Object key, CompletableFuture<Kept> old, Supplier<T> call,
			Predicate<? super T> isFinal, Executor executor) {
		CompletableFuture<Kept> renewed = new CompletableFuture<>();
		try {
			executor.execute(() -> {
				try {
					load(renewed, call, isFinal);
					if (!renewed.isCompletedExceptionally()) {
						this.reads.asMap().replace(key, old, renewed);
					}
				}
				finally {
					this.renewing.remove(key);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the old answer is still good for the page being drawn
			this.renewing.remove(key);
			renewed.complete(old.join());
		}
		return renewed;
	}

	/**
	 * After a change: later reads go to Macie again (reads already under way finish for
	 * those waiting).
	 */
	void forgetAll() {
		this.forgotten.incrementAndGet();
		this.reads.synchronous().invalidateAll();
	}

	/**
	 * How many times every kept answer was forgotten (after changes): what was read
	 * before a later count may be out of date.
	 */
	long forgotten() {
		return this.forgotten.get();
	}

	private record Kept(Object answer, boolean isFinal, long readAt) {
	}

}
