package io.maciedashboard.audit;

/** What an audit row records someone (or the dashboard itself) doing. */
public enum AuditAction {

	CREATE("Create", "Created"), PAUSE("Pause", "Paused"), RESUME("Resume", "Resumed"), CANCEL("Cancel", "Cancelled"),
	/** The retention task deleting rows older than {@code dashboard.audit.retention}. */
	DELETE_OLD_ROWS("Delete old audit rows", "Deleted old audit rows");

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
