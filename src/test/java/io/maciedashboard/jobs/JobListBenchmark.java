package io.maciedashboard.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * goes down to Macie. Then the same over the emulator's three places (us-east-1 and
 * eu-west-1 of one account, us-east-1 of another through an assumed role) with about
 * 10,000 jobs each, merged into one list: the goal is at most 2 times the one place with
 * 50 jobs, with one ListClassificationJobs per place per page. Run:
 * {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}
 */
public final class JobListBenchmark {

	private static final int WARM_UP = 40;

	private static final int MEASURED = 150;

	private JobListBenchmark() {
	}

	/** The emulator's three seeded places, the third through its STS. */
	private static final List<String> THREE_PLACES = List.of("--macie.places[0].region=us-east-1",
			"--macie.places[0].account-id=111122223333", "--macie.places[1].region=eu-west-1",
			"--macie.places[1].account-id=111122223333", "--macie.places[2].region=us-east-1",
			"--macie.places[2].account-id=444455556666",
			"--macie.places[2].role-arn=arn:aws:iam::444455556666:role/MacieDashboardReader",
			"--macie.places[2].external-id=acme-macie-dashboard");

	public static void main(String[] args) throws Exception {
		int seedJobs = seedJobs();
		Figures small = measure(50, seedJobs, List.of());
		Figures large = measure(10_000, seedJobs, List.of());
		Figures places = measure(10_000, seedJobs, THREE_PLACES);
		System.out.println();
		System.out.println("Job list, first page (25 rows), median server time over " + MEASURED + " renders:");
		System.out.println(small);
		System.out.println(large);
		System.out.println(places);
		System.out.printf("ratio 10,000 / 50 jobs: %.2f (goal <= 1.5)%n", large.medianMs() / small.medianMs());
		System.out.printf("ratio 3 places of about 10,000 jobs / 1 place of 50 jobs: %.2f (goal <= 2)%n",
				places.medianMs() / small.medianMs());
	}

	/**
	 * @param jobsPerPlace the jobs of the emulator's own place; the others get as many
	 * generated jobs on top of their smaller seeds
	 * @param places {@code macie.places} settings, or none for the one default place
	 */
	private static Figures measure(int jobsPerPlace, int seedJobs, List<String> places) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(
				// every render reaches Macie (no 2 s reuse), but ended jobs are kept as
				// in production
				"--server.port=0", "--macie.mode=emulator", "--macie.emulator.port=0",
				"--macie.emulator.generated-jobs=" + (jobsPerPlace - seedJobs), "--macie.read-cache-ttl=0s",
				"--macie.ended-job-cache-ttl=10m", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		arguments.addAll(places);
		try (ConfigurableApplicationContext context = SpringApplication.run(MacieDashboardApplication.class,
				arguments.toArray(String[]::new))) {
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			if (emulator.jobCount() != jobsPerPlace) {
				throw new IllegalStateException(
						"the emulator holds " + emulator.jobCount() + " jobs, not " + jobsPerPlace);
			}
			String shown = places.isEmpty() ? String.format("1 place, %,d jobs", jobsPerPlace)
					: "3 places, "
							+ String.join(" + ",
									List.of(String.format("%,d", emulator.jobCount("us-east-1", "111122223333")),
											String.format("%,d", emulator.jobCount("eu-west-1", "111122223333")),
											String.format("%,d", emulator.jobCount("us-east-1", "444455556666"))))
							+ " jobs";
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
			return new Figures(shown, millis[MEASURED / 2], millis[MEASURED * 9 / 10], calls, MEASURED);
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

	private record Figures(String shown, double medianMs, double p90Ms, Map<String, Long> calls, int renders) {

		@Override
		public String toString() {
			StringBuilder perRender = new StringBuilder();
			this.calls.forEach((operation, count) -> perRender
				.append(String.format(" %s %.1f", operation, count / (double) this.renders)));
			return String.format("%s: median %.1f ms, p90 %.1f ms; Macie calls per render (page):%s", this.shown,
					this.medianMs, this.p90Ms, perRender);
		}

	}

}
