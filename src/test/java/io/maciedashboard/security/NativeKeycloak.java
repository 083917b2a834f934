package io.maciedashboard.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import io.maciedashboard.Jdks;

/**
 * Keycloak from the {@code org.keycloak:keycloak-quarkus-dist} zip (unpacked by Maven
 * before the integration tests, its directory in the {@code keycloak.home} system
 * property), started natively with a JDK 21 or newer in dev mode, importing the compose
 * realm file. Started at most once per test JVM and stopped when the JVM exits.
 */
final class NativeKeycloak {

	static final Path REALM_FILE = Path.of("keycloak", "macie-realm.json");

	private static final Duration START_PATIENCE = Duration.ofMinutes(8);

	private static NativeKeycloak shared;

	private final String issuer;

	private NativeKeycloak(String issuer) {
		this.issuer = issuer;
	}

	String issuer() {
		return this.issuer;
	}

	/**
	 * A JDK that can run Keycloak 26: {@code keycloak.java.home} if set, else this JVM or
	 * one under /usr/lib/jvm.
	 */
	static Optional<Path> jdk21OrNewer() {
		return Jdks.atLeast(21, System.getProperty("keycloak.java.home", System.getenv("KEYCLOAK_JAVA_HOME")));
	}

	static Optional<Path> distribution() {
		return Optional.ofNullable(System.getProperty("keycloak.home"))
			.map(Path::of)
			.filter((home) -> Files.isRegularFile(home.resolve("bin/kc.sh")));
	}

	static synchronized NativeKeycloak shared() {
		if (shared == null) {
			shared = start(distribution().orElseThrow(), jdk21OrNewer().orElseThrow());
		}
		return shared;
	}

	private static NativeKeycloak start(Path home, Path jdk) {
		try {
			// a fresh database each run, so the realm imported is exactly today's file
			deleteRecursively(home.resolve("data"));
			Path imports = Files.createDirectories(home.resolve("data/import"));
			Files.copy(REALM_FILE, imports.resolve("macie-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			int port = freePort();
			Path log = home.resolveSibling("keycloak.log");
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--import-realm", "--http-port=" + port, "--http-management-port=" + freePort())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("JAVA_HOME", jdk.toString());
			Process process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				process.descendants().forEach(ProcessHandle::destroy);
				process.destroy();
			}));
			String issuer = "http://localhost:" + port + "/realms/macie";
			awaitDiscovery(process, issuer, log);
			return new NativeKeycloak(issuer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitDiscovery(Process process, String issuer, Path log) throws IOException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
			.build();
		Instant giveUp = Instant.now().plus(START_PATIENCE);
		while (Instant.now().isBefore(giveUp)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting; see " + log);
			}
			try {
				if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// keep waiting
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		throw new IllegalStateException("Keycloak did not serve " + issuer + " in " + START_PATIENCE + "; see " + log);
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
