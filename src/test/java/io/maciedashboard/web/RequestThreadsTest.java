package io.maciedashboard.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.threads.virtual.enabled} does something only on Java 21 and newer; the
 * start-up log says what the setting gives on the Java that runs the dashboard.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestThreadsTest {

	@Test
	void onJava17TheSettingIsSaidToDoNothing() {
		assertThat(RequestThreads.describe(true, 17))
			.isEqualTo("spring.threads.virtual.enabled is true, but Java 17 has no virtual threads: requests "
					+ "run on Tomcat's pool of platform threads (server.tomcat.threads.max). Run on Java 21 or "
					+ "newer to serve them on virtual threads.");
	}

	@Test
	void onJava21AndNewerRequestsRunOnVirtualThreads() {
		assertThat(RequestThreads.describe(true, 21))
			.isEqualTo("Requests run on virtual threads (Java 21, spring.threads.virtual.enabled).");
		assertThat(RequestThreads.describe(true, 25)).startsWith("Requests run on virtual threads (Java 25");
	}

	@Test
	void withTheSettingOffRequestsRunOnPlatformThreads() {
		assertThat(RequestThreads.describe(false, 25))
			.isEqualTo("Requests run on Tomcat's pool of platform threads (server.tomcat.threads.max; Java 25).");
	}

	@Test
	void theStartUpLogSaysItForTheJavaThatRuns(CapturedOutput output) {
		new RequestThreads(new MockEnvironment().withProperty("spring.threads.virtual.enabled", "true")).report();

		assertThat(output.getOut()).contains(RequestThreads.describe(true, Runtime.version().feature()));
	}

}
