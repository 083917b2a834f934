package io.maciedashboard.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The readings of objects still to process that belong to the current run. */
final class Readings {

	private Readings() {
	}

	/**
	 * The stored observations of the current run that have a count of objects, as far
	 * back as each one passes {@code keep}, then the current one; oldest first. Stored
	 * observations at or after the current one's time are left out (it says the same,
	 * newer).
	 */
	static List<Observation> ofRun(List<Observation> stored, Observation current, Predicate<Observation> keep) {
		List<Observation> run = new ArrayList<>();
		if (current.objectsToProcess() == null) {
			return run;
		}
		run.add(current);
		for (int i = stored.size() - 1; i >= 0; i--) {
			Observation reading = stored.get(i);
			if (!reading.at().isBefore(current.at())) {
				continue;
			}
			if (!reading.sameRunAs(current) || reading.objectsToProcess() == null || !keep.test(reading)) {
				break;
			}
			run.add(0, reading);
		}
		return run;
	}

}
