package io.maciedashboard.audit;

/** What an audit row records someone (or the dashboard itself) doing. */
public enum AuditAction {

	CREATE("Create", "Created"), PAUSE("Pause", "Paused"), RESUME("Resume", "Resumed"), CANCEL("Cancel", "Cancelled"),
	/** The retention task deleting rows older than {@code dashboard.audit.retention}. */
	DELETE_OLD_ROWS("Delete old audit rows", "Deleted old audit rows"),
	/** A person starting or stopping to watch a job, or every job, for alerts. */
	WATCH("Watch", "Watched"), UNWATCH("Stop watching", "Stopped watching"),
	/**
	 * A person changing their alert e-mail, or making or revoking their calendar feed.
	 */
	ALERT_SETTINGS("Change alert settings", "Changed alert settings"),
	/** An operator adding or removing a team channel for alerts. */
	ADD_TEAM_CHANNEL("Add team channel", "Added team channel"),
	REMOVE_TEAM_CHANNEL("Remove team channel", "Removed team channel"),
	/** An operator sending a failed notification again. */
	RETRY_NOTIFICATION("Retry notification", "Retried notification");

	private final String label;

	private final String past;

	AuditAction(String label, String past) {
		this.label = label;
		this.past = past;
	}

	public String label() {
		return this.label;
	}

	public String past() {
		return this.past;
	}

}
