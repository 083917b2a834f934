package io.maciedashboard.watch;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.TestDatabase;
import io.maciedashboard.emulator.EmulatorSettings;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two instances of the dashboard on one PostgreSQL database and one Macie: an operator
 * pauses a running job through instance A, and a viewer of that job's page on instance B
 * gets the pushed change long before B's own next read (its interval is set to 10
 * minutes, so only A's notice can bring it). Skipped with a message where the machine's
 * PostgreSQL does not answer.
 */
class RefreshAcrossInstancesIT {

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private TestDatabase database;

	private MacieEmulator macie;

	@BeforeEach
	void start() {
		this.database = TestDatabase.postgres();
		EmulatorSettings settings = new EmulatorSettings();
		settings.setPort(0);
		this.macie = new MacieEmulator(settings).start();
	}

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.macie != null) {
			this.macie.stop();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aPauseThroughOneInstanceReachesTheViewersOfAnotherBeforeTheirNextRead() throws Exception {
		// B first: its listening connection is open long before A has started
		ConfigurableApplicationContext b = instance();
		ConfigurableApplicationContext a = instance();
		String job = "/jobs/111122223333/us-east-1/" + runningJob(a);
		MockMvc onB = mvc(b);
		MvcResult stream = onB.perform(get(job + "/events").accept(MediaType.TEXT_EVENT_STREAM).with(viewer()))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(observedEvents(stream)).isZero();

		mvc(a).perform(post(job + "/pause").param("confirmed", "true").with(csrf()).with(operator()))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(30)).until(() -> observedEvents(stream) > 0);
		String live = onB.perform(get(job + "/live").header("HX-Request", "true").with(viewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(live).contains(JobStatus.USER_PAUSED.label());
	}

	private ConfigurableApplicationContext instance() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MacieDashboardApplication.class)
			.initializers(SharedEmulator.readBy(this.macie))
			.run("--server.port=0", "--spring.datasource.url=" + this.database.url(),
					"--spring.datasource.username=" + TestDatabase.POSTGRES_USER, "--macie.mode=emulator",
					"--dashboard.job-page.refresh-interval=10m");
		this.instances.add(context);
		return context;
	}

	private static MockMvc mvc(ConfigurableApplicationContext instance) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance).apply(springSecurity()).build();
	}

	/** The seed's running job "Objects tagged pii=true". */
	private static String runningJob(ConfigurableApplicationContext instance) {
		MacieJobs jobs = instance.getBean(MacieJobs.class);
		return jobs
			.listJobs(jobs.places().get(0),
					new JobListQuery(Set.of(), null, "Objects tagged pii=true", null, null, SortField.CREATED_AT, false,
							25, null))
			.jobs()
			.get(0)
			.jobId();
	}

	private static int observedEvents(MvcResult stream) throws UnsupportedEncodingException {
		return stream.getResponse().getContentAsString().split("event:" + EventStreams.OBSERVED, -1).length - 1;
	}

	private static OidcLoginRequestPostProcessor viewer() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER");
	}

	private static OidcLoginRequestPostProcessor operator() {
		return oidcLogin().authorities(() -> "ROLE_OPERATOR");
	}

}
