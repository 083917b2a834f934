package io.maciedashboard.emulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.maciedashboard.macie.EmbeddedMacie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulator as a Spring bean: only in emulator mode, configured and validated from
 * macie.emulator.*, stopped with the context.
 */
class EmulatorConfigurationTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmulatorProperties.class)
	static class Properties {

	}

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, EmulatorConfiguration.class)
		.withPropertyValues("macie.emulator.port=0");

	private static int status(URI endpoint) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(endpoint.resolve("/_emulator/clock")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	@Test
	void theEmulatorRunsByDefaultAndStopsWithTheContext() {
		URI[] endpoint = new URI[1];
		this.contexts.run(context -> {
			assertThat(context).hasSingleBean(EmbeddedMacie.class);
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			endpoint[0] = emulator.endpoint();
			assertThat(endpoint[0].getHost()).isEqualTo("127.0.0.1");
			assertThat(endpoint[0].getPort()).isPositive();
			assertThat(emulator.region()).isEqualTo("us-east-1");
			assertThat(status(endpoint[0])).isEqualTo(200);
		});
		assertThatThrownBy(() -> status(endpoint[0])).isInstanceOf(ConnectException.class);
	}

	@Test
	void thereIsNoEmulatorInAwsMode() {
		this.contexts.withPropertyValues("macie.mode=aws")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedMacie.class));
	}

	@Test
	void theEmulatorIsConfiguredFromItsProperties() {
		this.contexts
			.withPropertyValues("macie.mode=emulator", "macie.emulator.region=eu-west-1",
					"macie.emulator.account-id=999988887777", "macie.emulator.generated-jobs=25",
					"macie.emulator.seed-location=classpath:emulator/lifecycle-seed",
					"macie.emulator.faults.latency=15ms", "macie.emulator.faults.throttling-share=0.5",
					"macie.emulator.faults.internal-error-share=0.25", "macie.emulator.faults.macie-enabled=false")
			.run(context -> {
				MacieEmulator emulator = context.getBean(MacieEmulator.class);
				assertThat(emulator.region()).isEqualTo("eu-west-1");
				assertThat(emulator.accountId()).isEqualTo("999988887777");
				assertThat(emulator.jobCount()).isEqualTo(3 + 25);
				assertThat(emulator.faults().latency()).isEqualTo(Duration.ofMillis(15));
				assertThat(emulator.faults().throttlingShare()).isEqualTo(0.5);
				assertThat(emulator.faults().internalErrorShare()).isEqualTo(0.25);
				assertThat(emulator.faults().macieEnabled()).isFalse();
			});
	}

	@Test
	void aBadSettingStopsTheStartNamingTheProperty() {
		for (String bad : new String[] { "macie.emulator.port=70000", "macie.emulator.region=mars",
				"macie.emulator.account-id=12", "macie.emulator.speed=0", "macie.emulator.generated-jobs=-1",
				"macie.emulator.faults.throttling-share=2", "macie.emulator.host=" }) {
			String property = bad.substring("macie.emulator.".length(), bad.indexOf('='));
			this.contexts.withPropertyValues(bad).run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("macie.emulator")
					.hasMessageContaining(camelCase(property));
			});
		}
	}

	private static String camelCase(String kebab) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : kebab.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

}
