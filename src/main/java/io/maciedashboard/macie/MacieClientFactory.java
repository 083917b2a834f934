package io.maciedashboard.macie;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.Macie2ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import io.maciedashboard.macie.MacieProperties.Mode;
import io.maciedashboard.macie.MacieProperties.PlaceSettings;

/**
 * Builds the places ({@code macie.places}, or the one implicit place) and a
 * {@link Macie2Client} for each, with the place's region and credentials, as
 * {@code macie.*} says: real AWS or the embedded emulator. An assumed role goes through
 * the SDK's {@link StsAssumeRoleCredentialsProvider} (the emulator answers STS too).
 */
final class MacieClientFactory implements AutoCloseable {

	/**
	 * The emulator accepts any signed request; an access key of 12 digits acts in that
	 * account, any other in its default account.
	 */
	private static final String EMULATOR_KEY = "emulator";

	private static final String SESSION_NAME = "macie-dashboard";

	private final MacieProperties properties;

	private final ObjectProvider<EmbeddedMacie> embeddedMacie;

	/** The STS clients of assumed roles, closed with the Macie clients. */
	private final List<AutoCloseable> stsClients = new ArrayList<>();

	MacieClientFactory(MacieProperties properties, ObjectProvider<EmbeddedMacie> embeddedMacie) {
		this.properties = properties;
		this.embeddedMacie = embeddedMacie;
	}

	/**
	 * The configured places; none: the default region of the SDK's default credentials'
	 * account (the emulator's own place in mode emulator).
	 */
	List<Place> places() {
		if (!this.properties.places().isEmpty()) {
			return this.properties.places().stream().map(PlaceSettings::place).toList();
		}
		if (this.properties.mode() == Mode.EMULATOR) {
			EmbeddedMacie embedded = embeddedMacie();
			return List.of(new Place(this.properties.hasRegion() ? this.properties.region() : embedded.region(),
					embedded.accountId(), null));
		}
		String region = defaultRegion();
		try (StsClient sts = sts(region, DefaultCredentialsProvider.builder().build()).build()) {
			return List.of(new Place(region, sts.getCallerIdentity().account(), null));
		}
		catch (SdkException ex) {
			throw MacieErrors.translate(ex, region, "The account of the dashboard's AWS credentials");
		}
	}

	/** aws mode: the configured region, or the SDK's region chain's. */
	String defaultRegion() {
		if (this.properties.hasRegion()) {
			return this.properties.region();
		}
		try {
			return new DefaultAwsRegionProviderChain().getRegion().id();
		}
		catch (SdkClientException ex) {
			throw new IllegalStateException(
					"No AWS region for Macie: set macie.region (or AWS_REGION, " + "or a region in the AWS profile)",
					ex);
		}
	}

	Macie2Client create(Place place) {
		Macie2ClientBuilder builder = Macie2Client.builder()
			.region(Region.of(place.region()))
			// the Apache client, because the default URL-connection client cannot send
			// PATCH (UpdateClassificationJob)
			.httpClientBuilder(ApacheHttpClient.builder()
				.connectionTimeout(this.properties.connectTimeout())
				.socketTimeout(this.properties.socketTimeout()))
			.overrideConfiguration((override) -> override.retryStrategy(RetryMode.STANDARD)
				.apiCallAttemptTimeout(this.properties.apiCallAttemptTimeout())
				.apiCallTimeout(this.properties.apiCallTimeout()))
			.credentialsProvider(credentials(place));
		if (this.properties.mode() == Mode.EMULATOR) {
			builder.endpointOverride(embeddedMacie().endpoint());
		}
		else {
			this.properties.endpointOverride().ifPresent(builder::endpointOverride);
		}
		return builder.build();
	}

	private AwsCredentialsProvider credentials(Place place) {
		PlaceSettings settings = this.properties.places()
			.stream()
			.filter((candidate) -> place.is(candidate.accountId(), candidate.region()))
			.findFirst()
			.orElse(null);
		boolean emulator = this.properties.mode() == Mode.EMULATOR;
		if (settings != null && settings.roleArn() != null) {
			AwsCredentialsProvider base = emulator ? emulatorCredentials(EMULATOR_KEY) : baseCredentials(settings);
			StsClient sts = sts(place.region(), base).build();
			synchronized (this.stsClients) {
				this.stsClients.add(sts);
			}
			return StsAssumeRoleCredentialsProvider.builder()
				.stsClient(sts)
				.refreshRequest((request) -> request.roleArn(settings.roleArn())
					.roleSessionName(SESSION_NAME)
					.externalId(settings.externalId()))
				.build();
		}
		if (emulator) {
			// a 12-digit key acts in that account
			return emulatorCredentials(place.accountId());
		}
		return baseCredentials(settings);
	}

	private static AwsCredentialsProvider baseCredentials(PlaceSettings settings) {
		if (settings != null && settings.profile() != null) {
			return ProfileCredentialsProvider.create(settings.profile());
		}
		return DefaultCredentialsProvider.builder().build();
	}

	private static AwsCredentialsProvider emulatorCredentials(String accessKey) {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, EMULATOR_KEY));
	}

	private StsClientBuilder sts(String region, AwsCredentialsProvider credentials) {
		StsClientBuilder builder = StsClient.builder()
			.region(Region.of(region))
			.httpClientBuilder(ApacheHttpClient.builder()
				.connectionTimeout(this.properties.connectTimeout())
				.socketTimeout(this.properties.socketTimeout()))
			.credentialsProvider(credentials);
		if (this.properties.mode() == Mode.EMULATOR) {
			builder.endpointOverride(embeddedMacie().endpoint());
		}
		return builder;
	}

	private EmbeddedMacie embeddedMacie() {
		EmbeddedMacie embedded = this.embeddedMacie.getIfAvailable();
		if (embedded == null) {
			throw new IllegalStateException(
					"macie.mode is emulator but no embedded Macie emulator is running; set macie.mode=aws to use Amazon Macie");
		}
		return embedded;
	}

	@Override
	public void close() throws Exception {
		synchronized (this.stsClients) {
			for (AutoCloseable sts : this.stsClients) {
				sts.close();
			}
			this.stsClients.clear();
		}
	}

}
