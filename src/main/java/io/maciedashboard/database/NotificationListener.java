package io.maciedashboard.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.SmartLifecycle;

/**
 * Listens on one PostgreSQL notification channel over a connection of its own (not one of
 * the pool's: a pooled connection goes back to the pool and stops listening) and hands
 * each payload to {@code payloads}, on a thread of its own. When the connection drops it
 * connects again after a wait that doubles from {@code firstBackOff} up to
 * {@code maxBackOff}; notifications sent meanwhile are lost (the watcher's own interval
 * catches up with them). It stops with the application.
 */
class NotificationListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(NotificationListener.class);

	/** How long one wait for notifications lasts, and so how soon a stop is seen. */
	private static final int WAIT_MILLIS = 500;

	private final Connector connector;

	private final Consumer<String> payloads;

	private final Duration firstBackOff;

	private final Duration maxBackOff;

	private volatile Thread thread;

	NotificationListener(Connector connector, Consumer<String> payloads, Duration firstBackOff, Duration maxBackOff) {
		this.connector = connector;
		this.payloads = payloads;
		this.firstBackOff = firstBackOff;
		this.maxBackOff = maxBackOff;
	}

	/** A connector of PostgreSQL's JDBC driver that listens on {@code channel}. */
	static Connector postgres(String url, String user, String password, String channel) {
		return () -> {
			Properties properties = new Properties();
			if (user != null) {
				properties.setProperty("user", user);
			}
			if (password != null) {
				properties.setProperty("password", password);
			}
			// a connection that silently went away is noticed, not waited on for ever
			properties.setProperty("tcpKeepAlive", "true");
			Connection connection = DriverManager.getConnection(url, properties);
			try (Statement listen = connection.createStatement()) {
				listen.execute("LISTEN " + channel);
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
			PGConnection postgres = connection.unwrap(PGConnection.class);
			return new Listening() {

				@Override
				public List<String> await(int timeoutMillis) throws SQLException {
					PGNotification[] notifications = postgres.getNotifications(timeoutMillis);
					return (notifications != null)
							? Arrays.stream(notifications).map(PGNotification::getParameter).toList() : List.of();
				}

				@Override
				public void close() throws SQLException {
					connection.close();
				}

			};
		};
	}

	@Override
	public void start() {
		Thread listening = new Thread(this::listen, "database-notifications");
		listening.setDaemon(true);
		this.thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		Thread listening = this.thread;
		this.thread = null;
		if (listening != null) {
			// wakes a back-off; a wait for notifications ends by itself within
			// WAIT_MILLIS
			listening.interrupt();
			try {
				listening.join(WAIT_MILLIS * 4L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private boolean listening() {
		return this.thread == Thread.currentThread();
	}

	private void listen() {
		Duration backOff = this.firstBackOff;
		while (listening()) {
			try (Listening connection = this.connector.open()) {
				if (backOff != this.firstBackOff) {
					logger.info("Listening for other instances' changes again");
				}
				backOff = this.firstBackOff;
				while (listening()) {
					connection.await(WAIT_MILLIS).forEach(this::deliver);
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!listening()) {
					return;
				}
				logger.warn("Not listening for other instances' changes (they reach this instance's pages within "
						+ "one refresh interval meanwhile); trying again in " + backOff.toMillis() + " ms: " + ex);
				try {
					Thread.sleep(backOff.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backOff = backOff.multipliedBy(2).compareTo(this.maxBackOff) < 0 ? backOff.multipliedBy(2)
						: this.maxBackOff;
			}
		}
	}

	private void deliver(String payload) {
		try {
			this.payloads.accept(payload);
		}
		catch (RuntimeException ex) {
			logger.warn("A change announced by another instance could not be handled: " + payload, ex);
		}
	}

	/** Opens a connection that listens. */
	@FunctionalInterface
	interface Connector {

		Listening open() throws SQLException;

	}

	/** A listening connection. */
	interface Listening extends AutoCloseable {

		/** The payloads that arrived, waiting at most this long for one. */
		List<String> await(int timeoutMillis) throws SQLException;

		@Override
		void close() throws SQLException;

	}

}
