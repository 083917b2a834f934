package io.maciedashboard.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.TransactionException;

/**
 * Sessions in the database (shared by every instance, kept across restarts), and in this
 * instance's memory while the database does not answer: a person who is signed in keeps
 * using the pages that need only Macie, and one who signs in meanwhile gets a session
 * that lives here until it expires. After a failure the database is left alone for
 * {@link #PAUSE_AFTER_FAILURE}, so that requests do not each wait for it.
 */
final class FallbackSessionRepository implements SessionRepository<Session> {

	static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(FallbackSessionRepository.class);

	private final SessionRepository<Session> database;

	private final MapSessionRepository memory = new MapSessionRepository(new ConcurrentHashMap<>());

	private final Clock clock;

	private volatile Instant databaseSkippedUntil = Instant.MIN;

	@SuppressWarnings("unchecked")
	FallbackSessionRepository(SessionRepository<? extends Session> database, Duration maxInactiveInterval,
			Clock clock) {
		this.database = (SessionRepository<Session>) database;
		this.memory.setDefaultMaxInactiveInterval(maxInactiveInterval);
		this.clock = clock;
	}

	@Override
	public Session createSession() {
		// made in memory by either repository; where it is saved decides where it lives
		return databaseSkipped() ? this.memory.createSession() : this.database.createSession();
	}

	@Override
	public void save(Session session) {
		if (session instanceof MapSession local) {
			this.memory.save(local);
			return;
		}
		try {
			this.database.save(session);
		}
		catch (DataAccessException | TransactionException ex) {
			failed("save a session", ex);
			this.memory.save(new MapSession(session));
		}
	}

	@Override
	public Session findById(String id) {
		if (!databaseSkipped()) {
			try {
				Session found = this.database.findById(id);
				if (found != null) {
					return found;
				}
			}
			catch (DataAccessException | TransactionException ex) {
				failed("read a session", ex);
			}
		}
		return this.memory.findById(id);
	}

	@Override
	public void deleteById(String id) {
		this.memory.deleteById(id);
		if (!databaseSkipped()) {
			try {
				this.database.deleteById(id);
			}
			catch (DataAccessException | TransactionException ex) {
				failed("end a session", ex);
			}
		}
	}

	private boolean databaseSkipped() {
		return this.clock.instant().isBefore(this.databaseSkippedUntil);
	}

	private void failed(String what, NestedRuntimeException ex) {
		this.databaseSkippedUntil = this.clock.instant().plus(PAUSE_AFTER_FAILURE);
		log.warn("Could not {} in the database ({}); sessions are kept in this instance's memory meanwhile", what,
				ex.getMostSpecificCause().getMessage());
	}

}
