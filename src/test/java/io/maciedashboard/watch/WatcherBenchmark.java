package io.maciedashboard.watch;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.MacieJobs;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test: what people watching cost Macie, with the application as the dev run starts
 * it (emulator, default intervals: job page 5 s, list 15 s, answers reused 2 s) and its
 * requests made in process (MockMvc, signed in as viewers). Over 60 s each, after the
 * pages were loaded: the Macie calls of 1 and 100 viewers of one running job's page
 * through its event stream (each viewer fetches the live part on each event, as the page
 * does) and through polling every 5 s (random phases), and of 1 and 50 viewers of the
 * same list view; then 50 people clicking through list and job pages without pause
 * (pages/s, p50, p99 server time). Run:
 * {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}; with the argument
 * {@code clickers} it measures only the clickers (half a minute, e.g. under a profiler).
 */
public final class WatcherBenchmark {

	private static final long WINDOW_MS = 60_000;

	/** "Objects tagged pii=true": running in the seed. */
	private static final String JOB_PAGE = "/jobs/111122223333/us-east-1/";

	private static final String LIST_VIEW = "/jobs?status=RUNNING&status=USER_PAUSED";

	private WatcherBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String[] arguments = { "--server.port=0", "--macie.mode=emulator", "--macie.emulator.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off" };
		try (ConfigurableApplicationContext context = SpringApplication.run(MacieDashboardApplication.class,
				arguments)) {
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			String job = JOB_PAGE + runningJob(context);
			if (List.of(args).contains("clickers")) {
				clickers(mvc, job);
				return;
			}
			System.out.println();
			System.out.println("The watcher: Macie calls over 60 s (emulator; job page every 5 s, list every 15 s)");
			long one = streamed(mvc, emulator, job + "/events", job + "/live", 1, false);
			long hundred = streamed(mvc, emulator, job + "/events", job + "/live", 100, false);
			System.out.printf("job page, pushed:  1 viewer %d calls, 100 viewers %d calls, ratio %.2f (goal <= 1.1)%n",
					one, hundred, ratio(hundred, one));
			one = polled(mvc, emulator, job + "/live", 1);
			hundred = polled(mvc, emulator, job + "/live", 100);
			System.out.printf("job page, polling: 1 viewer %d calls, 100 viewers %d calls, ratio %.2f (goal <= 1.1)%n",
					one, hundred, ratio(hundred, one));
			String events = LIST_VIEW.replace("/jobs?", "/jobs/events?");
			one = streamed(mvc, emulator, events, LIST_VIEW, 1, true);
			long fifty = streamed(mvc, emulator, events, LIST_VIEW, 50, true);
			System.out.printf("job list, pushed:  1 viewer %d calls, 50 viewers %d calls, ratio %.2f (goal <= 1.2)%n",
					one, fifty, ratio(fifty, one));
			clickers(mvc, job);
		}
	}

	/** The id of the seeded running job "Objects tagged pii=true". */
	private static String runningJob(ConfigurableApplicationContext context) {
		return context.getBean(MacieJobs.class)
			.listJobs(context.getBean(MacieJobs.class).places().get(0),
					new JobListQuery(Set.of(), null, "Objects tagged pii=true", null, null, SortField.CREATED_AT, false,
							25, null))
			.jobs()
			.get(0)
			.jobId();
	}

	/**
	 * N viewers with an open event stream who fetch the live part on each event; the
	 * Macie calls of the window.
	 */
	private static long streamed(MockMvc mvc, MacieEmulator emulator, String eventsUrl, String liveUrl, int viewers,
			boolean list) throws Exception {
		List<MvcResult> streams = new ArrayList<>();
		for (int i = 0; i < viewers; i++) {
			streams.add(perform(mvc, get(URI.create(eventsUrl)).accept(MediaType.TEXT_EVENT_STREAM)));
		}
		int[] seen = new int[viewers];
		ExecutorService fetchers = Executors.newFixedThreadPool(Math.min(viewers, 50));
		emulator.counters().reset();
		long end = System.currentTimeMillis() + WINDOW_MS;
		while (System.currentTimeMillis() < end) {
			for (int i = 0; i < viewers; i++) {
				int events = events(streams.get(i));
				if (events > seen[i]) {
					seen[i] = events;
					fetchers.execute(() -> live(mvc, liveUrl, list));
				}
			}
			Thread.sleep(20);
		}
		long calls = total(emulator.counters().snapshot());
		fetchers.shutdown();
		fetchers.awaitTermination(1, TimeUnit.MINUTES);
		for (MvcResult stream : streams) {
			((MockAsyncContext) stream.getRequest().getAsyncContext()).complete();
		}
		// the watch stops one interval after its last viewer left
		Thread.sleep(16_000);
		return calls;
	}

	/** N viewers polling the live part every 5 s, each at its own phase. */
	private static long polled(MockMvc mvc, MacieEmulator emulator, String liveUrl, int viewers) throws Exception {
		ExecutorService pollers = Executors.newFixedThreadPool(viewers);
		AtomicBoolean stop = new AtomicBoolean();
		emulator.counters().reset();
		for (int i = 0; i < viewers; i++) {
			pollers.execute(() -> {
				try {
					Thread.sleep(ThreadLocalRandom.current().nextLong(5_000));
					while (!stop.get()) {
						live(mvc, liveUrl, false);
						Thread.sleep(5_000);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		Thread.sleep(WINDOW_MS);
		long calls = total(emulator.counters().snapshot());
		stop.set(true);
		pollers.shutdownNow();
		pollers.awaitTermination(1, TimeUnit.MINUTES);
		Thread.sleep(6_000);
		return calls;
	}

	/** 50 people clicking through the list and a job page without pause for 30 s. */
	private static void clickers(MockMvc mvc, String job) throws Exception {
		int people = 50;
		List<String> pages = List.of("/jobs", job, LIST_VIEW, job);
		// each page once first: templates parsed, classes loaded, as after the other
		// parts
		for (String page : pages) {
			perform(mvc, get(URI.create(page)));
		}
		ExecutorService clicking = Executors.newFixedThreadPool(people);
		List<List<Double>> times = new ArrayList<>();
		long end = System.currentTimeMillis() + 30_000;
		for (int p = 0; p < people; p++) {
			List<Double> mine = new ArrayList<>();
			times.add(mine);
			clicking.execute(() -> {
				int i = ThreadLocalRandom.current().nextInt(pages.size());
				while (System.currentTimeMillis() < end) {
					long start = System.nanoTime();
					try {
						perform(mvc, get(URI.create(pages.get(i++ % pages.size()))));
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					mine.add((System.nanoTime() - start) / 1_000_000.0);
				}
			});
		}
		clicking.shutdown();
		clicking.awaitTermination(2, TimeUnit.MINUTES);
		double[] all = times.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(
				"50 people clicking for 30 s: %.0f pages/s, p50 %.0f ms, p99 %.0f ms (p99/p50 %.1f, goal <= 4), heap used %d MB%n",
				all.length / 30.0, all[all.length / 2], all[(int) (all.length * 0.99)],
				all[(int) (all.length * 0.99)] / all[all.length / 2],
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
	}

	private static void live(MockMvc mvc, String url, boolean list) {
		MockHttpServletRequestBuilder request = get(URI.create(url)).header("HX-Request", "true");
		if (list) {
			request.header("HX-Target", "job-results");
		}
		try {
			perform(mvc, request);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"))))
			.andReturn();
		int status = result.getResponse().getStatus();
		if (status != 200) {
			throw new IllegalStateException("GET answered " + status);
		}
		return result;
	}

	private static int events(MvcResult stream) {
		try {
			String content = stream.getResponse().getContentAsString();
			return content.split("event:observed", -1).length - 1;
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long total(Map<String, Long> calls) {
		return calls.values().stream().mapToLong(Long::longValue).sum();
	}

	private static double ratio(long many, long one) {
		return (one == 0) ? Double.NaN : many / (double) one;
	}

}
