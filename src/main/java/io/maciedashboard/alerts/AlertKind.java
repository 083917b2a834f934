package io.maciedashboard.alerts;

/**
 * What happened to a job that someone should be told about.
 */
public enum AlertKind {

	/** A user-paused job's expiry is within one of the configured thresholds. */
	EXPIRY_APPROACHING,

	/** Macie cancelled a user-paused job because its pause expired. */
	CANCELLED_BY_EXPIRY,

	/** A person (here or elsewhere) cancelled the job. */
	CANCELLED,

	/**
	 * Macie paused the job, for example because the account reached its monthly quota.
	 */
	PAUSED_BY_MACIE,

	/** A run finished with errors ({@code lastRunErrorStatus} ERROR). */
	RUN_FAILED,

	/** A one-time job is complete. */
	COMPLETE,

	/** Any other change of status of a job someone watches. */
	STATUS_CHANGED

}
