package io.maciedashboard.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Dockerfile runs the jar: the Java of its runtime image (the last
 * {@code FROM eclipse-temurin:N...}) and the JVM options of its {@code ENTRYPOINT}, so
 * that the benchmark runs the jar as the image does.
 */
record DockerfileRun(int javaFeature, List<String> jvmOptions) {

	static final Path DOCKERFILE = Path.of("Dockerfile");

	private static final Pattern TEMURIN = Pattern.compile("^FROM eclipse-temurin:(\\d+)", Pattern.MULTILINE);

	private static final Pattern ENTRYPOINT = Pattern.compile("^ENTRYPOINT \\[(.*)]$", Pattern.MULTILINE);

	private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"");

	static DockerfileRun read() throws IOException {
		return of(Files.readString(DOCKERFILE));
	}

	static DockerfileRun of(String dockerfile) {
		Matcher image = TEMURIN.matcher(dockerfile);
		int feature = 0;
		while (image.find()) {
			feature = Integer.parseInt(image.group(1));
		}
		Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
		if (feature == 0 || !entrypoint.find()) {
			throw new IllegalArgumentException("No eclipse-temurin image or no ENTRYPOINT [...] in the Dockerfile");
		}
		List<String> command = WORD.matcher(entrypoint.group(1)).results().map((word) -> word.group(1)).toList();
		// between "java" and "-jar"
		return new DockerfileRun(feature, command.subList(1, command.indexOf("-jar")));
	}

}
