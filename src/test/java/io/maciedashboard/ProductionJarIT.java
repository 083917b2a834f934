package io.maciedashboard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that the README and the Dockerfile run starts the production application, which
 * it holds, and not the dev run's test application (a Start-Class it does not hold would
 * stop {@code java -jar} at once). Runs after {@code package}, on the jar it built.
 */
class ProductionJarIT {

	@Test
	void theJarStartsTheProductionApplicationAndHoldsNoTestClass() throws IOException {
		try (JarFile jar = new JarFile(builtJar().toFile())) {
			String startClass = jar.getManifest().getMainAttributes().getValue("Start-Class");

			assertThat(startClass).isEqualTo(MacieDashboardApplication.class.getName());
			assertThat(jar.getEntry("BOOT-INF/classes/" + startClass.replace('.', '/') + ".class")).isNotNull();
			assertThat(jar.getEntry("BOOT-INF/classes/io/maciedashboard/TestMacieDashboardApplication.class")).isNull();
		}
	}

	private static Path builtJar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "macie-jobs-dashboard-*.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		throw new IllegalStateException("No macie-jobs-dashboard-*.jar in target/: run it with mvn verify");
	}

}
