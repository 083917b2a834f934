package io.maciedashboard.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.emulator.MacieEmulator;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test: three people open three different job lists (25 rows each) at the same
 * moment while every Macie call takes 1 s (the emulator's injected latency). Prints how
 * long each waited for the page and how many rows it showed without their details yet.
 * The caching is as in production (identical reads shared, answers kept 2 s, an ended
 * job's description 10 min), and the application is warm. Run with the benchmark profile:
 * {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}
 */
public final class SlowMacieBenchmark {

	private static final List<String> LISTS = List.of("/jobs", "/jobs?sort=name", "/jobs?sort=status");

	private SlowMacieBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(MacieDashboardApplication.class,
				"--server.port=0", "--macie.mode=emulator", "--macie.emulator.port=0", "--macie.read-cache-ttl=2s",
				"--macie.ended-job-cache-ttl=10m", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			// warm (classes loaded, templates parsed, the SDK client built) with a list
			// of
			// one job, so that the three lists find nothing kept about their rows
			render(mvc, "/jobs?size=10&name=PII").call();
			Thread.sleep(2_500);
			context.getBean(MacieEmulator.class).faults().latency(Duration.ofSeconds(1));
			ExecutorService people = Executors.newFixedThreadPool(LISTS.size());
			System.out.println();
			System.out.println("Three job lists opened at once, every Macie call taking 1 s:");
			openAtOnce(mvc, people);
			Thread.sleep(10_000);
			System.out.println("The same three lists 10 s later (as their refresh would):");
			openAtOnce(mvc, people);
			people.shutdown();
		}
	}

	private static void openAtOnce(MockMvc mvc, ExecutorService people) throws Exception {
		List<Future<String>> waits = new ArrayList<>();
		for (String list : LISTS) {
			waits.add(people.submit(render(mvc, list)));
		}
		for (Future<String> wait : waits) {
			System.out.println(wait.get());
		}
	}

	private static Callable<String> render(MockMvc mvc, String list) {
		return () -> {
			long start = System.nanoTime();
			MvcResult result = mvc.perform(get(list).with(oidcLogin().authorities(() -> "ROLE_VIEWER"))).andReturn();
			double seconds = (System.nanoTime() - start) / 1e9;
			String body = result.getResponse().getContentAsString();
			int rows = count(body, "<tr data-job-id=");
			int late = count(body, "data-details-late");
			return String.format("%-20s %5.1f s, %d rows, %d still loading (status %d)", list, seconds, rows, late,
					result.getResponse().getStatus());
		};
	}

	private static int count(String text, String what) {
		int count = 0;
		for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
			count++;
		}
		return count;
	}

}
