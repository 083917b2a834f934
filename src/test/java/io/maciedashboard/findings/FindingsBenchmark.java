package io.maciedashboard.findings;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.emulator.MacieEmulator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test: what results cost Macie. With the emulator's three places and every read
 * reaching Macie ({@code macie.read-cache-ttl=0s}; the export configuration and ended
 * jobs kept for {@code macie.ended-job-cache-ttl}, as in production), it prints the Macie
 * calls of the job page's Results section per render (goal: at most 3), of the job list's
 * Findings column per page (goal: 1 per place on the page), and of a findings page, with
 * their median server times. Run: {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}
 */
public final class FindingsBenchmark {

	private static final int RENDERS = 100;

	/** "Legal contracts shared externally" of the default place (complete: kept). */
	private static final String JOB_PAGE = "/jobs/111122223333/us-east-1/29176be1f49b3fdfafb07a4618a5a4e6";

	private static final List<String> RESULT_OPERATIONS = List.of("GetFindingStatistics",
			"GetClassificationExportConfiguration");

	private FindingsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String[] arguments = { "--server.port=0", "--macie.mode=emulator", "--macie.emulator.port=0",
				"--macie.read-cache-ttl=0s", "--macie.ended-job-cache-ttl=10m", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--macie.places[0].region=us-east-1",
				"--macie.places[0].account-id=111122223333", "--macie.places[1].region=eu-west-1",
				"--macie.places[1].account-id=111122223333", "--macie.places[2].region=us-east-1",
				"--macie.places[2].account-id=444455556666",
				"--macie.places[2].role-arn=arn:aws:iam::444455556666:role/MacieDashboardReader",
				"--macie.places[2].external-id=acme-macie-dashboard" };
		try (ConfigurableApplicationContext context = SpringApplication.run(MacieDashboardApplication.class,
				arguments)) {
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			System.out.println();
			System.out.println("Results: Macie calls per render (emulator, 3 places, no 2 s reuse of answers)");
			emulator.counters().reset();
			render(mvc, JOB_PAGE);
			System.out.println("job page, first render:        " + results(emulator.counters().snapshot(), 1)
					+ " (the export configuration is then kept 10 minutes per place)");
			measure(mvc, emulator, "job page, Results section:     ", JOB_PAGE, RESULT_OPERATIONS, "goal <= 3");
			measure(mvc, emulator, "job list (3 places), column:   ", "/jobs", List.of("GetFindingStatistics"),
					"goal 1 per place: 3");
			measure(mvc, emulator, "job list (1 place), column:    ", "/jobs?place=111122223333%2Fus-east-1",
					List.of("GetFindingStatistics"), "goal 1");
			measure(mvc, emulator, "findings page (25 findings):   ", JOB_PAGE + "/findings?severity=High",
					List.of("ListFindings", "GetFindings"), "one page: 1 + 1");
		}
	}

	private static void measure(MockMvc mvc, MacieEmulator emulator, String label, String url, List<String> operations,
			String goal) throws Exception {
		for (int i = 0; i < 10; i++) {
			render(mvc, url);
		}
		emulator.counters().reset();
		double[] millis = new double[RENDERS];
		for (int i = 0; i < RENDERS; i++) {
			long start = System.nanoTime();
			render(mvc, url);
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		Map<String, Long> calls = emulator.counters().snapshot();
		long ofThese = operations.stream().mapToLong((operation) -> calls.getOrDefault(operation, 0L)).sum();
		System.out.printf("%s%.2f calls (%s; %s), median %.1f ms over %d renders%n", label, ofThese / (double) RENDERS,
				results(calls, RENDERS), goal, millis[RENDERS / 2], RENDERS);
	}

	private static String results(Map<String, Long> calls, int renders) {
		StringBuilder perRender = new StringBuilder();
		calls.forEach((operation, count) -> perRender.append(perRender.isEmpty() ? "" : ", ")
			.append(String.format("%s %.2f", operation, count / (double) renders)));
		return perRender.toString();
	}

	private static void render(MockMvc mvc, String url) throws Exception {
		// a URI, so that %2F in the URL is not encoded again
		int status = mvc.perform(get(URI.create(url)).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andReturn()
			.getResponse()
			.getStatus();
		if (status != 200) {
			throw new IllegalStateException("GET " + url + " answered " + status);
		}
	}

}
