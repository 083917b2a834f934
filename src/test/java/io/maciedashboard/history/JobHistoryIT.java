package io.maciedashboard.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.StatusChange;
import io.maciedashboard.macie.TestPlaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole application in emulator mode: while the emulator's clock moves a running job
 * forward, each read of the job is stored, and the job page shows the run's timeline, its
 * trend and an estimate of the time left (then, paused, why there is none), the job list
 * the time left too.
 */
// a context of its own (no other test reads its jobs first), closed after it (its clock
// moved)
@SpringBootTest(properties = "dashboard.history.rate-window=30m")
@AutoConfigureMockMvc
@DirtiesContext
class JobHistoryIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MacieEmulator emulator;

	@Autowired
	MacieJobs macie;

	@Autowired
	ObservationRepository observations;

	@Test
	void aRunningJobsProgressBecomesATimelineATrendAndAnEstimate() throws Exception {
		Job job = theRunningJobWithMostLeft();
		String page = TestPlaces.HOME.jobPath(job.jobId());
		// a tenth of what is left each step (the emulator processes 100 objects a second)
		Duration step = Duration.ofSeconds(job.approximateObjectsToProcess() / 100 / 10);
		assertThat(step).as("enough left to watch").isGreaterThan(Duration.ofMinutes(2));

		Document first = open(page, job.jobId());
		assertThat(first.selectFirst("#time-left").text()).startsWith("No estimate yet");
		assertThat(first.select(".timeline li")).extracting(Element::text)
			.anySatisfy(
					(text) -> assertThat(text).endsWith("First recorded: Running (run " + job.numberOfRuns() + ")"));

		this.emulator.clock().advance(step);
		open(page, job.jobId());
		this.emulator.clock().advance(step);
		Document later = open(page, job.jobId());

		Element live = later.selectFirst("#job-live");
		assertThat(live.selectFirst("[data-progress-trend]").text()).matches("down [0-9,]+ in the last [0-9]+ minutes");
		assertThat(live.select("[data-progress-trend] polyline").attr("points").split(" "))
			.hasSizeGreaterThanOrEqualTo(3);
		// 8 steps of the 10 are left, at the rate of the last step (100 objects a second,
		// and a few more while the test itself runs)
		assertThat(live.selectFirst("#time-left").text()).startsWith(capitalised(TimeLeft.about(step.multipliedBy(8))))
			.matches(
					"About [0-9 a-z]+ left at the current rate \\(6,0[0-9]{2} objects a minute in the last [0-9]+ minutes\\)\\.");
		assertThat(list(job)).endsWith(" left");

		this.macie.changeStatus(TestPlaces.HOME, job.jobId(), StatusChange.PAUSE);
		this.emulator.clock().advance(Duration.ofMinutes(10));
		Document paused = open(page, job.jobId());
		assertThat(paused.selectFirst("#time-left").text()).isEqualTo("No estimate while the job is paused.");
		this.macie.changeStatus(TestPlaces.HOME, job.jobId(), StatusChange.RESUME);
		this.emulator.clock().advance(Duration.ofMinutes(1));
		Document resumed = open(page, job.jobId());

		assertThat(resumed.select(".timeline li > span")).extracting(Element::text)
			.containsSubsequence("First recorded: Running (run " + job.numberOfRuns() + ")", "Paused", "Resumed");
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private Job theRunningJobWithMostLeft() {
		return this.macie.listJobs(TestPlaces.HOME, JobListQuery.firstPage())
			.jobs()
			.stream()
			.filter((summary) -> summary.status() == JobStatus.RUNNING)
			.map((summary) -> this.macie.describeJob(TestPlaces.HOME, summary.jobId()))
			.filter((job) -> job.approximateObjectsToProcess() != null)
			.max(Comparator.comparing(Job::approximateObjectsToProcess))
			.orElseThrow();
	}

	/** The job page, once its read (at the emulator's now) is stored. */
	private Document open(String page, String jobId) throws Exception {
		Instant now = this.emulator.clock().instant();
		String html = this.mvc.perform(get(page).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.observations.latest(TestPlaces.HOME, jobId)
				.map((latest) -> !latest.at().isBefore(now))
				.orElse(false));
		return Jsoup.parse(html);
	}

	/** What the job list says under the job's status. */
	private String list(Job job) throws Exception {
		String html = this.mvc
			.perform(get("/jobs").param("name", job.name()).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).selectFirst("tr[data-job-id=" + job.jobId() + "] .time-left").text();
	}

}
