package io.maciedashboard.database;

/**
 * Rows a feature keeps only for a while. {@link RetentionTasks} deletes the old ones of
 * every retention once a day, each under its own lock, so that one instance at a time
 * does it.
 */
public interface Retention {

	/** The name of its lock in ShedLock's table, e.g. {@code audit-retention}. */
	String lockName();

	/** Deletes what is older than the feature keeps (nothing when it keeps all). */
	void deleteOldRows();

}
