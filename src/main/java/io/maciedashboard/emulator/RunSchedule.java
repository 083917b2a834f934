package io.maciedashboard.emulator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import io.maciedashboard.emulator.Shapes.JobScheduleFrequency;

/**
 * When a SCHEDULED job's runs start: at midnight UTC every day, on the given day of the
 * week, or on the given day of the month (months without that day are skipped); forward
 * for the next run, backward for the runs a seeded job had before.
 */
final class RunSchedule {

	private RunSchedule() {
	}

	/** The first run start strictly after {@code after}. */
	static Instant nextRunAfter(JobScheduleFrequency frequency, Instant after) {
		LocalDate day = after.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
		if (frequency.weeklySchedule() != null) {
			DayOfWeek dayOfWeek = DayOfWeek.valueOf(frequency.weeklySchedule().dayOfWeek());
			day = day.with(TemporalAdjusters.nextOrSame(dayOfWeek));
		}
		else if (frequency.monthlySchedule() != null) {
			day = nextDayOfMonth(day, frequency.monthlySchedule().dayOfMonth());
		}
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The last run start strictly before {@code before}. */
	static Instant previousRunBefore(JobScheduleFrequency frequency, Instant before) {
		LocalDate day = before.minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
		if (frequency.weeklySchedule() != null) {
			day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(frequency.weeklySchedule().dayOfWeek())));
		}
		else if (frequency.monthlySchedule() != null) {
			day = previousDayOfMonth(day, frequency.monthlySchedule().dayOfMonth());
		}
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static LocalDate previousDayOfMonth(LocalDate notAfter, int dayOfMonth) {
		YearMonth month = YearMonth.from(notAfter);
		while (true) {
			if (month.isValidDay(dayOfMonth) && !month.atDay(dayOfMonth).isAfter(notAfter)) {
				return month.atDay(dayOfMonth);
			}
			month = month.minusMonths(1);
		}
	}

	private static LocalDate nextDayOfMonth(LocalDate notBefore, int dayOfMonth) {
		YearMonth month = YearMonth.from(notBefore);
		while (true) {
			if (month.isValidDay(dayOfMonth) && !month.atDay(dayOfMonth).isBefore(notBefore)) {
				return month.atDay(dayOfMonth);
			}
			month = month.plusMonths(1);
		}
	}

}
