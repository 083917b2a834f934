package io.maciedashboard.watch;

import java.util.function.Consumer;

/**
 * After a change the dashboard made (an operator paused a job), every viewer of the
 * changed thing sees it at once: this instance's watcher reads it now
 * ({@link Watcher#refresh}), and the dashboard's other instances are told, so that theirs
 * do the same if they watch it (on PostgreSQL, through
 * {@link io.maciedashboard.database.InstanceNotices}; an H2 database has no other
 * instance). A key crosses instances as its {@code toString()}, which must name the thing
 * alike on every instance: a record of values does.
 */
public class Refreshes {

	private final Watcher watcher;

	private final Consumer<String> otherInstances;

	Refreshes(Watcher watcher, Consumer<String> otherInstances) {
		this.watcher = watcher;
		this.otherInstances = otherInstances;
	}

	/** After a change to {@code key} made on this instance. */
	public void refresh(Object key) {
		this.watcher.refresh(key);
		this.otherInstances.accept(key.toString());
	}

	/** After another instance announced a change to the key named so. */
	void refreshAnnounced(String key) {
		this.watcher.refreshWhere((watched) -> watched.toString().equals(key));
	}

}
