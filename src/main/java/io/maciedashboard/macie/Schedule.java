package io.maciedashboard.macie;

import java.time.DayOfWeek;

/** When a SCHEDULED job runs (Macie's scheduleFrequency: exactly one of the three). */
public sealed interface Schedule {

	record Daily() implements Schedule {
	}

	record Weekly(DayOfWeek dayOfWeek) implements Schedule {
	}

	/** Day 1-31; Macie skips months that lack the day. */
	record Monthly(int dayOfMonth) implements Schedule {
	}

}
