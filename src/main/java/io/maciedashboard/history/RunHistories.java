package io.maciedashboard.history;

import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.Place;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads a job's stored observations for the pages: two indexed queries a job page (its
 * newest readings and its newest milestones), one a running job on the list. While the
 * database does not answer the pages say the history cannot be shown.
 */
@Component
@EnableConfigurationProperties(HistoryProperties.class)
public class RunHistories {

	/** Readings read for the trend and the rate. */
	static final int READINGS = Trend.MAX_POINTS * 2;

	/** Steps the timeline shows at most. */
	static final int STEPS = 30;

	private final ObservationRepository repository;

	private final HistoryProperties properties;

	RunHistories(ObservationRepository repository, HistoryProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	/** The job page's history of the job as Macie describes it now. */
	public RunHistory of(Place place, Job job, Instant now) {
		Observation current = Observation.of(job, now);
		List<Observation> readings;
		List<Observation> milestones;
		try {
			readings = this.repository.recent(place, job.jobId(), READINGS);
			milestones = this.repository.milestones(place, job.jobId(), STEPS + 1);
		}
		catch (DataAccessException ex) {
			return RunHistory.UNAVAILABLE;
		}
		boolean underWay = job.status() == JobStatus.RUNNING || job.status() == JobStatus.PAUSED
				|| job.status() == JobStatus.USER_PAUSED;
		return new RunHistory(Timeline.of(milestones, milestones.size() <= STEPS),
				underWay ? Trend.of(readings, current) : null,
				TimeLeft.estimate(readings, current, this.properties.rateWindow()), false);
	}

	/**
	 * The job list's estimate for a running job, from its latest reading (which the list
	 * already has); null when there is none or the database does not answer.
	 */
	public String timeLeft(Place place, String jobId, Observation current) {
		try {
			return TimeLeft
				.estimate(this.repository.recent(place, jobId, READINGS), current, this.properties.rateWindow())
				.brief();
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

}
