package io.maciedashboard.admission;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RequestAdmissionTest {

	private final List<String> events = new CopyOnWriteArrayList<>();

	@Test
	void aRequestWaitsForATurnWhileAnotherIsAtWork() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
		CountDownLatch firstIn = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		CompletableFuture<Void> first = serve(admission, "/jobs", () -> {
			this.events.add("first in");
			firstIn.countDown();
			await(firstMayEnd);
			this.events.add("first out");
		});
		await(firstIn);
		CompletableFuture<Void> second = serve(admission, "/jobs", () -> this.events.add("second in"));
		Thread.sleep(200);
		assertThat(second).isNotDone();
		firstMayEnd.countDown();
		CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
		assertThat(this.events).containsExactly("first in", "first out", "second in");
		assertThat(admission.freeTurns()).isOne();
	}

	@Test
	void aRequestGivesBackItsTurnWhileItWaitsAndTakesOneAgainAfter() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
		CountDownLatch secondIn = new CountDownLatch(1);
		CompletableFuture<Void> first = serve(admission, "/jobs", () -> {
			this.events.add("first in");
			RequestAdmission.whileWaiting(() -> {
				// the second request is admitted only because this one gave its turn back
				serve(admission, "/jobs", () -> {
					this.events.add("second in");
					secondIn.countDown();
				});
				await(secondIn);
				return null;
			});
			assertThat(admission.freeTurns()).isZero();
			this.events.add("first out");
		});
		first.get(10, TimeUnit.SECONDS);
		assertThat(this.events).containsExactly("first in", "second in", "first out");
		assertThat(admission.freeTurns()).isOne();
	}

	@Test
	void aFutureAlreadyDoneIsTakenWithoutGivingBackTheTurn() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
		serve(admission, "/jobs", () -> {
			assertThat(RequestAdmission.join(CompletableFuture.completedFuture("kept"))).isEqualTo("kept");
			assertThat(RequestAdmission.get(CompletableFuture.completedFuture("kept"), System.nanoTime()))
				.isEqualTo("kept");
			this.events.add("turns free while at work: " + admission.freeTurns());
		}).get(10, TimeUnit.SECONDS);
		assertThat(this.events).containsExactly("turns free while at work: 0");
	}

	@Test
	void aFutureNotDoneIsWaitedForWithTheTurnGivenBack() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
		CompletableFuture<String> answer = new CompletableFuture<>();
		CompletableFuture<Void> late = new CompletableFuture<>();
		serve(admission, "/jobs", () -> {
			// another request is admitted (and answers) while this one waits
			serve(admission, "/jobs", () -> answer.complete("answered"));
			assertThat(RequestAdmission.join(answer)).isEqualTo("answered");
			assertThatExceptionOfType(TimeoutException.class)
				.isThrownBy(() -> RequestAdmission.get(late, System.nanoTime() + 50_000_000));
			this.events.add("turns free after waiting: " + admission.freeTurns());
		}).get(10, TimeUnit.SECONDS);
		assertThat(this.events).containsExactly("turns free after waiting: 0");
		assertThat(admission.freeTurns()).isOne();
	}

	@Test
	void aRequestThatWaitedTheLongestAllowedGoesAheadWithoutATurn() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(100));
		HeldTurn first = holdTheTurn(admission);
		serve(admission, "/jobs", () -> this.events.add("second in")).get(10, TimeUnit.SECONDS);
		assertThat(this.events).containsExactly("second in");
		first.end();
		// the one that went ahead gave back no turn it did not hold
		assertThat(admission.freeTurns()).isOne();
	}

	@Test
	void aRequestRecordsHowLongItWaitedForTurnsInAllForTheAccessLog() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
		MockHttpServletRequest alone = new MockHttpServletRequest("GET", "/jobs");
		serve(admission, alone, () -> this.events.add("alone")).get(10, TimeUnit.SECONDS);
		HeldTurn first = holdTheTurn(admission);
		MockHttpServletRequest behind = new MockHttpServletRequest("GET", "/jobs");
		CompletableFuture<Void> second = serve(admission, behind, () -> RequestAdmission.whileWaiting(() -> {
			// and again after waiting for Macie, behind one that took the turn meanwhile
			HeldTurn third = holdTheTurn(admission);
			CompletableFuture.runAsync(() -> endAfter(third, 300));
			return null;
		}));
		endAfter(first, 200);
		second.get(10, TimeUnit.SECONDS);
		assertThat((long) alone.getAttribute(RequestAdmission.WAITED_ATTRIBUTE)).isLessThan(200_000);
		assertThat((long) behind.getAttribute(RequestAdmission.WAITED_ATTRIBUTE)).isGreaterThanOrEqualTo(500_000);
	}

	@Test
	void eventStreamsAndHealthProbesNeverWaitForATurn() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
		HeldTurn first = holdTheTurn(admission);
		for (String path : List.of("/jobs/events", "/jobs/111122223333/us-east-1/abc/events",
				"/actuator/health/readiness")) {
			serve(admission, path, () -> this.events.add(path)).get(10, TimeUnit.SECONDS);
		}
		assertThat(this.events).hasSize(3);
		first.end();
	}

	@Test
	void outsideARequestWaitingIsOnlyWaiting() throws Exception {
		assertThat(RequestAdmission.whileWaiting(() -> "answer")).isEqualTo("answer");
		assertThat(RequestAdmission.join(CompletableFuture.supplyAsync(() -> "later"))).isEqualTo("later");
	}

	@Test
	void theLimitIsTwiceTheProcessorsUnlessSetAndNoneWhenNegative() {
		int processors = Runtime.getRuntime().availableProcessors();
		assertThat(new AdmissionProperties(0, Duration.ofSeconds(5)).limit()).isEqualTo(2 * processors);
		assertThat(new AdmissionProperties(3, Duration.ofSeconds(5)).limit()).isEqualTo(3);
		assertThat(new AdmissionProperties(-1, Duration.ofSeconds(5)).limit()).isZero();
	}

	/** A request that holds the turn until {@link HeldTurn#end}. */
	private static HeldTurn holdTheTurn(RequestAdmission admission) throws InterruptedException {
		CountDownLatch in = new CountDownLatch(1);
		CountDownLatch mayEnd = new CountDownLatch(1);
		CompletableFuture<Void> request = serve(admission, "/jobs", () -> {
			in.countDown();
			await(mayEnd);
		});
		await(in);
		return new HeldTurn(mayEnd, request);
	}

	private static void endAfter(HeldTurn turn, long millis) {
		try {
			Thread.sleep(millis);
			turn.end();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record HeldTurn(CountDownLatch mayEnd, CompletableFuture<Void> request) {

		void end() throws Exception {
			this.mayEnd.countDown();
			this.request.get(10, TimeUnit.SECONDS);
		}

	}

	/** Serves a request to the path on a thread of its own; the work is the servlet. */
	private static CompletableFuture<Void> serve(RequestAdmission admission, String path, Work work) {
		return serve(admission, new MockHttpServletRequest("GET", path), work);
	}

	private static CompletableFuture<Void> serve(RequestAdmission admission, MockHttpServletRequest request,
			Work work) {
		return CompletableFuture.runAsync(() -> {
			FilterChain servlet = (served, response) -> {
				try {
					work.run();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			};
			try {
				admission.doFilter(request, new MockHttpServletResponse(), servlet);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, (runnable) -> new Thread(runnable).start());
	}

	private static void await(CountDownLatch latch) throws InterruptedException {
		assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

}
