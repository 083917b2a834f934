package io.maciedashboard.macie;

/**
 * A classification job's status, as Macie reports it, with the plain label the pages
 * show.
 */
public enum JobStatus {

	RUNNING("Running"), IDLE("Idle, waiting for next run"), PAUSED("Paused by Macie (quota)"),
	USER_PAUSED("Paused by user"), COMPLETE("Complete"), CANCELLED("Cancelled");

	private final String label;

	JobStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the job can still change by itself, so that a page showing it should
	 * refresh.
	 */
	public boolean isLive() {
		return this != COMPLETE && this != CANCELLED;
	}

}
