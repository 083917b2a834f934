package io.maciedashboard.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard in a JVM of its own, as a person starts it, on free ports and with an H2
 * file in a temporary data directory: its start-up time (to the readiness probe answering
 * UP, and Spring's own "Started ... in X seconds"), and what the operating system and the
 * JVM say of its memory and threads. Its output goes to a log file beside the data (named
 * in errors).
 */
final class DashboardProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([\\d.]+) seconds");

	private final Process process;

	private final URI url;

	private final Path log;

	private final String jcmd;

	private final CompletableFuture<Double> springStartedSeconds = new CompletableFuture<>();

	private final double readySeconds;

	private DashboardProcess(Process process, URI url, Path log, String jcmd, long startedNanos)
			throws IOException, InterruptedException {
		this.process = process;
		this.url = url;
		this.log = log;
		this.jcmd = jcmd;
		Thread copier = new Thread(this::copyOutput, "dashboard-output");
		copier.setDaemon(true);
		copier.start();
		this.readySeconds = awaitReady(startedNanos);
	}

	/**
	 * Starts {@code mainArguments} (a main class or {@code -jar x.jar}, then its
	 * arguments) with {@code java} of {@code javaHome} and these JVM options, on a free
	 * port given as {@code server.port}.
	 */
	static DashboardProcess start(String javaHome, List<String> jvmOptions, List<String> mainArguments, Path dataDir,
			int port) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(javaHome, "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(mainArguments);
		command.add("--server.port=" + port);
		command.add("--dashboard.data-dir=" + dataDir);
		Path log = dataDir.resolve("dashboard.log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		return new DashboardProcess(process, URI.create("http://127.0.0.1:" + port), log,
				Path.of(javaHome, "bin", "jcmd").toString(), started);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	URI url() {
		return this.url;
	}

	/** From the process start to the readiness probe answering UP. */
	double readySeconds() {
		return this.readySeconds;
	}

	/** What Spring logged: "Started ... in X seconds". */
	double springStartedSeconds() throws Exception {
		return this.springStartedSeconds.get(10, TimeUnit.SECONDS);
	}

	String procStatus() throws IOException {
		return Files.readString(Path.of("/proc", Long.toString(this.process.pid()), "status"));
	}

	/** A full collection first, so that what is left is what the dashboard holds. */
	String heapInfoAfterFullGc() throws IOException, InterruptedException {
		jcmd("GC.run");
		return jcmd("GC.heap_info");
	}

	String threadDump() throws IOException, InterruptedException {
		return jcmd("Thread.print");
	}

	/** The classes that hold most of the heap (after a full GC: live objects only). */
	String classHistogram() throws IOException, InterruptedException {
		return jcmd("GC.class_histogram");
	}

	/** Needs {@code -XX:NativeMemoryTracking=summary} among the JVM options. */
	String nativeMemory() throws IOException, InterruptedException {
		return jcmd("VM.native_memory", "summary", "scale=MB");
	}

	/** The JVM's performance counters (the collector's among them). */
	String perfCounters() throws IOException, InterruptedException {
		return jcmd("PerfCounter.print");
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	private String jcmd(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(this.jcmd, Long.toString(this.process.pid())));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (jcmd.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
		}
		return output;
	}

	private double awaitReady(long startedNanos) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest.newBuilder(this.url.resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = startedNanos + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The dashboard stopped at start-up; see " + this.log);
			}
			try {
				HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return (System.nanoTime() - startedNanos) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The dashboard was not ready within 3 minutes; see " + this.log);
	}

	private void copyOutput() {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				var file = Files.newBufferedWriter(this.log)) {
			String line;
			while ((line = output.readLine()) != null) {
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					this.springStartedSeconds.complete(Double.parseDouble(started.group(1)));
				}
				file.write(line);
				file.newLine();
				file.flush();
			}
		}
		catch (IOException ex) {
			// the dashboard stopped (the JDK closes its output as the process ends)
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
