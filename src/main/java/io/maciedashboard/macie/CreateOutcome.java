package io.maciedashboard.macie;

/**
 * What became of a CreateClassificationJob request: created, not created, or (when Macie
 * timed out or failed and could not be asked again) not known.
 */
public sealed interface CreateOutcome {

	/**
	 * Macie answered with a job.
	 *
	 * @param name the job's name as Macie holds it; null when the job could not be read
	 * back
	 * @param asRequested false when the job Macie answered with is not the one requested
	 * (an earlier job with the same clientToken)
	 */
	record Created(String jobId, String jobArn, String name, boolean asRequested) implements CreateOutcome {
	}

	/** Macie refused, or could not have acted on the request. */
	record NotCreated(MacieException reason) implements CreateOutcome {
	}

	/**
	 * Macie may or may not have created the job: it did not answer, and asking again with
	 * the same clientToken did not get an answer either.
	 */
	record Unknown(MacieException reason) implements CreateOutcome {
	}

}
