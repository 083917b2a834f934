package io.maciedashboard.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener against connections the test scripts: refused, dropped after a
 * notification, and healthy again.
 */
class NotificationListenerTest {

	private final BlockingQueue<String> delivered = new LinkedBlockingQueue<>();

	private final List<FakeConnection> connections = new CopyOnWriteArrayList<>();

	private final AtomicInteger attempts = new AtomicInteger();

	private NotificationListener listener;

	@AfterEach
	void stop() {
		if (this.listener != null) {
			this.listener.stop();
		}
	}

	@Test
	void connectsAgainAfterRefusalsAndADropAndDeliversWhatEachConnectionHears() throws Exception {
		// refused twice, then a connection that hears "one" and drops, then one that
		// hears "two"
		List<List<String>> script = new ArrayList<>(List.of(List.of("one"), List.of("two")));
		this.listener = new NotificationListener(() -> {
			if (this.attempts.incrementAndGet() <= 2) {
				throw new SQLException("Connection refused");
			}
			FakeConnection connection = new FakeConnection(script.isEmpty() ? List.of() : script.remove(0),
					this.connections.isEmpty());
			this.connections.add(connection);
			return connection;
		}, this.delivered::add, Duration.ofMillis(1), Duration.ofMillis(8));

		this.listener.start();

		assertThat(this.delivered.poll(10, TimeUnit.SECONDS)).isEqualTo("one");
		assertThat(this.delivered.poll(10, TimeUnit.SECONDS)).isEqualTo("two");
		assertThat(this.attempts).hasValue(4);
		assertThat(this.connections.get(0).closed).as("the dropped connection is closed").isTrue();
		assertThat(this.listener.isRunning()).isTrue();
	}

	@Test
	void aHandlerThatFailsDoesNotStopTheListening() throws Exception {
		List<String> handled = new CopyOnWriteArrayList<>();
		this.listener = new NotificationListener(() -> new FakeConnection(List.of("bad", "good"), false), (payload) -> {
			if (payload.equals("bad")) {
				throw new IllegalArgumentException("no such job");
			}
			handled.add(payload);
			this.delivered.add(payload);
		}, Duration.ofMillis(1), Duration.ofMillis(8));

		this.listener.start();

		assertThat(this.delivered.poll(10, TimeUnit.SECONDS)).isEqualTo("good");
		assertThat(handled).containsExactly("good");
	}

	@Test
	void stopsListeningAndClosesItsConnection() throws Exception {
		this.listener = new NotificationListener(() -> {
			FakeConnection connection = new FakeConnection(List.of("hello"), false);
			this.connections.add(connection);
			return connection;
		}, this.delivered::add, Duration.ofMillis(1), Duration.ofMillis(8));
		this.listener.start();
		assertThat(this.delivered.poll(10, TimeUnit.SECONDS)).isEqualTo("hello");

		this.listener.stop();

		assertThat(this.listener.isRunning()).isFalse();
		assertThat(this.connections).singleElement().satisfies((connection) -> assertThat(connection.closed).isTrue());
	}

	/**
	 * Hears its payloads at the first wait; then, if it drops, fails the next wait, or
	 * else hears nothing more.
	 */
	private static final class FakeConnection implements NotificationListener.Listening {

		private final List<String> payloads;

		private final boolean drops;

		private boolean heard;

		private volatile boolean closed;

		FakeConnection(List<String> payloads, boolean drops) {
			this.payloads = payloads;
			this.drops = drops;
		}

		@Override
		public List<String> await(int timeoutMillis) throws SQLException {
			if (!this.heard) {
				this.heard = true;
				return this.payloads;
			}
			if (this.drops) {
				throw new SQLException("An I/O error occurred while sending to the backend.");
			}
			try {
				Thread.sleep(Math.min(timeoutMillis, 20));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return List.of();
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
