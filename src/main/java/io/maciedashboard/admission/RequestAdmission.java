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
 * balancer must hear from them under load) never wait for a turn. {@link CarrierThreads}
 * keeps carriers to spare, so that new requests reach this queue rather than wait to
 * start.
 */
public final class RequestAdmission extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

	/**
	 * The request attribute that holds, once the request is served, how long it waited
	 * for turns in all, in microseconds: Tomcat's access log shows it with
	 * {@code %{dashboard.admission.waited-us}r} beside the request's whole time
	 * ({@code %{us}T}), which tells queueing from work.
	 */
	public static final String WAITED_ATTRIBUTE = "dashboard.admission.waited-us";

	/** The current thread's request's turn, while it holds one. */
	private static final ThreadLocal<Turn> TURN = new ThreadLocal<>();

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
		Turn turn = giveBackTurn();
		try {
			return wait.get();
		}
		finally {
			takeTurnAgain(turn);
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
		Turn turn = giveBackTurn();
		try {
			return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		finally {
			takeTurnAgain(turn);
		}
	}

	/** The turn the current thread gave back, or null if it held none. */
	private static Turn giveBackTurn() {
		Turn turn = TURN.get();
		if (turn != null) {
			turn.admission.giveBack();
		}
		return turn;
	}

	private static void takeTurnAgain(Turn turn) {
		if (turn != null) {
			turn.admission.take(turn);
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
		Turn turn = new Turn(this);
		take(turn);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (TURN.get() == turn) {
				giveBack();
			}
			request.setAttribute(WAITED_ATTRIBUTE, TimeUnit.NANOSECONDS.toMicros(turn.waitedNanos));
		}
	}

	/**
	 * Takes a turn for this request, or goes ahead without one after the longest wait
	 * allowed.
	 */
	private void take(Turn turn) {
		long start = System.nanoTime();
		try {
			if (this.turns.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS)) {
				TURN.set(turn);
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		finally {
			turn.waitedNanos += System.nanoTime() - start;
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

	/** A request's turns, and how long it waited for them. */
	private static final class Turn {

		private final RequestAdmission admission;

		private long waitedNanos;

		Turn(RequestAdmission admission) {
			this.admission = admission;
		}

	}

	/** Something waited for, which may throw what it declares. */
	@FunctionalInterface
	public interface Wait<T, E extends Exception> {

		T get() throws E;

	}

}
