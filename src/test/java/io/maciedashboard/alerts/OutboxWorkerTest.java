package io.maciedashboard.alerts;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.maciedashboard.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The outbox's delivery, on a real outbox (H2) with a courier that answers as told and a
 * clock the test moves: a failure that may pass is tried again after 30 s, 1 min, 2 min
 * ... up to max-attempts, then failed; a refusal fails at once; every attempt is
 * recorded.
 */
class OutboxWorkerTest {

	/** When the notifications were added (due at once). */
	static final Instant T0 = AlertRepositoriesContract.T0;

	static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	static final int MAX_ATTEMPTS = 4;

	TestDatabase database;

	OutboxRepository outbox;

	ScriptedCourier courier = new ScriptedCourier();

	Instant now = T0;

	OutboxWorker worker;

	@BeforeEach
	void worker() {
		this.database = TestDatabase.h2();
		this.outbox = new OutboxRepository(this.database.dataSource());
		Clock clock = mock(Clock.class);
		given(clock.instant()).willAnswer((call) -> this.now);
		AlertsProperties properties = new AlertsProperties(Duration.ofMinutes(5), List.of(Duration.ofHours(1)),
				URI.create("https://dashboard.example.com"), Duration.ofSeconds(10), MAX_ATTEMPTS, FIRST_RETRY,
				List.of(), false);
		this.worker = new OutboxWorker(this.outbox, List.of(this.courier), properties, clock);
	}

	@AfterEach
	void drop() {
		this.database.close();
	}

	/** A notification to send by e-mail, as the sweep adds it. */
	private long queued() {
		this.outbox.add(AlertRepositoriesContract.notification("person:ana", "x/PT1H"));
		return this.outbox.due(T0, 10).get(0).id();
	}

	private Notification stored(long id) {
		return this.outbox.find(id).orElseThrow();
	}

	/** Moves the clock to T0 plus this many seconds and lets the worker run once. */
	private int deliverAt(long seconds) {
		this.now = T0.plusSeconds(seconds);
		return this.worker.deliverDue();
	}

	@Test
	void aFailureThatMayPassIsRetriedWithDoublingWaitsThenMarkedFailed() {
		long id = queued();
		this.courier.answerAlways(DeliveryResult.failed(503, "The receiver answered 503 (busy).", true));

		// attempts at 0 s, then 30 s, 60 s and 120 s after each: 0, 30, 90, 210
		assertThat(deliverAt(0)).isZero();
		assertThat(stored(id).nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
		assertThat(deliverAt(29)).isZero();
		assertThat(this.courier.calls).as("not due before its wait").hasSize(1);
		deliverAt(30);
		assertThat(stored(id).nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
		deliverAt(89);
		deliverAt(90);
		assertThat(stored(id).nextAttemptAt()).isEqualTo(T0.plusSeconds(210));
		assertThat(stored(id).state()).isEqualTo(Notification.State.PENDING);
		deliverAt(209);
		deliverAt(210);
		deliverAt(10_000);

		Notification failed = stored(id);
		assertThat(failed.state()).isEqualTo(Notification.State.FAILED);
		assertThat(failed.attempts()).isEqualTo(MAX_ATTEMPTS);
		assertThat(failed.lastProblem()).isEqualTo("The receiver answered 503 (busy).");
		assertThat(this.courier.calls).hasSize(MAX_ATTEMPTS);
		assertThat(this.outbox.attempts(id)).extracting(DeliveryAttempt::at)
			.containsExactly(T0, T0.plusSeconds(30), T0.plusSeconds(90), T0.plusSeconds(210));
		assertThat(this.outbox.attempts(id)).allSatisfy((attempt) -> {
			assertThat(attempt.delivered()).isFalse();
			assertThat(attempt.statusCode()).isEqualTo(503);
		});
	}

	@Test
	void aRefusalFailsAtOnce() {
		long id = queued();
		this.courier.answerAlways(DeliveryResult.failed(404, "The receiver answered 404 (not found).", false));

		deliverAt(0);
		deliverAt(10_000);

		assertThat(stored(id).state()).isEqualTo(Notification.State.FAILED);
		assertThat(this.outbox.attempts(id))
			.containsExactly(new DeliveryAttempt(T0, false, 404, "The receiver answered 404 (not found)."));
	}

	@Test
	void aDeliveryMarksItSentAfterTheFailuresBeforeIt() {
		long id = queued();
		this.courier.answer(DeliveryResult.failed(null, "The receiver did not answer in time.", true),
				DeliveryResult.delivered(204));

		assertThat(deliverAt(0)).isZero();
		assertThat(deliverAt(30)).isEqualTo(1);
		assertThat(deliverAt(10_000)).as("sent once").isZero();

		Notification sent = stored(id);
		assertThat(sent.state()).isEqualTo(Notification.State.DELIVERED);
		assertThat(sent.deliveredAt()).isEqualTo(T0.plusSeconds(30));
		assertThat(this.outbox.attempts(id)).containsExactly(
				new DeliveryAttempt(T0, false, null, "The receiver did not answer in time."),
				new DeliveryAttempt(T0.plusSeconds(30), true, 204, null));
		assertThat(this.courier.calls).hasSize(2)
			.allSatisfy((message) -> assertThat(message.jobUrl())
				.isEqualTo("https://dashboard.example.com/jobs/111122223333/us-east-1/job-1"));
	}

	@Test
	void aCourierThatThrowsIsAFailureThatMayPassAndIsRecorded() {
		long id = queued();
		this.courier.failWith(new IllegalStateException("connection pool shut down"));

		deliverAt(0);

		Notification pending = stored(id);
		assertThat(pending.state()).isEqualTo(Notification.State.PENDING);
		assertThat(pending.nextAttemptAt()).isEqualTo(T0.plus(FIRST_RETRY));
		assertThat(this.outbox.attempts(id)).extracting(DeliveryAttempt::problem)
			.containsExactly("The dashboard could not send it: connection pool shut down");
	}

	@Test
	void aChannelWithoutACourierFailsAtOnceSayingSo() {
		Notification email = AlertRepositoriesContract.notification("team:1", "x/PT1H");
		this.outbox
			.add(new Notification(null, email.account(), email.region(), email.jobId(), email.jobName(), email.kind(),
					email.occurrence(), email.recipient(), Notification.Channel.WEBHOOK, "https://hooks.example.com/x",
					email.title(), email.body(), T0, T0, Notification.State.PENDING, 0, T0, null, null));
		long id = this.outbox.due(T0, 10).get(0).id();

		deliverAt(0);

		assertThat(stored(id).state()).isEqualTo(Notification.State.FAILED);
		assertThat(stored(id).lastProblem()).contains("cannot send Webhook notifications");
		assertThat(this.courier.calls).isEmpty();
	}

	/**
	 * An e-mail courier that answers what the test tells it, and remembers each message.
	 */
	static final class ScriptedCourier implements Courier {

		final List<AlertMessage> calls = new ArrayList<>();

		private final Deque<DeliveryResult> answers = new ArrayDeque<>();

		private DeliveryResult always;

		private RuntimeException failure;

		void answer(DeliveryResult... answers) {
			this.answers.addAll(List.of(answers));
		}

		void answerAlways(DeliveryResult answer) {
			this.always = answer;
		}

		void failWith(RuntimeException failure) {
			this.failure = failure;
		}

		@Override
		public Notification.Channel channel() {
			return Notification.Channel.EMAIL;
		}

		@Override
		public DeliveryResult deliver(Notification notification, AlertMessage message) {
			this.calls.add(message);
			if (this.failure != null) {
				throw this.failure;
			}
			return this.answers.isEmpty() ? this.always : this.answers.poll();
		}

	}

}
