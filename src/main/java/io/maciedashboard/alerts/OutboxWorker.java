package io.maciedashboard.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: each due notification is claimed (so that another instance
 * leaves it alone), tried once through its channel's {@link Courier}, and the attempt
 * recorded. A failure that may pass is tried again after {@code first-retry-after},
 * doubling each time, until {@code max-attempts}; then, or at once for a refusal, it is
 * marked failed, for the notifications page to show (and an operator to retry). Times are
 * real time: waiting for a receiver is not Macie's time.
 */
@Component
class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	/** Due notifications taken per round. */
	static final int BATCH = 50;

	/** How long a claim holds: longer than any one attempt's timeouts. */
	static final Duration CLAIM = Duration.ofMinutes(2);

	private final OutboxRepository outbox;

	private final Map<Notification.Channel, Courier> couriers = new EnumMap<>(Notification.Channel.class);

	private final AlertsProperties properties;

	private final Clock clock;

	@Autowired
	OutboxWorker(OutboxRepository outbox, List<Courier> couriers, AlertsProperties properties) {
		this(outbox, couriers, properties, Clock.systemUTC());
	}

	OutboxWorker(OutboxRepository outbox, List<Courier> couriers, AlertsProperties properties, Clock clock) {
		this.outbox = outbox;
		couriers.forEach((courier) -> this.couriers.put(courier.channel(), courier));
		this.properties = properties;
		this.clock = clock;
	}

	/** Tries every due notification once; answers how many were delivered. */
	int deliverDue() {
		int delivered = 0;
		try {
			Instant now = this.clock.instant();
			for (Notification notification : this.outbox.due(now, BATCH)) {
				if (this.outbox.claim(notification.id(), now, now.plus(CLAIM))) {
					delivered += deliver(notification) ? 1 : 0;
				}
			}
		}
		catch (DataAccessException ex) {
			log.warn("Alerts: the outbox cannot be read now ({}); notifications wait",
					ex.getMostSpecificCause().getMessage());
		}
		return delivered;
	}

	private boolean deliver(Notification notification) {
		DeliveryResult result = attempt(notification);
		Instant at = this.clock.instant();
		int attempts = notification.attempts() + 1;
		Notification.State state;
		Instant next = at;
		if (result.delivered()) {
			state = Notification.State.DELIVERED;
		}
		else if (result.retryable() && attempts < this.properties.maxAttempts()) {
			state = Notification.State.PENDING;
			next = at.plus(this.properties.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20)));
		}
		else {
			state = Notification.State.FAILED;
			log.warn("Alerts: notification {} ({} to {}) failed: {}", notification.id(), notification.channel(),
					notification.recipient(), result.problem());
		}
		this.outbox.attempted(notification.id(),
				new DeliveryAttempt(at, result.delivered(), result.status(), result.problem()), state, next);
		return result.delivered();
	}

	private DeliveryResult attempt(Notification notification) {
		Courier courier = this.couriers.get(notification.channel());
		if (courier == null) {
			return new DeliveryResult(false, null,
					"This dashboard cannot send " + notification.channel().label() + " notifications (not configured).",
					false);
		}
		try {
			return courier.deliver(notification, notification.message(this.properties));
		}
		catch (RuntimeException ex) {
			log.warn("Alerts: delivering notification {} failed unexpectedly", notification.id(), ex);
			return new DeliveryResult(false, null, "The dashboard could not send it: " + ex.getMessage(), true);
		}
	}

}
