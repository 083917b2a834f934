package io.maciedashboard.audit;

/**
 * What became of an attempt. An attempt without an outcome row (the dashboard stopped, or
 * the database failed, between the two) reads as {@link #UNKNOWN}.
 */
public enum Outcome {

	DONE("Done"),
	/**
	 * Not done: Macie refused (its message is kept), or the dashboard did not send it.
	 */
	REFUSED("Refused"),
	/** Macie may or may not have acted: it did not answer. */
	UNKNOWN("Unknown");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
