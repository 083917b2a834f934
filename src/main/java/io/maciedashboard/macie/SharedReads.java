package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Identical Macie reads share one call while it runs, and its answer is kept for a short
 * while, so that many people watching the same jobs cost Macie one request. An answer
 * that can no longer change (an ended job) is kept longer. Changes made through the
 * dashboard forget every kept answer; failures are never kept. A Caffeine
 * {@link AsyncCache}: one load per key, each entry's expiry chosen from its answer.
 */
final class SharedReads {

	private final AsyncCache<Object, Kept> reads;

	/** How many times every kept answer was forgotten. */
	private final AtomicLong forgotten = new AtomicLong();

	/**
	 * @param timeToLive how long an answer is kept
	 * @param finalTimeToLive how long an answer that can no longer change is kept
	 */
	SharedReads(Clock clock, Duration timeToLive, Duration finalTimeToLive) {
		this.reads = Caffeine.newBuilder()
			.ticker(() -> Math.multiplyExact(clock.millis(), 1_000_000L))
			.expireAfter(Expiry.<Object, Kept>creating((key, kept) -> kept.isFinal ? finalTimeToLive : timeToLive))
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
			try {
				T answer = call.get();
				mine.complete(new Kept(answer, isFinal.test(answer)));
			}
			catch (RuntimeException | Error ex) {
				mine.completeExceptionally(ex);
			}
		}
		try {
			return (T) current.join().answer;
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) ex.getCause();
		}
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

	private record Kept(Object answer, boolean isFinal) {
	}

}
