package io.maciedashboard.macie;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import io.maciedashboard.emulator.MacieEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which Macie a start uses: Amazon Macie unless {@code macie.mode=emulator}, which starts
 * the emulator configured and checked from {@code macie.emulator.*}, stopped with the
 * context, and lends the dashboard its clock.
 */
class EmulatorConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(MacieConfiguration.class, EmulatorConfiguration.class)
		.withPropertyValues("macie.emulator.port=0");

	private final ApplicationContextRunner emulatorMode = this.contexts.withPropertyValues("macie.mode=emulator");

	private static int status(URI endpoint) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(endpoint.resolve("/_emulator/clock")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	@Test
	void aStartWithoutConfigurationUsesAmazonMacieOnTheSystemClock() {
		this.contexts.withSystemProperties("aws.region=eu-west-1").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(MacieProperties.class).mode()).isEqualTo(MacieProperties.Mode.AWS);
			assertThat(context).doesNotHaveBean(MacieEmulator.class).doesNotHaveBean(EmbeddedMacie.class);
			assertThat(context.getBean(MacieClientFactory.class).defaultRegion()).isEqualTo("eu-west-1");
			assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
		});
	}

	@Test
	void aStartWithoutConfigurationAndWithoutARegionStopsNamingTheProperty() {
		assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
				"the environment names a region");
		this.contexts
			.withSystemProperties("aws.configFile=target/no-aws-config",
					"aws.sharedCredentialsFile=target/no-aws-config", "aws.disableEc2Metadata=true")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(MaciePropertiesTest.messages(context.getStartupFailure()))
					.contains("No AWS region for Macie: set macie.region");
			});
	}

	@Test
	void theEmulatorRunsInEmulatorModeAndStopsWithTheContext() {
		URI[] endpoint = new URI[1];
		this.emulatorMode.run(context -> {
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			EmbeddedMacie embedded = context.getBean(EmbeddedMacie.class);
			endpoint[0] = emulator.endpoint();
			assertThat(embedded.endpoint()).isEqualTo(endpoint[0]);
			assertThat(endpoint[0].getHost()).isEqualTo("127.0.0.1");
			assertThat(endpoint[0].getPort()).isPositive();
			assertThat(embedded.region()).isEqualTo("us-east-1");
			assertThat(context.getBean(MacieClients.class).places())
				.containsExactly(new Place("us-east-1", "111122223333", null));
			assertThat(status(endpoint[0])).isEqualTo(200);
		});
		assertThatThrownBy(() -> status(endpoint[0])).isInstanceOf(ConnectException.class);
	}

	@Test
	void theDashboardsClockIsTheEmulatorsInEmulatorMode() {
		this.emulatorMode.run(context -> {
			MacieEmulator emulator = context.getBean(MacieEmulator.class);
			Clock clock = context.getBean(Clock.class);
			assertThat(clock).isSameAs(emulator.clock());
			emulator.clock().advance(Duration.ofDays(40));
			assertThat(Duration.between(Clock.systemUTC().instant(), clock.instant()))
				.isGreaterThan(Duration.ofDays(39));
		});
	}

	@Test
	void theEmulatorIsConfiguredFromItsProperties() {
		this.emulatorMode
			.withPropertyValues("macie.emulator.region=eu-west-1", "macie.emulator.account-id=999988887777",
					"macie.emulator.generated-jobs=25",
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
			// the binder names the prefix, the emulator's setter the setting (camel case)
			String setting = camelCase(bad.substring("macie.emulator.".length(), bad.indexOf('=')));
			this.emulatorMode.withPropertyValues(bad).run(context -> {
				assertThat(context).hasFailed();
				assertThat(MaciePropertiesTest.messages(context.getStartupFailure()))
					.contains("Failed to bind properties under 'macie.emulator", setting + " must be");
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
