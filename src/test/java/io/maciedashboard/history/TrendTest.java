package io.maciedashboard.history;

import java.util.List;

import io.maciedashboard.macie.JobStatus;
import org.junit.jupiter.api.Test;

import static io.maciedashboard.history.TimeLeftTest.reading;
import static io.maciedashboard.history.TimeLeftTest.running;
import static org.assertj.core.api.Assertions.assertThat;

class TrendTest {

	@Test
	void theRunsReadingsGiveAPhraseAndASparklineOldestLeftLargestAtTheTop() {
		Trend trend = Trend.of(List.of(running(20, 20_000), running(15, 17_600), running(10, 10_000)),
				running(0, 7_600));

		assertThat(trend.phrase()).isEqualTo("down 12,400 in the last 20 minutes");
		assertThat(trend.points()).isEqualTo("0,0 25,3.9 50,16.1 100,20");
	}

	@Test
	void theReadThePageShowsIsNotASecondPoint() {
		// stored a moment before the page asked for "now": one reading, no trend yet
		assertThat(Trend.of(List.of(new Observation(TimeLeftTest.NOW.minusSeconds(1), JobStatus.RUNNING, 3, 7_600L,
				TimeLeftTest.RUN_START, false)), running(0, 7_600)))
			.isNull();
		// unchanged since the last stored reading: the phrase runs on to now
		Trend stalled = Trend.of(List.of(running(50, 7_700), running(45, 7_600)), running(0, 7_600));
		assertThat(stalled.phrase()).isEqualTo("down 100 in the last 50 minutes");
		assertThat(stalled.points()).isEqualTo("0,0 100,20");
	}

	@Test
	void unchangedAndUpAndSecondsAndAFlatLine() {
		assertThat(Trend.of(List.of(running(2, 100)), reading(0, JobStatus.RUNNING, 130L)).phrase())
			.isEqualTo("up 30 in the last 2 minutes");
		Trend flat = Trend.of(List.of(running(3, 100), running(2, 90), running(1, 100)), running(0, 100));
		assertThat(flat.phrase()).isEqualTo("unchanged in the last 3 minutes");
		assertThat(Trend
			.of(List.of(new Observation(TimeLeftTest.NOW.minusSeconds(40), JobStatus.RUNNING, 3, 100L,
					TimeLeftTest.RUN_START, false)), running(0, 60))
			.phrase()).isEqualTo("down 40 in the last 40 seconds");
	}

	@Test
	void withoutAStoredReadingOfThisRunThereIsNoTrend() {
		assertThat(Trend.of(List.of(), running(0, 100))).isNull();
		assertThat(Trend.of(List.of(running(5, 500)), reading(0, JobStatus.RUNNING, null))).isNull();
	}

}
