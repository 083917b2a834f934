package io.maciedashboard.builder;

/**
 * Why the builder shows a job as not created, or not surely created, after "Create".
 *
 * @param message Macie's reason in plain words
 * @param jobName the name to look for (UNKNOWN) or the name of the job Macie answered
 * with (OTHER_JOB)
 * @param jobUrl the page of the job Macie answered with (OTHER_JOB, in the form's place),
 * otherwise null
 */
public record CreateProblem(Kind kind, String message, String jobName, String jobUrl) {

	public enum Kind {

		/** Macie refused: nothing was created. */
		NOT_CREATED,
		/** Macie did not answer: the job may exist. */
		UNKNOWN,
		/**
		 * Macie answered with a job this form's clientToken created earlier, not with the
		 * reviewed one.
		 */
		OTHER_JOB

	}

}
