package io.maciedashboard.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.maciedashboard.Jdks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark runs the jar as the Dockerfile does, and no Docker engine is at hand to
 * try the image: its JVM options are read from the Dockerfile, and a JDK of the image's
 * version must accept them.
 */
class DockerfileRunTest {

	@Test
	void theRuntimeImagesJavaAndTheJvmOptionsOfTheEntrypointAreRead() {
		DockerfileRun run = DockerfileRun.of("""
				FROM eclipse-temurin:21-jdk AS jar
				RUN ./mvnw package
				FROM eclipse-temurin:25-jre
				ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
				""");

		assertThat(run.javaFeature()).isEqualTo(25);
		assertThat(run.jvmOptions()).containsExactly("-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC");
	}

	@Test
	void aDockerfileWithoutTemurinOrEntrypointIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DockerfileRun.of("FROM eclipse-temurin:25-jre\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DockerfileRun.of("FROM debian\nENTRYPOINT [\"java\", \"-jar\", \"a.jar\"]\n"));
	}

	@Test
	void aJdkOfTheImagesVersionAcceptsTheDockerfilesJvmOptions() throws Exception {
		DockerfileRun run = DockerfileRun.read();
		Path jdk = Jdks.atLeast(run.javaFeature(), null).orElse(null);
		assumeTrue(jdk != null,
				"No JDK " + run.javaFeature() + "+ here (this JVM or /usr/lib/jvm/*) to try the Dockerfile's options");
		List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
		command.addAll(run.jvmOptions());
		command.add("-version");

		Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(java.getInputStream().readAllBytes());

		assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(java.exitValue()).as(output).isZero();
		assertThat(output).doesNotContain("Unrecognized", "warning");
	}

}
