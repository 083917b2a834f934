package io.maciedashboard.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
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
 * person costs: the emulator counts the requests. Macie's answers are not reused here
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
	void fiftyStreamsOfOneListViewCostOneListPerInterval() throws Exception {
		List<MvcResult> streams = open("/jobs/events?status=RUNNING", 50);
		this.emulator.counters().reset();

		awaitEvents(streams, 3);

		assertThat(this.emulator.counters().count("ListClassificationJobs")).isBetween(2L, 5L);
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
		return streams;
	}

	/**
	 * Until every stream got this many observed events (after the counters were reset).
	 */
	private static void awaitEvents(List<MvcResult> streams, int events) {
		List<Integer> before = streams.stream().map(WatchedPagesIT::events).toList();
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
