package io.maciedashboard.audit;

import io.maciedashboard.macie.Place;

/**
 * The job an audit row is about, as far as it is known, with its place.
 *
 * @param jobId the job's id, or null (a create before Macie answered)
 * @param name the job's name, or null
 * @param region the region of the job's place, or null when the place is not known
 * @param account the account id of the job's place, or null when the place is not known
 */
public record JobRef(String jobId, String name, String region, String account) {

	/** A job of a place (null: not known). */
	public static JobRef of(Place place, String jobId, String name) {
		return new JobRef(jobId, name, (place != null) ? place.region() : null,
				(place != null) ? place.accountId() : null);
	}

}
