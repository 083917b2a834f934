package io.maciedashboard.jobs;

import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.Place;

/**
 * A place whose jobs the list could not show, and why, for its banner ("eu-west-1 /
 * 444455556666: Macie is not enabled ..."), while the other places show.
 *
 * @param reason Macie's error in words
 */
public record PlaceFailure(Place place, String reason) {

	static PlaceFailure of(Place place, MacieException ex) {
		return new PlaceFailure(place, ex.getMessage());
	}

	/** "Jobs of Production (Ireland), eu-west-1 / 111122223333, are not shown". */
	public String heading() {
		String named = this.place.name().equals(this.place.label()) ? this.place.label()
				: this.place.name() + ", " + this.place.label() + ",";
		return "Jobs of " + named + " are not shown";
	}

}
