package io.maciedashboard.macie;

import org.springframework.beans.factory.ObjectProvider;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.Macie2ClientBuilder;

import io.maciedashboard.macie.MacieProperties.Mode;

/**
 * Builds a {@link Macie2Client} for a region as {@code macie.*} says: real AWS or the
 * embedded emulator.
 */
final class MacieClientFactory {

	/** The emulator accepts any signed request; these only let the SDK sign. */
	private static final AwsCredentialsProvider EMULATOR_CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("emulator", "emulator"));

	private final MacieProperties properties;

	private final ObjectProvider<EmbeddedMacie> embeddedMacie;

	MacieClientFactory(MacieProperties properties, ObjectProvider<EmbeddedMacie> embeddedMacie) {
		this.properties = properties;
		this.embeddedMacie = embeddedMacie;
	}

	String defaultRegion() {
		if (this.properties.hasRegion()) {
			return this.properties.region();
		}
		if (this.properties.mode() == Mode.EMULATOR) {
			return embeddedMacie().region();
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

	Macie2Client create(String region) {
		Macie2ClientBuilder builder = Macie2Client.builder()
			.region(Region.of(region))
			// the Apache client, because the default URL-connection client cannot send
			// PATCH (UpdateClassificationJob)
			.httpClientBuilder(ApacheHttpClient.builder()
				.connectionTimeout(this.properties.connectTimeout())
				.socketTimeout(this.properties.socketTimeout()))
			.overrideConfiguration((override) -> override.retryStrategy(RetryMode.STANDARD)
				.apiCallAttemptTimeout(this.properties.apiCallAttemptTimeout())
				.apiCallTimeout(this.properties.apiCallTimeout()));
		if (this.properties.mode() == Mode.EMULATOR) {
			builder.endpointOverride(embeddedMacie().endpoint()).credentialsProvider(EMULATOR_CREDENTIALS);
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
			this.properties.endpointOverride().ifPresent(builder::endpointOverride);
		}
		return builder.build();
	}

	private EmbeddedMacie embeddedMacie() {
		EmbeddedMacie embedded = this.embeddedMacie.getIfAvailable();
		if (embedded == null) {
			throw new IllegalStateException(
					"macie.mode is emulator but no embedded Macie emulator is running; set macie.mode=aws to use Amazon Macie");
		}
		return embedded;
	}

}
