package io.maciedashboard.database;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notices between the dashboard's instances that share a PostgreSQL database, through its
 * LISTEN/NOTIFY on one channel: a notice one instance sends reaches the handlers of every
 * other one within moments, and not its own (it knows already). Only on PostgreSQL
 * ({@link InstanceNoticesConfiguration}): an H2 database belongs to one instance.
 */
public class InstanceNotices {

	static final String CHANNEL = "macie_dashboard_notices";

	private static final Log logger = LogFactory.getLog(InstanceNotices.class);

	private final JdbcTemplate jdbc;

	/** Each notice starts with its sender's id, so that the sender skips its own. */
	private final String instance = UUID.randomUUID().toString();

	private final List<Consumer<String>> handlers = new CopyOnWriteArrayList<>();

	InstanceNotices(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Tells the other instances; a database that cannot be reached only delays what they
	 * show (their own reads catch up), so it is logged, not thrown.
	 */
	public void send(String notice) {
		try {
			this.jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, this.instance + " " + notice);
		}
		catch (DataAccessException ex) {
			logger.warn("Other instances were not told of a change (they see it within one refresh interval): " + ex);
		}
	}

	/** Hands {@code handler} each notice another instance sends from now on. */
	public void onNotice(Consumer<String> handler) {
		this.handlers.add(handler);
	}

	/** A payload as it arrived on the channel: the sender's id, a space, the notice. */
	void received(String payload) {
		int space = payload.indexOf(' ');
		if (space < 0 || payload.substring(0, space).equals(this.instance)) {
			return;
		}
		String notice = payload.substring(space + 1);
		this.handlers.forEach((handler) -> handler.accept(notice));
	}

}
