package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Identical Macie reads share one call while it runs, and its answer is kept for a short
 * while, so that many people watching the same jobs cost Macie one request. An answer
 * that can no longer change (an ended job) is kept longer. Changes made through the
 * dashboard forget every kept answer; failures are never kept.
 */
final class SharedReads {

	private final Clock clock;

	private final Duration timeToLive;

	private final Duration finalTimeToLive;

	private final Map<Object, Read> reads = new ConcurrentHashMap<>();

	/**
	 * @param timeToLive how long an answer is kept
	 * @param finalTimeToLive how long an answer that can no longer change is kept
	 */
	SharedReads(Clock clock, Duration timeToLive, Duration finalTimeToLive) {
		this.clock = clock;
		this.timeToLive = timeToLive;
		this.finalTimeToLive = finalTimeToLive;
	}

	/**
	 * @param key what is read, equal for identical reads (e.g. the region, the operation
	 * and its query)
	 * @param isFinal whether an answer can no longer change, so that it is kept for the
	 * final time to live
	 */
	@SuppressWarnings("unchecked")
	<T> T read(Object key, Supplier<T> call, Predicate<? super T> isFinal) {
		Read mine = new Read();
		Read current = this.reads.compute(key, (k, kept) -> (kept != null && isUsable(kept)) ? kept : mine);
		if (current != mine) {
			return (T) current.join();
		}
		forgetExpired();
		try {
			T answer = call.get();
			mine.keptUntil = this.clock.instant().plus(isFinal.test(answer) ? this.finalTimeToLive : this.timeToLive);
			mine.answer.complete(answer);
			return answer;
		}
		catch (RuntimeException | Error ex) {
			this.reads.remove(key, mine);
			mine.answer.completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * After a change: later reads go to Macie again (reads already under way finish for
	 * those waiting).
	 */
	void forgetAll() {
		this.reads.clear();
	}

	private boolean isUsable(Read read) {
		Instant keptUntil = read.keptUntil;
		return keptUntil == null || this.clock.instant().isBefore(keptUntil);
	}

	private void forgetExpired() {
		this.reads.values().removeIf((read) -> !isUsable(read));
	}

	private static final class Read {

		private final CompletableFuture<Object> answer = new CompletableFuture<>();

		/** null while the call runs */
		private volatile Instant keptUntil;

		Object join() {
			try {
				return this.answer.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw (RuntimeException) ex.getCause();
			}
		}

	}

}
