package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.function.Consumer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.macie2.Macie2Client;

/**
 * A running emulator on an ephemeral port, on a clock fixed at a known instant, with the
 * real SDK client (Apache HTTP client, dummy credentials, no retries so each fault is
 * seen as sent) and a plain HTTP client for what the SDK would never send.
 */
final class EmulatorFixture implements AutoCloseable {

	static final Instant START = Instant.parse("2026-03-10T09:30:00Z");

	final MacieEmulator emulator;

	final Macie2Client macie;

	private final HttpClient http = HttpClient.newHttpClient();

	EmulatorFixture(Consumer<EmulatorProperties> settings) {
		EmulatorProperties properties = new EmulatorProperties();
		properties.setPort(0);
		settings.accept(properties);
		this.emulator = new MacieEmulator(properties, EmulatorClock.fixedAt(START)).start();
		this.macie = Macie2Client.builder()
			.httpClient(ApacheHttpClient.create())
			.endpointOverride(this.emulator.endpoint())
			.region(Region.of(this.emulator.region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
			.overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	/** With the shipped seed. */
	EmulatorFixture() {
		this(properties -> {
		});
	}

	/**
	 * A request outside the SDK; {@code signed} adds a (fake but well-formed) SigV4
	 * Authorization header.
	 */
	HttpResponse<String> send(String method, String path, String body, boolean signed) {
		return send(method, path, body, signed, "application/json");
	}

	HttpResponse<String> send(String method, String path, String body, boolean signed, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.emulator.endpoint() + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", contentType);
		if (signed) {
			request.header("Authorization", "AWS4-HMAC-SHA256 Credential=x/20260310/us-east-1/macie2/aws4_request, "
					+ "SignedHeaders=host;x-amz-date, Signature=0123456789abcdef");
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.macie.close();
		this.emulator.close();
	}

}
