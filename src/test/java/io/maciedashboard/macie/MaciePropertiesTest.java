package io.maciedashboard.macie;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.Macie2ServiceClientConfiguration;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * {@code macie.*}: defaults, start-up validation naming the property, and the clients it
 * configures.
 */
class MaciePropertiesTest {

	private static final EmbeddedMacie EMULATOR = new EmbeddedMacie(URI.create("http://127.0.0.1:18083"), "us-east-1",
			"111122223333", Clock.systemUTC());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(MacieConfiguration.class);

	@Test
	void defaultsToAmazonMacieWithSensibleTimeouts() {
		this.runner.withSystemProperties("aws.region=eu-west-1").run((context) -> {
			assertThat(context).hasNotFailed();
			MacieProperties properties = context.getBean(MacieProperties.class);
			assertThat(properties.mode()).isEqualTo(MacieProperties.Mode.AWS);
			assertThat(properties.hasRegion()).isFalse();
			assertThat(properties.endpointOverride()).isEmpty();
			assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
			assertThat(properties.socketTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(15));
			assertThat(properties.apiCallTimeout()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void emulatorModePointsTheClientAtTheEmbeddedMacie() {
		this.runner.withBean(EmbeddedMacie.class, () -> EMULATOR)
			.withPropertyValues("macie.mode=emulator", "macie.connect-timeout=1s", "macie.api-call-attempt-timeout=4s",
					"macie.api-call-timeout=9s")
			.run((context) -> {
				MacieClients clients = context.getBean(MacieClients.class);
				assertThat(clients.places()).containsExactly(new Place("us-east-1", "111122223333", null));
				Macie2ServiceClientConfiguration configuration = clients.client(clients.places().get(0))
					.serviceClientConfiguration();
				assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:18083"));
				assertThat(configuration.region().id()).isEqualTo("us-east-1");
				assertThat(configuration.overrideConfiguration().apiCallAttemptTimeout())
					.contains(Duration.ofSeconds(4));
				assertThat(configuration.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(9));
				assertThat(configuration.overrideConfiguration().retryStrategy())
					.containsInstanceOf(StandardRetryStrategy.class);
			});
	}

	@Test
	void aConfiguredRegionWinsOverTheEmulatorsRegion() {
		this.runner.withBean(EmbeddedMacie.class, () -> EMULATOR)
			.withPropertyValues("macie.mode=emulator", "macie.region=eu-west-1")
			.run((context) -> assertThat(context.getBean(MacieClients.class).places())
				.containsExactly(new Place("eu-west-1", "111122223333", null)));
	}

	@Test
	void awsModeUsesTheConfiguredPlacesAndEndpoint() {
		this.runner
			.withPropertyValues("macie.mode=aws", "macie.places[0].region=eu-central-1",
					"macie.places[0].account-id=111122223333", "macie.places[0].name=Frankfurt",
					"macie.places[1].region=us-east-1", "macie.places[1].account-id=444455556666",
					"macie.places[1].role-arn=arn:aws:iam::444455556666:role/MacieDashboardReader",
					"macie.endpoint=https://vpce-1.macie2.eu-central-1.vpce.amazonaws.com")
			.run((context) -> {
				MacieClients clients = context.getBean(MacieClients.class);
				assertThat(clients.places()).containsExactly(new Place("eu-central-1", "111122223333", "Frankfurt"),
						new Place("us-east-1", "444455556666", null));
				Macie2ServiceClientConfiguration configuration = clients.client(clients.places().get(0))
					.serviceClientConfiguration();
				assertThat(clients.client(clients.places().get(1)).serviceClientConfiguration().credentialsProvider())
					.isInstanceOf(StsAssumeRoleCredentialsProvider.class);
				assertThat(configuration.endpointOverride())
					.contains(URI.create("https://vpce-1.macie2.eu-central-1.vpce.amazonaws.com"));
				assertThat(configuration.region().id()).isEqualTo("eu-central-1");
			});
	}

	@Test
	void awsModeWithoutARegionAsksTheSdkRegionChain() {
		this.runner.withPropertyValues("macie.mode=aws")
			.withSystemProperties("aws.region=ap-south-1")
			.run((context) -> assertThat(context.getBean(MacieClientFactory.class).defaultRegion())
				.isEqualTo("ap-south-1"));
	}

	@Test
	void emulatorModeWithoutTheEmulatorSaysSoOnFirstUse() {
		this.runner.withPropertyValues("macie.mode=emulator")
			.run((context) -> assertThatIllegalStateException()
				.isThrownBy(() -> context.getBean(MacieClients.class).places())
				.withMessageContaining("macie.mode is emulator"));
	}

	@Test
	void clientsAreCreatedOncePerPlaceAndClosedWithTheApplication() {
		List<Macie2Client> created = new ArrayList<>();
		MacieClients clients = new MacieClients(() -> List.of(TestPlaces.IRELAND), (place) -> {
			Macie2Client client = mock(Macie2Client.class);
			created.add(client);
			return client;
		});

		assertThat(created).isEmpty();
		Macie2Client ireland = clients.client(TestPlaces.IRELAND);
		assertThat(clients.client(TestPlaces.IRELAND)).isSameAs(ireland);
		assertThat(clients.client(TestPlaces.DATA_LAKE)).isNotSameAs(ireland);
		assertThat(created).hasSize(2);
		clients.close();
		created.forEach((client) -> verify(client).close());
	}

	@Test
	void anUnknownModeStopsTheApplicationNamingTheProperty() {
		assertStartupFailureMentions("macie.mode=azure", "macie.mode");
	}

	@Test
	void aBadRegionStopsTheApplicationNamingTheProperty() {
		assertStartupFailureMentions("macie.region=Ireland", "region", "must be an AWS region name such as eu-west-1");
	}

	@Test
	void aBadEndpointStopsTheApplicationNamingTheProperty() {
		assertStartupFailureMentions("macie.endpoint=ftp://macie.example.com", "endpoint",
				"must be an http or https URL");
	}

	@Test
	void aZeroOrNegativeTimeoutStopsTheApplicationNamingTheProperty() {
		assertStartupFailureMentions("macie.connect-timeout=0s", "connectTimeout");
		assertStartupFailureMentions("macie.socket-timeout=-5s", "socketTimeout");
		assertStartupFailureMentions("macie.api-call-timeout=1h", "apiCallTimeout");
	}

	@Test
	void anAttemptLongerThanTheWholeCallStopsTheApplication() {
		assertStartupFailureMentions("macie.api-call-attempt-timeout=40s",
				"macie.api-call-attempt-timeout must not be longer than macie.api-call-timeout");
	}

	@Test
	void aBadPlaceStopsTheApplicationNamingTheProperty() {
		assertStartupFailureMentions(List.of("macie.places[0].region=eu-west-1", "macie.places[0].account-id=1234"),
				"places[0].accountId", "must be a 12-digit AWS account id");
		assertStartupFailureMentions(List.of("macie.places[0].account-id=111122223333"), "places[0].region",
				"must not be null");
		assertStartupFailureMentions(
				List.of("macie.places[0].region=eu-west-1", "macie.places[0].account-id=111122223333",
						"macie.places[0].role-arn=arn:aws:iam::444455556666:role/Reader"),
				"places[0].roleOfTheAccount", "role-arn must be a role of the place's account");
		assertStartupFailureMentions(List.of("macie.places[0].region=eu-west-1",
				"macie.places[0].account-id=111122223333", "macie.places[0].external-id=acme"),
				"places[0].externalIdWithRole", "set role-arn too");
		assertStartupFailureMentions(
				List.of("macie.places[0].region=eu-west-1", "macie.places[0].account-id=111122223333",
						"macie.places[1].region=eu-west-1", "macie.places[1].account-id=111122223333"),
				"macie.places lists the same region and account twice");
	}

	@Test
	void aTimeoutThatIsNotADurationStopsTheApplicationNamingTheProperty() {
		assertStartupFailureMentions("macie.api-call-timeout=soon", "macie.api-call-timeout");
	}

	private void assertStartupFailureMentions(String property, String... expected) {
		assertStartupFailureMentions(List.of(property), expected);
	}

	private void assertStartupFailureMentions(List<String> properties, String... expected) {
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(messages(context.getStartupFailure())).contains(expected);
		});
	}

	/** Every message of a failure and its causes, one a line. */
	static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
