package io.maciedashboard.history;

import java.time.Instant;
import java.util.ArrayList;
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
		List<Observation> steps = new ArrayList<>(milestones);
		Observation lastStep = steps.isEmpty() ? null : steps.get(steps.size() - 1);
		if (lastStep != null && current.at().isAfter(lastStep.at()) && current.isMilestoneAfter(lastStep)) {
			// the read the page shows may be stored a moment after this query
			steps.add(current);
		}
		return new RunHistory(Timeline.of(steps, milestones.size() <= STEPS),
				underWay ? Trend.of(readings, current) : null,
				TimeLeft.estimate(readings, current, this.properties.rateWindow()), false);
	}

	/**
	 * The job list's estimates for its running jobs, from their latest readings (which
	 * the list already has), in their order: "about 3 hours left", or null where there is
	 * none. One query a job; when the database does not answer, the rest are not asked
	 * (null), so a render waits for it once.
	 */
	public List<String> timesLeft(List<JobReading> jobs) {
		List<String> estimates = new ArrayList<>(jobs.size());
		for (JobReading job : jobs) {
			try {
				estimates.add(
						TimeLeft
							.estimate(this.repository.recent(job.place(), job.jobId(), READINGS), job.reading(),
									this.properties.rateWindow())
							.brief());
			}
			catch (DataAccessException ex) {
				break;
			}
		}
		while (estimates.size() < jobs.size()) {
			estimates.add(null);
		}
		return estimates;
	}

	/** What the list read of a running job now. */
	public record JobReading(Place place, String jobId, Observation reading) {
	}

}
