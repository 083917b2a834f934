package io.maciedashboard.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;

import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.emulator.MacieEmulator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test: how long the server takes to render the first page of the job list (the
 * whole request: security, the controller, Macie calls to the emulator over HTTP,
 * Thymeleaf) with the emulator holding 50 jobs and 10,000 jobs. Prints the median of each
 * and their ratio; the goal is a ratio of at most 1.5, since every filter, sort and page
 * goes down to Macie. Run: {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}
 */
public final class JobListBenchmark {

	private static final int WARM_UP = 40;

	private static final int MEASURED = 150;

	private JobListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seedJobs = seedJobs();
		Figures small = measure(50, seedJobs);
		Figures large = measure(10_000, seedJobs);
		System.out.println();
		System.out.println("Job list, first page (25 rows), median server time over " + MEASURED + " renders:");
		System.out.println(small);
		System.out.println(large);
		System.out.printf("ratio 10,000 / 50 jobs: %.2f (goal <= 1.5)%n", large.medianMs() / small.medianMs());
	}

	private static Figures measure(int totalJobs, int seedJobs) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(MacieDashboardApplication.class,
				// every render reaches Macie (no 2 s reuse), but ended jobs are kept as
				// in production
				"--server.port=0", "--macie.mode=emulator", "--macie.emulator.port=0",
				"--macie.emulator.generated-jobs=" + (totalJobs - seedJobs), "--macie.read-cache-ttl=0s",
				"--macie.ended-job-cache-ttl=10m", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			if (emulator.jobCount() != totalJobs) {
				throw new IllegalStateException(
						"the emulator holds " + emulator.jobCount() + " jobs, not " + totalJobs);
			}
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			for (int i = 0; i < WARM_UP; i++) {
				render(mvc);
			}
			emulator.counters().reset();
			double[] millis = new double[MEASURED];
			for (int i = 0; i < MEASURED; i++) {
				long start = System.nanoTime();
				render(mvc);
				millis[i] = (System.nanoTime() - start) / 1_000_000.0;
			}
			Map<String, Long> calls = emulator.counters().snapshot();
			Arrays.sort(millis);
			return new Figures(totalJobs, millis[MEASURED / 2], millis[MEASURED * 9 / 10], calls, MEASURED);
		}
	}

	private static void render(MockMvc mvc) throws Exception {
		int status = mvc.perform(get("/jobs").with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getStatus();
		if (status != 200) {
			throw new IllegalStateException("GET /jobs answered " + status);
		}
	}

	private static int seedJobs() throws IOException {
		try (InputStream json = new ClassPathResource("emulator/seed/jobs.json").getInputStream()) {
			return JsonMapper.builder().build().readTree(json).size();
		}
	}

	private record Figures(int jobs, double medianMs, double p90Ms, Map<String, Long> calls, int renders) {

		@Override
		public String toString() {
			StringBuilder perRender = new StringBuilder();
			this.calls.forEach((operation, count) -> perRender
				.append(String.format(" %s %.1f", operation, count / (double) this.renders)));
			return String.format("%,7d jobs: median %.1f ms, p90 %.1f ms; Macie calls per render:%s", this.jobs,
					this.medianMs, this.p90Ms, perRender);
		}

	}

}
