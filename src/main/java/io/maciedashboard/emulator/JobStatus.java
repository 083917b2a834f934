package io.maciedashboard.emulator;

import java.util.EnumSet;
import java.util.Set;

/**
 * A classification job's status (the model's JobStatus enum) and the changes
 * UpdateClassificationJob may ask for, as Macie's API reference states them for
 * {@code jobStatus}: RUNNING (resume) only from USER_PAUSED; USER_PAUSED from IDLE,
 * PAUSED or RUNNING; CANCELLED from IDLE, PAUSED, RUNNING or USER_PAUSED. Written here
 * from the reference, not shared with the dashboard, so that a wrong rule on either side
 * fails a test.
 */
enum JobStatus {

	RUNNING, PAUSED, CANCELLED, COMPLETE, IDLE, USER_PAUSED;

	/** The statuses UpdateClassificationJob can ask for. */
	static final Set<JobStatus> REQUESTABLE = EnumSet.of(RUNNING, USER_PAUSED, CANCELLED);

	/**
	 * Whether UpdateClassificationJob may change a job in this status to {@code target}.
	 */
	boolean canChangeTo(JobStatus target) {
		return switch (target) {
			case RUNNING -> this == USER_PAUSED;
			case USER_PAUSED -> this == IDLE || this == PAUSED || this == RUNNING;
			case CANCELLED -> this == IDLE || this == PAUSED || this == RUNNING || this == USER_PAUSED;
			default -> false;
		};
	}

	/**
	 * Whether a run is under way in this status (running, or paused in the middle of it).
	 */
	boolean isMidRun() {
		return this == RUNNING || this == PAUSED || this == USER_PAUSED;
	}

}
