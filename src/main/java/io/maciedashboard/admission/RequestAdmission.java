package io.maciedashboard.admission;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most a few requests at work at once; the others wait for a turn in arrival order.
 * Without it every request that arrives starts at once, and when the processors are
 * saturated the virtual threads' scheduler leaves some runnable requests unscheduled for
 * seconds while newer ones run (LoadBenchmark, 50 people clicking on 2 cores: p99 15-25
 * times p50, some pages 15-22 s). A request gives its turn back while it waits for Macie
 * or for another thread ({@link #whileWaiting}), so turns limit only work on the
 * processors: a slow Macie never makes other pages wait behind the ones that need it.
 * Event streams (they hold their request open for minutes) and the health probes (a load
 * balancer must hear from them under load) never wait for a turn.
 */
public final class RequestAdmission extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

	/** The admission whose turn the current thread holds, if it holds one. */
	private static final ThreadLocal<RequestAdmission> TURN = new ThreadLocal<>();

	private final Semaphore turns;

	private final long maxWaitNanos;

	/** Requests that went ahead without a turn after waiting the longest allowed. */
	private final AtomicLong wentAhead = new AtomicLong();

	/**
	 * @param turns how many requests may be at work at once
	 * @param maxWait how long a request waits for a turn before it goes ahead without one
	 */
	RequestAdmission(int turns, Duration maxWait) {
		this.turns = new Semaphore(turns, true);
		this.maxWaitNanos = maxWait.toNanos();
	}

	/**
	 * Waits for something other than the processors (a Macie call, another thread's
	 * answer) with the current request's turn given back, and takes a turn again after.
	 * Outside a request, or in one that holds no turn, it only waits.
	 */
	public static <T, E extends Exception> T whileWaiting(Wait<T, E> wait) throws E {
		RequestAdmission admission = giveBackTurn();
		try {
			return wait.get();
		}
		finally {
			takeTurnAgain(admission);
		}
	}

	/**
	 * The future's answer, as {@link CompletableFuture#join}; while it is not done yet
	 * the current request's turn is given back.
	 */
	public static <T> T join(CompletableFuture<T> future) {
		return future.isDone() ? future.join() : whileWaiting(future::join);
	}

	/**
	 * The future's answer, waiting for it until a deadline ({@link System#nanoTime()}) as
	 * {@link CompletableFuture#get(long, TimeUnit)} does; while it is not done yet the
	 * current request's turn is given back.
	 */
	public static <T> T get(CompletableFuture<T> future, long deadlineNanos)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (future.isDone()) {
			return future.get();
		}
		RequestAdmission admission = giveBackTurn();
		try {
			return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		finally {
			takeTurnAgain(admission);
		}
	}

	/** The admission whose turn the current thread gave back, or null if it held none. */
	private static RequestAdmission giveBackTurn() {
		RequestAdmission admission = TURN.get();
		if (admission != null) {
			admission.giveBack();
		}
		return admission;
	}

	private static void takeTurnAgain(RequestAdmission admission) {
		if (admission != null) {
			admission.take();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.endsWith("/events");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		take();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (TURN.get() == this) {
				giveBack();
			}
		}
	}

	/** Takes a turn, or goes ahead without one after the longest wait allowed. */
	private void take() {
		try {
			if (this.turns.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS)) {
				TURN.set(this);
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		long count = this.wentAhead.incrementAndGet();
		if (Long.bitCount(count) == 1) {
			// the 1st, 2nd, 4th, 8th... time: a sign, not a flood
			log.warn(
					"{} request(s) went ahead without a turn after waiting {} ms: requests hold their turns "
							+ "too long (a slow database?) or more come than the processors can serve",
					count, TimeUnit.NANOSECONDS.toMillis(this.maxWaitNanos));
		}
	}

	private void giveBack() {
		TURN.remove();
		this.turns.release();
	}

	/** Turns free now (for tests). */
	int freeTurns() {
		return this.turns.availablePermits();
	}

	/** Something waited for, which may throw what it declares. */
	@FunctionalInterface
	public interface Wait<T, E extends Exception> {

		T get() throws E;

	}

}
