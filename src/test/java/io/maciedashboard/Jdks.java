package io.maciedashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDKs of this machine, for what needs a newer Java than the one running the tests
 * (Keycloak 26 needs 21, the Dockerfile's JVM options need its Java).
 */
public final class Jdks {

	private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

	private Jdks() {
	}

	/**
	 * A JDK of this feature version or newer: {@code configured} (a JDK's home, may be
	 * null) if set, else this JVM, else the newest under /usr/lib/jvm.
	 */
	public static Optional<Path> atLeast(int feature, String configured) {
		if (configured != null) {
			return Optional.of(Path.of(configured)).filter((home) -> featureVersion(home) >= feature);
		}
		if (Runtime.version().feature() >= feature) {
			return Optional.of(Path.of(System.getProperty("java.home")));
		}
		try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
			return jvms.filter((home) -> featureVersion(home) >= feature)
				.max(Comparator.comparingInt(Jdks::featureVersion));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** The feature version of the JDK at {@code home}, 0 when it has no runnable java. */
	private static int featureVersion(Path home) {
		if (!Files.isExecutable(home.resolve("bin/java"))) {
			return 0;
		}
		try {
			Matcher version = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
