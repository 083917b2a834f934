package io.maciedashboard.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieJobs;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database stops answering while the dashboard runs (an H2 server on TCP, stopped
 * before each test): the pages that read only Macie keep working, what needs the database
 * says it cannot be shown, and a change is refused because it could not be recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DatabaseDownIT {

	static Server database;

	@Autowired
	MockMvc mvc;

	@Autowired
	MacieJobs macie;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry properties) throws SQLException, IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
		properties.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + port
				+ "/mem:down;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	@BeforeEach
	void stopTheDatabase() {
		database.stop();
	}

	@AfterAll
	static void shutDown() {
		database.shutdown();
	}

	@Test
	void theJobListAndAJobPageStillShow() throws Exception {
		this.mvc.perform(get("/jobs").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Classification jobs")));

		this.mvc.perform(get(TestPlaces.HOME.jobPath(job(JobStatus.RUNNING))).with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The history cannot be shown now")))
			.andExpect(content().string(containsString("The run history cannot be shown now")));
	}

	@Test
	void theAuditPageSaysTheTrailCannotBeRead() throws Exception {
		this.mvc.perform(get("/audit").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_AUDITOR"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit trail cannot be read now")));
	}

	@Test
	void aChangeThatCannotBeRecordedIsNotMade() throws Exception {
		String running = job(JobStatus.RUNNING);

		this.mvc
			.perform(post(TestPlaces.HOME.jobPath(running) + "/pause").param("confirmed", "true")
				.with(csrf())
				.with(operator()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("audit trail could not record this change")));

		assertThat(this.macie.describeJob(TestPlaces.HOME, running).status()).isEqualTo(JobStatus.RUNNING);
	}

	private String job(JobStatus status) {
		return this.macie.listJobs(TestPlaces.HOME, JobListQuery.firstPage())
			.jobs()
			.stream()
			.filter((job) -> job.status() == status)
			.findFirst()
			.orElseThrow()
			.jobId();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
		return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
	}

}
