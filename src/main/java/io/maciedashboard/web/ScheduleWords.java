package io.maciedashboard.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.Schedule;

/**
 * A job's type and schedule in words, as every page states them. Templates use
 * {@code #schedules}.
 */
public final class ScheduleWords {

	/** Days of the month that some months lack: Macie skips those months. */
	private static final int FIRST_SKIPPING_DAY = 29;

	/**
	 * "One-time", "Daily", "Weekly on Monday", "Monthly on day 5", "Monthly on day 31:
	 * skips shorter months"; "Scheduled" when the schedule of a scheduled job is not
	 * known.
	 */
	public String describe(JobType type, Schedule schedule) {
		if (type == JobType.ONE_TIME) {
			return "One-time";
		}
		return (schedule != null) ? describe(schedule) : "Scheduled";
	}

	public String describe(Schedule schedule) {
		if (schedule instanceof Schedule.Daily) {
			return "Daily";
		}
		if (schedule instanceof Schedule.Weekly weekly) {
			return "Weekly on " + dayName(weekly.dayOfWeek());
		}
		int day = ((Schedule.Monthly) schedule).dayOfMonth();
		return "Monthly on day " + day + ((day >= FIRST_SKIPPING_DAY) ? ": skips shorter months" : "");
	}

	private static String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

}
