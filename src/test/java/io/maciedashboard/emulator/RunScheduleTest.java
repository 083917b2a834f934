package io.maciedashboard.emulator;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.maciedashboard.emulator.Shapes.DailySchedule;
import io.maciedashboard.emulator.Shapes.JobScheduleFrequency;
import io.maciedashboard.emulator.Shapes.MonthlySchedule;
import io.maciedashboard.emulator.Shapes.WeeklySchedule;

import static org.assertj.core.api.Assertions.assertThat;

class RunScheduleTest {

	private static final JobScheduleFrequency DAILY = new JobScheduleFrequency(new DailySchedule(), null, null);

	private static Instant next(JobScheduleFrequency frequency, String after) {
		return RunSchedule.nextRunAfter(frequency, Instant.parse(after));
	}

	@Test
	void dailyRunsStartAtTheNextMidnightUtc() {
		assertThat(next(DAILY, "2026-03-10T09:30:00Z")).isEqualTo("2026-03-11T00:00:00Z");
		assertThat(next(DAILY, "2026-03-10T00:00:00Z")).isEqualTo("2026-03-11T00:00:00Z");
		assertThat(next(DAILY, "2026-12-31T23:59:59Z")).isEqualTo("2027-01-01T00:00:00Z");
	}

	@Test
	void weeklyRunsStartOnTheirDay() {
		JobScheduleFrequency fridays = new JobScheduleFrequency(null, null, new WeeklySchedule("FRIDAY"));
		// 2026-03-10 is a Tuesday
		assertThat(next(fridays, "2026-03-10T09:30:00Z")).isEqualTo("2026-03-13T00:00:00Z");
		assertThat(next(fridays, "2026-03-13T00:00:00Z")).isEqualTo("2026-03-20T00:00:00Z");
		JobScheduleFrequency wednesdays = new JobScheduleFrequency(null, null, new WeeklySchedule("WEDNESDAY"));
		assertThat(next(wednesdays, "2026-03-10T23:00:00Z")).isEqualTo("2026-03-11T00:00:00Z");
	}

	@Test
	void monthlyRunsSkipMonthsWithoutTheirDay() {
		JobScheduleFrequency on31st = new JobScheduleFrequency(null, new MonthlySchedule(31), null);
		assertThat(next(on31st, "2026-03-10T09:30:00Z")).isEqualTo("2026-03-31T00:00:00Z");
		assertThat(next(on31st, "2026-03-31T00:00:00Z")).isEqualTo("2026-05-31T00:00:00Z");
		JobScheduleFrequency on29th = new JobScheduleFrequency(null, new MonthlySchedule(29), null);
		assertThat(next(on29th, "2027-01-29T12:00:00Z")).isEqualTo("2027-03-29T00:00:00Z");
		assertThat(next(on29th, "2028-01-30T00:00:00Z")).isEqualTo("2028-02-29T00:00:00Z");
		JobScheduleFrequency on1st = new JobScheduleFrequency(null, new MonthlySchedule(1), null);
		assertThat(next(on1st, "2026-12-15T00:00:00Z")).isEqualTo("2027-01-01T00:00:00Z");
	}

	private static Instant previous(JobScheduleFrequency frequency, String before) {
		return RunSchedule.previousRunBefore(frequency, Instant.parse(before));
	}

	@Test
	void theRunBeforeIsTheLastStartStrictlyEarlier() {
		assertThat(previous(DAILY, "2026-03-10T09:30:00Z")).isEqualTo("2026-03-10T00:00:00Z");
		assertThat(previous(DAILY, "2026-03-10T00:00:00Z")).isEqualTo("2026-03-09T00:00:00Z");
		JobScheduleFrequency fridays = new JobScheduleFrequency(null, null, new WeeklySchedule("FRIDAY"));
		assertThat(previous(fridays, "2026-03-10T09:30:00Z")).isEqualTo("2026-03-06T00:00:00Z");
		assertThat(previous(fridays, "2026-03-06T00:00:00Z")).isEqualTo("2026-02-27T00:00:00Z");
		JobScheduleFrequency on31st = new JobScheduleFrequency(null, new MonthlySchedule(31), null);
		assertThat(previous(on31st, "2026-05-01T00:00:00Z")).isEqualTo("2026-03-31T00:00:00Z");
		assertThat(previous(on31st, "2026-03-31T00:00:00Z")).isEqualTo("2026-01-31T00:00:00Z");
	}

}
