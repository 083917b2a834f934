package io.maciedashboard.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Many people watching one job page or one view of the job list cost Macie what one
 * person costs: the emulator counts the requests (for the list, its page, its rows'
 * descriptions and its Findings column). Macie's answers are not reused here
 * ({@code macie.read-cache-ttl=0s}), so that only the watcher can share them.
 */
@SpringBootTest(properties = { "macie.emulator.port=0", "macie.read-cache-ttl=0s",
		"dashboard.job-page.refresh-interval=1s", "dashboard.jobs.refresh-interval=1s" })
@DirtiesContext
class WatchedPagesIT {

	private static final int VIEWERS = 100;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MacieEmulator emulator;

	@Autowired
	MacieJobs macie;

	private MockMvc mvc;

	private final List<MvcResult> opened = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aHundredStreamsOfOneJobCostOneDescribePerInterval() throws Exception {
		String job = TestPlaces.HOME.jobPath(runningJob());
		List<MvcResult> streams = open(job + "/events", VIEWERS);
		this.emulator.counters().reset();

		awaitEvents(streams, 3);

		// 3 intervals (and a read under way at most): never one per viewer
		assertThat(this.emulator.counters().count("DescribeClassificationJob")).isBetween(2L, 5L);
	}

	@Test
	void aHundredPollingPagesAreServedFromTheLatestObservation() throws Exception {
		String job = TestPlaces.HOME.jobPath(runningJob());
		this.emulator.counters().reset();
		long start = System.nanoTime();

		List<Integer> statuses = IntStream.range(0, VIEWERS).parallel().mapToObj((viewer) -> {
			try {
				return this.mvc.perform(get(job + "/live").header("HX-Request", "true").with(viewer()))
					.andReturn()
					.getResponse()
					.getStatus();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();

		// one read, then one per interval (1 s) while they poll: never one per poll
		long intervals = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1;
		assertThat(statuses).containsOnly(200);
		assertThat(this.emulator.counters().count("DescribeClassificationJob")).isBetween(1L, intervals + 1)
			.isLessThan(VIEWERS / 2);
	}

	@Test
	void fiftyViewersOfOneListViewRefreshingOnEachEventCostWhatOneReadCosts() throws Exception {
		String view = "/jobs?status=RUNNING";
		// the triage strip's scan (shared for a minute) is read before the count starts
		int rows = results(view).split("data-job-id=", -1).length - 1;
		assertThat(rows).as("running jobs in the seed").isPositive();
		List<MvcResult> streams = open("/jobs/events?status=RUNNING", 50);
		this.emulator.counters().reset();
		long start = System.nanoTime();
		List<Integer> before = streams.stream().map(WatchedPagesIT::events).toList();

		for (int event = 1; event <= 3; event++) {
			awaitEvents(streams, before, event);
			// every viewer refreshes its results on the event, as the page does
			IntStream.range(0, streams.size()).parallel().forEach((viewer) -> results(view));
		}

		// one read of the view per interval (1 s), and one under way at most, whatever
		// the
		// number of viewers: its page, a description per row and its Findings column
		// (refreshing on their own, 50 viewers would cost 50 times as much)
		long reads = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 2;
		long oneRead = 1 + rows + 1;
		long lists = this.emulator.counters().count("ListClassificationJobs");
		assertThat(lists).isBetween(2L, reads);
		assertThat(this.emulator.counters().count("GetFindingStatistics")).isBetween(2L, reads);
		assertThat(lists + this.emulator.counters().count("DescribeClassificationJob")
				+ this.emulator.counters().count("GetFindingStatistics"))
			.isLessThanOrEqualTo(reads * oneRead);
	}

	@AfterEach
	void leave() {
		this.opened.forEach((stream) -> ((MockAsyncContext) stream.getRequest().getAsyncContext()).complete());
		this.opened.clear();
		// the watches stop one interval (1 s) later: the next test counts only its own
		// calls once Macie heard nothing for longer than that
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			Map<String, Long> before = this.emulator.counters().snapshot();
			Thread.sleep(1500);
			return this.emulator.counters().snapshot().equals(before);
		});
	}

	/** The list's live refresh (its results), as htmx asks for it. */
	private String results(String view) {
		try {
			MvcResult result = this.mvc
				.perform(get(view).header("HX-Request", "true").header("HX-Target", "job-results").with(viewer()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			return result.getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String runningJob() {
		return TestJobs.seededRunningJob(this.macie);
	}

	private List<MvcResult> open(String url, int count) throws Exception {
		List<MvcResult> streams = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			MvcResult stream = this.mvc.perform(get(url).accept(MediaType.TEXT_EVENT_STREAM).with(viewer()))
				.andReturn();
			assertThat(stream.getRequest().isAsyncStarted()).isTrue();
			streams.add(stream);
		}
		this.opened.addAll(streams);
		return streams;
	}

	/**
	 * Until every stream got this many observed events (after the counters were reset).
	 */
	private static void awaitEvents(List<MvcResult> streams, int events) {
		List<Integer> before = streams.stream().map(WatchedPagesIT::events).toList();
		awaitEvents(streams, before, events);
	}

	/** Until every stream got this many observed events more than {@code before}. */
	private static void awaitEvents(List<MvcResult> streams, List<Integer> before, int events) {
		Awaitility.await().until(() -> {
			for (int i = 0; i < streams.size(); i++) {
				if (events(streams.get(i)) - before.get(i) < events) {
					return false;
				}
			}
			return true;
		});
	}

	private static int events(MvcResult stream) {
		try {
			return stream.getResponse().getContentAsString().split("event:observed", -1).length - 1;
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"));
	}

}
