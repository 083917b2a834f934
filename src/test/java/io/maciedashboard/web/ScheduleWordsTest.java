package io.maciedashboard.web;

import java.time.DayOfWeek;

import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleWordsTest {

	private final ScheduleWords words = new ScheduleWords();

	@Test
	void oneTimeJobsSayOneTimeWhateverTheSchedule() {
		assertThat(this.words.describe(JobType.ONE_TIME, null)).isEqualTo("One-time");
	}

	@Test
	void scheduledJobWithUnknownScheduleSaysScheduled() {
		assertThat(this.words.describe(JobType.SCHEDULED, null)).isEqualTo("Scheduled");
	}

	@Test
	void dailyAndWeekly() {
		assertThat(this.words.describe(JobType.SCHEDULED, new Schedule.Daily())).isEqualTo("Daily");
		assertThat(this.words.describe(JobType.SCHEDULED, new Schedule.Weekly(DayOfWeek.MONDAY)))
			.isEqualTo("Weekly on Monday");
		assertThat(this.words.describe(new Schedule.Weekly(DayOfWeek.SUNDAY))).isEqualTo("Weekly on Sunday");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1|Monthly on day 1", "28|Monthly on day 28", "29|Monthly on day 29: skips shorter months",
					"30|Monthly on day 30: skips shorter months", "31|Monthly on day 31: skips shorter months" })
	void monthlyDaysThatSomeMonthsLackCarryTheSkipNote(int day, String expected) {
		assertThat(this.words.describe(JobType.SCHEDULED, new Schedule.Monthly(day))).isEqualTo(expected);
	}

}
