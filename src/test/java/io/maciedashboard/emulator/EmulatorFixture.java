package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
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

	/** A SigV4 Authorization header as the SDKs and the CLI write it (not verified). */
	static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=x/20260310/us-east-1/macie2/aws4_request, "
			+ "SignedHeaders=content-type;host;x-amz-date, Signature=" + "0123456789abcdef".repeat(4);

	final MacieEmulator emulator;

	final Macie2Client macie;

	private final HttpClient http = HttpClient.newHttpClient();

	EmulatorFixture(Consumer<EmulatorSettings> settings) {
		EmulatorSettings chosen = new EmulatorSettings();
		chosen.setPort(0);
		settings.accept(chosen);
		this.emulator = new MacieEmulator(chosen, EmulatorClock.fixedAt(START)).start();
		this.macie = macie(this.emulator.region(), "x");
	}

	/**
	 * A client of the place of {@code region} and of the account {@code accessKey} acts
	 * in; the caller closes it.
	 */
	Macie2Client macie(String region, String accessKey) {
		return macie(region, StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "x")));
	}

	Macie2Client macie(String region, AwsCredentialsProvider credentials) {
		return Macie2Client.builder()
			.httpClient(ApacheHttpClient.create())
			.endpointOverride(this.emulator.endpoint())
			.region(Region.of(region))
			.credentialsProvider(credentials)
			.overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	/** A signed request's Authorization header for a region and access key. */
	static String authorization(String accessKey, String region, String service) {
		return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/20260310/" + region + "/" + service + "/aws4_request, "
				+ "SignedHeaders=content-type;host;x-amz-date, Signature=" + "0123456789abcdef".repeat(4);
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
		return send(method, path, body, signed ? Map.of("Content-Type", contentType, "Authorization", AUTHORIZATION)
				: Map.of("Content-Type", contentType));
	}

	/** A request with exactly these headers (and the Host java.net.http gives it). */
	HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.emulator.endpoint() + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
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

	/**
	 * A bodiless request with any {@code Host} header (which java.net.http will not
	 * send), written on a socket; the answer's status line, headers and body as text.
	 */
	String sendWithHost(String method, String path, String host, String... headers) {
		URI endpoint = this.emulator.endpoint();
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.macie.close();
		this.emulator.close();
	}

}
