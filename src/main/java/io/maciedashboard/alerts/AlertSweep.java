package io.maciedashboard.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobObserved;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every job of every place, whoever is looking: each job's new state is compared
 * with the stored one, and the state and the notifications of what changed are stored
 * together, in one transaction. The sweep runs under a ShedLock lock (one instance at a
 * time), and a state stored meanwhile by someone else wins (its notifications are the
 * ones kept), so a change is told once. Times are Macie's (the emulator's clock in mode
 * emulator).
 */
@Component
class AlertSweep implements DisposableBean {

	static final String LOCK = "alerts-sweep";

	private static final Logger log = LoggerFactory.getLogger(AlertSweep.class);

	private static final int PAGE_SIZE = 200;

	static final int BACKLOG = 1000;

	private final MacieJobs macie;

	private final JobStateRepository states;

	private final Recipients recipients;

	private final OutboxRepository outbox;

	private final EventDetector detector;

	private final Clock clock;

	private final LockingTaskExecutor locks;

	private final Duration lockAtMostFor;

	private final TransactionTemplate transaction;

	private final ThreadPoolExecutor observations = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(BACKLOG), new CustomizableThreadFactory("alerts-observed-"),
			new ThreadPoolExecutor.DiscardOldestPolicy());

	AlertSweep(MacieJobs macie, JobStateRepository states, Recipients recipients, OutboxRepository outbox,
			AlertsProperties properties, Clock clock, LockProvider lockProvider,
			PlatformTransactionManager transactions) {
		this.macie = macie;
		this.states = states;
		this.recipients = recipients;
		this.outbox = outbox;
		this.detector = new EventDetector(properties.expiryThresholds());
		this.clock = clock;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.lockAtMostFor = properties.sweepInterval().multipliedBy(2).plusMinutes(5);
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The scheduled sweep: on the instance that holds the lock; others skip this round.
	 */
	void sweepUnderLock() {
		this.locks.executeWithLock((Runnable) this::sweep,
				new LockConfiguration(Instant.now(), LOCK, this.lockAtMostFor, Duration.ZERO));
	}

	/** Every job of every place, once; a place Macie refuses is logged and skipped. */
	void sweep() {
		for (Place place : this.macie.places()) {
			try {
				sweep(place);
			}
			catch (MacieException ex) {
				log.warn("Alerts: could not check the jobs of {}: {}", place.label(), ex.getMessage());
			}
			catch (DataAccessException ex) {
				log.warn("Alerts: the database did not answer; the sweep ends early ({})",
						ex.getMostSpecificCause().getMessage());
				return;
			}
		}
	}

	private void sweep(Place place) {
		JobListQuery query = JobListQuery.firstPage().at(null, PAGE_SIZE);
		do {
			JobPage page = this.macie.listJobs(place, query);
			Instant seenAt = this.clock.instant();
			for (JobSummary job : page.jobs()) {
				check(JobState.of(place, job, seenAt));
			}
			query = (page.nextToken() != null) ? query.at(page.nextToken(), PAGE_SIZE) : null;
		}
		while (query != null);
	}

	/**
	 * A job someone's page has just read from Macie: its change is told without waiting
	 * for the next sweep. Checked on a thread of its own, so the page never waits for the
	 * database (at most {@link #BACKLOG} wait; older ones are dropped, the sweep finds
	 * them).
	 */
	@EventListener
	void observed(JobObserved event) {
		this.observations.execute(() -> {
			try {
				check(JobState.of(event.place(), event.job(), event.observedAt()));
			}
			catch (DataAccessException ex) {
				log.debug("Alerts: could not check an observed job ({})", ex.getMostSpecificCause().getMessage());
			}
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		this.observations.shutdown();
		this.observations.awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * Compares the job's state with the stored one and stores the new state with the
	 * notifications of its events; answers how many notifications were added.
	 */
	int check(JobState seen) {
		Integer added = this.transaction.execute((status) -> {
			JobState earlier = this.states.find(seen.account(), seen.region(), seen.jobId()).orElse(null);
			if (earlier != null && seen.seenAt().isBefore(earlier.seenAt())) {
				return 0; // an older answer than the stored one (a page's read that came
							// late)
			}
			JobState now = seen.after(earlier);
			List<AlertEvent> events = this.detector.detect(earlier, now);
			boolean unchanged = earlier != null && !now.differsFrom(earlier) && earlier.name().equals(now.name());
			if (!unchanged && !this.states.replace(earlier, now)) {
				return 0; // someone stored another state meanwhile: theirs is told
			}
			int count = 0;
			for (AlertEvent event : events) {
				// the outbox keeps real time: its retries wait real time, whatever
				// Macie's clock says
				for (Notification notification : this.recipients.notifications(now, event, Instant.now())) {
					count += this.outbox.add(notification) ? 1 : 0;
				}
			}
			return count;
		});
		return (added != null) ? added : 0;
	}

}
