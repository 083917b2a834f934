package io.maciedashboard.history;

import java.time.Duration;
import java.util.List;

import io.maciedashboard.macie.Place;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static io.maciedashboard.history.TimeLeftTest.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class RunHistoriesTest {

	static final Place PLACE = new Place("eu-west-1", "111122223333", null);

	private final ObservationRepository repository = mock(ObservationRepository.class);

	private final RunHistories histories = new RunHistories(this.repository,
			new HistoryProperties(Duration.ofDays(90), Duration.ofMinutes(30)));

	private static RunHistories.JobReading job(String jobId) {
		return new RunHistories.JobReading(PLACE, jobId, running(0, 6_000));
	}

	@Test
	void eachRunningJobOfTheListGetsItsEstimateInOrder() {
		given(this.repository.recent(eq(PLACE), eq("fast"), anyInt())).willReturn(List.of(running(10, 12_000)));
		given(this.repository.recent(eq(PLACE), eq("new"), anyInt())).willReturn(List.of());

		assertThat(this.histories.timesLeft(List.of(job("fast"), job("new")))).containsExactly("about 10 minutes left",
				null);
	}

	@Test
	void whenTheDatabaseDoesNotAnswerTheRenderAsksItOnce() {
		given(this.repository.recent(any(), any(), anyInt())).willThrow(new DataAccessResourceFailureException("down"));

		assertThat(this.histories.timesLeft(List.of(job("a"), job("b"), job("c")))).containsExactly(null, null, null);
		verify(this.repository, times(1)).recent(any(), any(), anyInt());
	}

}
