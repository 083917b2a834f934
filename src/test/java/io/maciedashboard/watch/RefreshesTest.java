package io.maciedashboard.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Intervals of an hour: every read here is one that a refresh asked for. */
class RefreshesTest {

	private static final Duration HOUR = Duration.ofHours(1);

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final Watcher watcher = new Watcher(this.scheduler, Runnable::run, Clock.systemUTC());

	private final List<String> toldOthers = new CopyOnWriteArrayList<>();

	private final Refreshes refreshes = new Refreshes(this.watcher, this.toldOthers::add);

	private final List<String> seenA = new CopyOnWriteArrayList<>();

	private final List<String> seenB = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void aChangeMadeHereIsReadAtOnceAndToldToTheOtherInstancesByItsName() {
		watch(new Job("us-east-1", "a"), this.seenA);

		this.refreshes.refresh(new Job("us-east-1", "a"));

		assertThat(this.seenA).containsExactly("a read");
		assertThat(this.toldOthers).containsExactly("Job[region=us-east-1, id=a]");
	}

	@Test
	void aChangeAnnouncedByAnotherInstanceIsReadForTheKeyItNamesOnlyAndNotToldAgain() {
		watch(new Job("us-east-1", "a"), this.seenA);
		watch(new Job("us-east-1", "b"), this.seenB);

		this.refreshes.refreshAnnounced("Job[region=us-east-1, id=b]");
		this.refreshes.refreshAnnounced("Job[region=us-east-1, id=nobody-watches-it]");

		assertThat(this.seenA).isEmpty();
		assertThat(this.seenB).containsExactly("b read");
		assertThat(this.toldOthers).isEmpty();
	}

	private void watch(Job job, List<String> seen) {
		this.watcher.subscribe(job, HOUR, () -> job.id() + " read", (observation) -> seen.add(observation.value()));
	}

	record Job(String region, String id) {
	}

}
