package io.maciedashboard.history;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.maciedashboard.macie.JobObserved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Stores each observation of a job that differs from the job's last stored one. The
 * writes run on one thread of their own, in the order the observations came: a read of
 * Macie never waits for the database, and while the database does not answer the
 * observations are dropped (at most {@link #BACKLOG} wait), so Macie's pages keep working
 * and the history has a gap.
 */
@Component
class ObservationRecorder implements DisposableBean {

	static final int BACKLOG = 1000;

	private static final Logger log = LoggerFactory.getLogger(ObservationRecorder.class);

	private final ObservationRepository repository;

	private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(BACKLOG), new CustomizableThreadFactory("job-history-"),
			new ThreadPoolExecutor.DiscardOldestPolicy());

	private volatile boolean failing;

	ObservationRecorder(ObservationRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void observed(JobObserved event) {
		this.writer.execute(() -> record(event));
	}

	/** Stores the observation unless the job's last stored one says the same. */
	void record(JobObserved event) {
		Observation observation = Observation.of(event.job(), event.observedAt());
		try {
			Observation last = this.repository.latest(event.place(), event.job().jobId()).orElse(null);
			// another instance may have stored a later one meanwhile
			boolean newer = last == null || observation.at().isAfter(last.at());
			if (newer && !observation.sameStateAs(last)) {
				this.repository.insert(event.place(), event.job().jobId(), observation,
						observation.isMilestoneAfter(last));
			}
			if (this.failing) {
				this.failing = false;
				log.info("Job history: the database answers again; observations are stored again");
			}
		}
		catch (DataAccessException ex) {
			if (!this.failing) {
				this.failing = true;
				log.warn("Job history: could not store an observation ({}); the history has a gap until the "
						+ "database answers", ex.getMostSpecificCause().getMessage());
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(5, TimeUnit.SECONDS);
	}

}
