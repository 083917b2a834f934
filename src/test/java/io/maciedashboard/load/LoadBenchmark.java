package io.maciedashboard.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.maciedashboard.Jdks;
import io.maciedashboard.TestMacieDashboardApplication;
import io.maciedashboard.admission.RequestAdmission;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * Not a test: the dashboard over real HTTP, in a JVM of its own with {@code -Xmx256m}, on
 * free ports, twice: the production jar as the Dockerfile runs it (its Java and JVM
 * options, emulator mode, an identity provider of its own) and the dev run as the
 * README's run command starts it (emulator, development identity provider, H2 file, test
 * classpath). In each, people sign in through the identity provider's login page; then
 * 1,000 event streams are held open at once (resident memory, heap and resident memory
 * after a full GC, threads, next to the figures before), and 50 people click through list
 * and job pages without pause (pages/s, p50 and p99 of the time to a whole answer,
 * measured by the client on loopback). The jar is also started a few times alone (to
 * readiness UP, and Spring's "Started ... in X seconds"). Run:
 * {@code ./mvnw -B -Pbenchmark -Dfrontend.skip
 * verify} (it builds the jar), or alone with {@code java -cp
 * target/test-classes:target/classes:<test classpath> io.maciedashboard.load.LoadBenchmark}.
 * Settings (system properties): {@code load.runs} ("jar dev"), {@code load.java.home}
 * (another JDK for the dashboard; the jar needs the Dockerfile's Java, found under
 * /usr/lib/jvm when this JVM is older), {@code load.people} (50), {@code load.streams}
 * (1000), {@code load.click-seconds} (30), {@code load.startups} (3),
 * {@code load.jvm-options} and {@code load.arguments} (more JVM options and settings for
 * the dashboard under load, to compare), {@code load.nmt=true} (the JVM's native memory
 * summary and the largest classes on the heap beside the figures, to see where memory
 * goes).
 */
public final class LoadBenchmark {

	private static final Pattern JOB_LINK = Pattern.compile("href=\"(/jobs/\\d{12}/[a-z0-9-]+/[0-9a-zA-Z]+)\"");

	private static final String LIST_VIEW = "/jobs?status=RUNNING&status=USER_PAUSED";

	private static final String LIST_EVENTS = "/jobs/events?status=RUNNING&status=USER_PAUSED";

	private final String javaHome = System.getProperty("load.java.home", System.getProperty("java.home"));

	private final int people = Integer.getInteger("load.people", 50);

	private final int streams = Integer.getInteger("load.streams", 1000);

	private final int clickSeconds = Integer.getInteger("load.click-seconds", 30);

	private final int startups = Integer.getInteger("load.startups", 3);

	private final boolean nativeMemory = Boolean.getBoolean("load.nmt");

	/** More JVM options for the dev run, e.g. {@code -XX:+UseSerialGC}. */
	private final List<String> dashboardOptions = words(System.getProperty("load.jvm-options", ""));

	/**
	 * More settings for the dev run, e.g.
	 * {@code --server.max-http-request-header-size=8KB}.
	 */
	private final List<String> dashboardArguments = words(System.getProperty("load.arguments", ""));

	/** Which dashboards to load: the production jar, the dev run, or both. */
	private final Set<String> runs = Set.copyOf(words(System.getProperty("load.runs", "jar dev")));

	private final List<String> table = new ArrayList<>();

	/** The dashboard under load now, named in each row. */
	private String run = "";

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new LoadBenchmark().run();
	}

	private void run() throws Exception {
		System.out.printf(
				"%nLoad over real HTTP: the dashboard in its own JVM (%s, -Xmx256m %s %s), %d processors here%n",
				this.javaHome, this.dashboardOptions, this.dashboardArguments,
				Runtime.getRuntime().availableProcessors());
		Path jar = builtJar();
		DockerfileRun image = DockerfileRun.read();
		String imageJava = Jdks.atLeast(image.javaFeature(), System.getProperty("load.java.home"))
			.map(Path::toString)
			.orElse(null);
		if (jar == null) {
			row("production jar", "no target/macie-jobs-dashboard-*.jar: run ./mvnw -DskipTests package");
		}
		else if (imageJava == null) {
			row("production jar", "the Dockerfile runs it on Java " + image.javaFeature()
					+ " and no such JDK was found (this JVM, /usr/lib/jvm/*, or -Dload.java.home)");
		}
		else {
			startups(jar, imageJava);
			if (this.runs.contains("jar")) {
				jarRun(jar, imageJava, image.jvmOptions());
			}
		}
		if (this.runs.contains("dev")) {
			devRun();
		}
		System.out.println();
		System.out.println("| figure | value |");
		System.out.println("|---|---|");
		this.table.forEach(System.out::println);
	}

	/**
	 * The production jar in emulator mode; {@code identityProvider} is the issuer it
	 * signs in with (one that needs no reachable provider to start when null).
	 */
	private static List<String> jarArguments(Path jar, String issuer) {
		List<String> arguments = new ArrayList<>(List.of("-jar", jar.toString(), "--macie.mode=emulator",
				"--macie.region=us-east-1", "--macie.emulator.port=0",
				"--spring.security.oauth2.client.registration.sso.client-id=macie-dashboard",
				"--spring.security.oauth2.client.registration.sso.client-secret=load-secret",
				"--spring.security.oauth2.client.registration.sso.provider=sso"));
		if (issuer != null) {
			arguments.add("--spring.security.oauth2.client.provider.sso.issuer-uri=" + issuer);
		}
		else {
			arguments.addAll(List.of(
					"--spring.security.oauth2.client.provider.sso.authorization-uri=http://idp.invalid/authorize",
					"--spring.security.oauth2.client.provider.sso.token-uri=http://idp.invalid/token",
					"--spring.security.oauth2.client.provider.sso.jwk-set-uri=http://idp.invalid/jwks",
					"--spring.security.oauth2.client.provider.sso.user-info-uri=http://idp.invalid/userinfo",
					"--spring.security.oauth2.client.provider.sso.user-name-attribute=sub"));
		}
		return arguments;
	}

	/**
	 * Start-ups of the production jar ({@code ./mvnw -DskipTests package}) on the
	 * Dockerfile's Java.
	 */
	private void startups(Path jar, String javaHome) throws Exception {
		for (int i = 1; i <= this.startups; i++) {
			Path data = Files.createTempDirectory("macie-startup-");
			try (DashboardProcess jarRun = DashboardProcess.start(javaHome, List.of("-Xmx256m"),
					jarArguments(jar, null), data, DashboardProcess.freePort())) {
				row("start-up of the jar, run " + i,
						String.format("readiness UP after %.1f s; Spring: started in %.1f s; RSS %d MB",
								jarRun.readySeconds(), jarRun.springStartedSeconds(),
								ProcessFigures.residentKib(jarRun.procStatus()) / 1024));
			}
		}
	}

	/**
	 * The production jar as the Dockerfile runs it (its Java and its JVM options: the
	 * serial collector, the heap half of the container) in a 512 MB container, signing in
	 * through an identity provider of its own (mock-oauth2-server's login page, here in
	 * the benchmark's JVM). MaxRAM sizes the JVM as that container would: without it the
	 * initial heap is a 64th of this machine's memory, all 256 MB, which a container
	 * never gives and which the heap then never shrinks below.
	 */
	private void jarRun(Path jar, String javaHome, List<String> imageOptions) throws Exception {
		MockOAuth2Server identityProvider = new MockOAuth2Server(new OAuth2Config(true));
		identityProvider.start(InetAddress.getLoopbackAddress(), DashboardProcess.freePort());
		try {
			List<String> jvm = new ArrayList<>(List.of("-XX:MaxRAM=512m", "-Xmx256m"));
			jvm.addAll(imageOptions);
			jvm.addAll(this.dashboardOptions);
			List<String> arguments = new ArrayList<>(
					jarArguments(jar, identityProvider.issuerUrl("default").toString()));
			arguments.addAll(this.dashboardArguments);
			underLoad("jar", javaHome, jvm, arguments);
		}
		finally {
			identityProvider.shutdown();
		}
	}

	/** The dev run with the README's settings, on free ports. */
	private void devRun() throws Exception {
		List<String> jvm = new ArrayList<>(List.of("-Xmx256m"));
		jvm.addAll(this.dashboardOptions);
		jvm.addAll(List.of("-cp", System.getProperty("java.class.path")));
		List<String> arguments = new ArrayList<>(List.of(TestMacieDashboardApplication.class.getName(),
				"--macie.emulator.port=" + DashboardProcess.freePort(),
				"--dashboard.dev-idp.port=" + DashboardProcess.freePort(),
				"--dashboard.dev-mail.smtp-port=" + DashboardProcess.freePort(),
				"--dashboard.dev-mail.imap-port=" + DashboardProcess.freePort()));
		arguments.addAll(this.dashboardArguments);
		underLoad("dev run", this.javaHome, jvm, arguments);
	}

	/** Signs people in, opens the event streams, then lets them click. */
	private void underLoad(String name, String javaHome, List<String> jvmOptions, List<String> mainArguments)
			throws Exception {
		Path data = Files.createTempDirectory("macie-load-");
		List<String> jvm = new ArrayList<>(jvmOptions);
		if (this.nativeMemory) {
			jvm.add(0, "-XX:NativeMemoryTracking=summary");
		}
		// Tomcat's access log gives each answer's server time (in microseconds, and the
		// part of it spent waiting for a turn), which the client's own time also counts
		// its queueing on this machine's processors in
		List<String> arguments = new ArrayList<>(mainArguments);
		arguments
			.addAll(List.of("--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + data,
					"--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
					"--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=false",
					"--server.tomcat.accesslog.pattern=%{us}T %{" + RequestAdmission.WAITED_ATTRIBUTE + "}r %r"));
		try (DashboardProcess dashboard = DashboardProcess.start(javaHome, jvm, arguments, data,
				DashboardProcess.freePort())) {
			this.run = name;
			row("start-up", String.format("readiness UP after %.1f s (log: %s; %s, JVM options %s)",
					dashboard.readySeconds(), data.resolve("dashboard.log"), javaHome,
					jvmOptions.stream().filter((option) -> option.startsWith("-X")).collect(Collectors.joining(" "))));
			List<SignedInPerson> signedIn = signIn(dashboard.url());
			row("signed in, idle", figures(dashboard));
			List<String> jobs = runningJobs(signedIn.get(0));
			openStreams(dashboard, signedIn, jobs);
			click(dashboard, signedIn, jobs.get(0), data.resolve("access.log"));
		}
	}

	private List<SignedInPerson> signIn(URI dashboard) throws Exception {
		long start = System.nanoTime();
		List<SignedInPerson> signedIn = new ArrayList<>();
		for (int i = 1; i <= this.people; i++) {
			signedIn.add(SignedInPerson.signIn(dashboard, "viewer" + i, "macie-viewers"));
		}
		row("sign-in of " + this.people + " people, one after the other",
				String.format("%.0f ms each (OIDC code flow through the dev identity provider)",
						(System.nanoTime() - start) / 1e6 / this.people));
		return signedIn;
	}

	/** The running jobs of the list (the seed has some in each place). */
	private static List<String> runningJobs(SignedInPerson person) throws Exception {
		HttpResponse<String> list = person.get("/jobs?status=RUNNING&size=200");
		Set<String> jobs = new LinkedHashSet<>();
		Matcher links = JOB_LINK.matcher(list.body());
		while (links.find()) {
			jobs.add(links.group(1));
		}
		if (list.statusCode() != 200 || jobs.isEmpty()) {
			throw new IllegalStateException("No running job on the list: " + list.statusCode());
		}
		return List.copyOf(jobs);
	}

	/**
	 * Event streams of running jobs' pages (and one in ten of the live list view), shared
	 * among the signed-in people; each must answer 200 with text/event-stream, send its
	 * opening comment and then at least one {@code observed} event.
	 */
	private void openStreams(DashboardProcess dashboard, List<SignedInPerson> signedIn, List<String> jobs)
			throws Exception {
		List<Stream> open = new ArrayList<>();
		for (int i = 0; i < this.streams; i++) {
			String url = (i % 10 == 9) ? LIST_EVENTS : jobs.get(i % jobs.size()) + "/events";
			open.add(Stream.open(signedIn.get(i % signedIn.size()), url));
		}
		boolean allOpen = await(120, () -> open.stream().allMatch((stream) -> stream.opened() || stream.failed()));
		boolean allObserved = await(60,
				() -> open.stream().allMatch((stream) -> stream.observed.get() > 0 || stream.failed()));
		long failed = open.stream().filter(Stream::failed).count();
		row(this.streams + " event streams open",
				String.format("%d failed%s; %s%s", failed,
						open.stream()
							.filter(Stream::failed)
							.findFirst()
							.map((stream) -> " (first: " + stream.error.get() + ")")
							.orElse(""),
						allOpen ? "all opened" : "NOT all opened within 120 s",
						allObserved ? ", each got an observed event" : ", NOT each got an observed event in 60 s"));
		row(this.streams + " event streams open, their figures", figures(dashboard));
		ProcessFigures.RequestThreads requestThreads = ProcessFigures.requestThreads(dashboard.threadDump());
		row("request threads with " + this.streams + " streams open",
				String.format("%d busy of %d in Tomcat's pool (an open stream holds none)", requestThreads.busy(),
						requestThreads.all()));
		if (this.nativeMemory) {
			System.out.println(dashboard.nativeMemory());
			System.out.println(dashboard.classHistogram().lines().limit(25).collect(Collectors.joining("\n")));
		}
		open.forEach(Stream::close);
		row("after they closed", "failures while closing: " + (open.stream().filter(Stream::failed).count() - failed));
		// the server notices a closed stream at its next event (each 5 s for a job page,
		// 15 s for a list): the
		// clicking should not pay for letting go of 1,000 of them
		Thread.sleep(20_000);
	}

	/**
	 * Each person goes round the list, a job page, a filtered list and the job page again
	 * without pause; each answer read whole.
	 */
	private void click(DashboardProcess dashboard, List<SignedInPerson> signedIn, String job, Path accessLog)
			throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/jobs", "the job list");
		pages.put(job, "a running job's page");
		pages.put(LIST_VIEW, "a filtered job list");
		List<String> round = List.of("/jobs", job, LIST_VIEW, job);
		Map<String, ConcurrentLinkedQueue<Double>> times = new LinkedHashMap<>();
		pages.keySet().forEach((page) -> times.put(page, new ConcurrentLinkedQueue<>()));
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		ExecutorService clicking = Executors.newFixedThreadPool(signedIn.size());
		ProcessFigures.Pauses pausesBefore = ProcessFigures.Pauses.of(dashboard.perfCounters());
		long accessLogBefore = Files.size(accessLog);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(this.clickSeconds);
		for (int p = 0; p < signedIn.size(); p++) {
			SignedInPerson person = signedIn.get(p);
			int first = p;
			clicking.execute(() -> {
				for (int i = first; System.nanoTime() < end; i++) {
					String path = round.get(i % round.size());
					long start = System.nanoTime();
					try {
						HttpResponse<String> page = person.get(path);
						if (page.statusCode() != 200) {
							throw new IllegalStateException(page.uri() + " answered " + page.statusCode());
						}
						times.get(path).add((System.nanoTime() - start) / 1e6);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, ex.toString());
					}
				}
			});
		}
		clicking.shutdown();
		// a stall is worth seeing: the dashboard's threads once, when any answer is 10 s
		// late
		Path threads = null;
		while (!clicking.awaitTermination(1, TimeUnit.SECONDS)) {
			if (threads == null && System.nanoTime() > end + TimeUnit.SECONDS.toNanos(10)) {
				threads = Files.createTempFile("macie-load-stall-", ".txt");
				Files.writeString(threads, dashboard.threadDump());
				row("an answer 10 s late", "the dashboard's threads then: " + threads);
			}
		}
		ProcessFigures.Pauses pauses = ProcessFigures.Pauses.of(dashboard.perfCounters()).since(pausesBefore);
		double[] all = sorted(times.values());
		row(signedIn.size() + " people clicking for " + this.clickSeconds + " s",
				String.format("%.0f pages/s, %s (p99/p50 %.1f, goal <= 4), %d errors%s",
						all.length / (double) this.clickSeconds, percentiles(all),
						percentile(all, 0.99) / percentile(all, 0.5), errors.get(),
						(firstError.get() != null) ? " (first: " + firstError.get() + ")" : ""));
		Map<String, List<ProcessFigures.ServerTime>> serverTimes = serverTimes(accessLog, accessLogBefore,
				pages.keySet());
		double[] server = sorted(serverTimes.values(), ProcessFigures.ServerTime::millis);
		row("clicking: server time (Tomcat's access log)", String.format("%s (p99/p50 %.1f, goal <= 4)",
				percentiles(server), percentile(server, 0.99) / percentile(server, 0.5)));
		row("clicking: server time, waiting for a turn",
				percentiles(sorted(serverTimes.values(), ProcessFigures.ServerTime::waitedMillis)));
		row("clicking: server time besides waiting for a turn",
				percentiles(sorted(serverTimes.values(), ProcessFigures.ServerTime::otherMillis)));
		// where the slow answers come from: one kind of page, or the collector's pauses
		pages.forEach((path, name) -> {
			double[] page = sorted(List.of(times.get(path)));
			double[] pageServer = sorted(List.of(serverTimes.get(path)), ProcessFigures.ServerTime::millis);
			row("clicking: " + name,
					page.length + " answers, " + percentiles(page) + "; server time " + percentiles(pageServer));
		});
		row("clicking: the collector's pauses", pauses.toString());
		row("after clicking", figures(dashboard));
	}

	/**
	 * The server times of the answers to these pages that Tomcat's access log holds after
	 * {@code offset}.
	 */
	private static Map<String, List<ProcessFigures.ServerTime>> serverTimes(Path accessLog, long offset,
			Set<String> pages) throws IOException {
		byte[] log = Files.readAllBytes(accessLog);
		return ProcessFigures
			.serverTimes(new String(log, (int) offset, log.length - (int) offset, StandardCharsets.UTF_8), pages);
	}

	/** All the times of these lists, in ascending order. */
	private static double[] sorted(Collection<? extends Collection<Double>> times) {
		return sorted(times, Double::doubleValue);
	}

	/** One time of each answer of these lists, in ascending order. */
	private static <T> double[] sorted(Collection<? extends Collection<T>> answers, ToDoubleFunction<T> time) {
		return answers.stream().flatMap(Collection::stream).mapToDouble(time).sorted().toArray();
	}

	private static String percentiles(double[] sorted) {
		return (sorted.length == 0) ? "no answer"
				: String.format("p50 %.0f ms, p99 %.0f ms", percentile(sorted, 0.5), percentile(sorted, 0.99));
	}

	private static double percentile(double[] sorted, double rank) {
		return sorted[(int) (sorted.length * rank)];
	}

	/**
	 * Resident memory as it is, then heap and resident memory after a full GC, and
	 * threads of the dashboard now.
	 */
	private static String figures(DashboardProcess dashboard) throws IOException, InterruptedException {
		long residentBefore = ProcessFigures.residentKib(dashboard.procStatus());
		String heap = dashboard.heapInfoAfterFullGc();
		String status = dashboard.procStatus();
		OptionalLong metaspace = ProcessFigures.metaspaceUsedKib(heap);
		String metaspaceUsed = metaspace.isPresent() ? " metaspace " + metaspace.getAsLong() / 1024 + " MB," : "";
		return String.format("RSS %d MB (goal < 400); after a full GC: heap %d MB,%s RSS %d MB; %d threads",
				residentBefore / 1024, ProcessFigures.heapUsedKib(heap) / 1024, metaspaceUsed,
				ProcessFigures.residentKib(status) / 1024, ProcessFigures.threads(status));
	}

	private static boolean await(int seconds, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	private void row(String figure, String value) {
		String named = this.run.isEmpty() ? figure : this.run + ": " + figure;
		System.out.println(named + ": " + value);
		this.table.add("| " + named + " | " + value + " |");
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.trim().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
	}

	private static Path builtJar() throws IOException {
		if (!Files.isDirectory(Path.of("target"))) {
			return null;
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "macie-jobs-dashboard-*.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		return null;
	}

	/**
	 * One open event stream read line by line: its opening comment, the count of
	 * {@code observed} events, and the first thing that went wrong (a status other than
	 * 200, a stream that ended while it should be open, a connection error).
	 */
	private static final class Stream implements Flow.Subscriber<String> {

		private final AtomicInteger observed = new AtomicInteger();

		private final AtomicReference<String> error = new AtomicReference<>();

		private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();

		private volatile boolean opened;

		private volatile boolean closing;

		static Stream open(SignedInPerson person, String url) {
			Stream stream = new Stream();
			HttpRequest request = person.request(url).header("Accept", "text/event-stream").build();
			person.http().sendAsync(request, (response) -> {
				String type = response.headers().firstValue("Content-Type").orElse("");
				if (response.statusCode() != 200 || !type.startsWith("text/event-stream")) {
					stream.fail(url + " answered " + response.statusCode() + " " + type);
				}
				return HttpResponse.BodySubscribers.fromLineSubscriber(stream);
			}).whenComplete((response, failure) -> {
				if (failure != null) {
					stream.fail(url + ": " + failure);
				}
			});
			return stream;
		}

		boolean opened() {
			return this.opened;
		}

		boolean failed() {
			return this.error.get() != null;
		}

		void fail(String why) {
			if (!this.closing) {
				this.error.compareAndSet(null, why);
			}
		}

		void close() {
			this.closing = true;
			Flow.Subscription subscription = this.subscription.get();
			if (subscription != null) {
				subscription.cancel();
			}
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription.set(subscription);
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith(":")) {
				this.opened = true;
			}
			else if (line.equals("event:observed")) {
				this.observed.incrementAndGet();
			}
		}

		@Override
		public void onError(Throwable failure) {
			fail("stream failed: " + failure);
		}

		@Override
		public void onComplete() {
			fail("stream ended while open");
		}

	}

}
