package io.maciedashboard.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WebhookSender} against a real HTTP receiver on loopback (the JDK's server).
 */
class WebhookSenderTest {

	private static final Instant NOW = Instant.parse("2026-12-02T00:31:00Z");

	private static final String SECRET = WebhookSignature.newSecret();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final CountDownLatch releaseSlowAnswers = new CountDownLatch(1);

	private HttpServer receiver;

	private ExecutorService threads;

	private WebhookSender sender;

	@BeforeEach
	void startReceiver() throws IOException {
		this.threads = Executors.newCachedThreadPool();
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.setExecutor(this.threads);
		this.receiver.createContext("/ok", (exchange) -> answer(exchange, 204, ""));
		this.receiver.createContext("/gone", (exchange) -> answer(exchange, 404, "no_service"));
		this.receiver.createContext("/refused", (exchange) -> answer(exchange, 400, "invalid_payload\n\u0000"));
		this.receiver.createContext("/broken", (exchange) -> answer(exchange, 503, "<html>" + "x".repeat(5000)));
		this.receiver.createContext("/busy", (exchange) -> answer(exchange, 429, ""));
		this.receiver.createContext("/moved", (exchange) -> {
			exchange.getResponseHeaders().add("Location", url("/ok"));
			answer(exchange, 302, "");
		});
		this.receiver.createContext("/slow", (exchange) -> {
			try {
				this.releaseSlowAnswers.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			answer(exchange, 200, "");
		});
		this.receiver.start();
		this.sender = sender(true, Duration.ofSeconds(30));
	}

	@AfterEach
	void stopReceiver() throws IOException {
		this.releaseSlowAnswers.countDown();
		this.sender.destroy();
		this.receiver.stop(0);
		this.threads.shutdownNow();
	}

	@Test
	void postsTheSignedBodyAndSaysDeliveredOn2xx() {
		DeliveryResult result = this.sender.send(new WebhookTarget(url("/ok"), WebhookFormat.JSON, SECRET),
				SampleAlerts.expiryIn24Hours());

		assertThat(result).isEqualTo(new DeliveryResult(true, 204, null, false));
		assertThat(this.received).hasSize(1);
		Received request = this.received.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.headers().getFirst("Content-Type")).isEqualToIgnoringCase("application/json; charset=UTF-8");
		assertThat(request.headers().getFirst("User-Agent")).startsWith("MacieJobsDashboard-Webhook/");
		assertThat(request.headers().getFirst(WebhookSender.ALERT_ID_HEADER)).isEqualTo("alert-42");
		assertThat(request.headers().getFirst(WebhookSignature.TIMESTAMP_HEADER)).isEqualTo("1796171460");
		assertThat(WebhookSignature.verify(SECRET, request.headers().getFirst(WebhookSignature.TIMESTAMP_HEADER),
				request.headers().getFirst(WebhookSignature.SIGNATURE_HEADER), request.body(), NOW,
				Duration.ofMinutes(5)))
			.isTrue();
		assertThat(JsonMapper.builder().build().readTree(request.body()).get("id").asString()).isEqualTo("alert-42");
	}

	@Test
	void sendsTheTargetsFormat() {
		this.sender.send(new WebhookTarget(url("/ok"), WebhookFormat.SLACK, SECRET), SampleAlerts.expiryIn24Hours());

		assertThat(new String(this.received.get(0).body(), StandardCharsets.UTF_8))
			.isEqualTo(new WebhookPayloads().render(SampleAlerts.expiryIn24Hours(), WebhookFormat.SLACK));
	}

	@Test
	void sendsUnsignedWithoutASecret() {
		DeliveryResult result = this.sender.send(new WebhookTarget(url("/ok"), WebhookFormat.TEAMS, null),
				SampleAlerts.expiryIn24Hours());

		assertThat(result.delivered()).isTrue();
		assertThat(this.received.get(0).headers().containsKey(WebhookSignature.SIGNATURE_HEADER)).isFalse();
		assertThat(this.received.get(0).headers().containsKey(WebhookSignature.TIMESTAMP_HEADER)).isFalse();
	}

	@Test
	void aClientErrorIsFinalAndQuotesTheReceiver() {
		assertThat(send("/gone"))
			.isEqualTo(new DeliveryResult(false, 404, "The receiver answered HTTP 404: no_service.", false));
		assertThat(send("/refused"))
			.isEqualTo(new DeliveryResult(false, 400, "The receiver answered HTTP 400: invalid_payload.", false));
	}

	@Test
	void aServerErrorOrBusyReceiverIsRetryable() {
		DeliveryResult broken = send("/broken");
		assertThat(broken.delivered()).isFalse();
		assertThat(broken.status()).isEqualTo(503);
		assertThat(broken.retryable()).isTrue();
		assertThat(broken.problem()).startsWith("The receiver answered HTTP 503: <html>xxx").hasSizeLessThan(240);

		assertThat(send("/busy")).isEqualTo(new DeliveryResult(false, 429, "The receiver answered HTTP 429.", true));
	}

	@Test
	void aRedirectIsNotFollowed() {
		DeliveryResult result = send("/moved");

		assertThat(result.delivered()).isFalse();
		assertThat(result.status()).isEqualTo(302);
		assertThat(result.retryable()).isFalse();
		assertThat(result.problem()).contains("Redirects are not followed", url("/ok"));
		assertThat(this.received).extracting(Received::path).containsExactly("/moved");
	}

	@Test
	void aReceiverThatDoesNotAnswerInTimeIsRetryable() throws IOException {
		// the receiver answers only after the test: whatever the timeout, it passes first
		WebhookSender impatient = sender(true, Duration.ofMillis(300));
		try {
			DeliveryResult result = impatient.send(new WebhookTarget(url("/slow"), WebhookFormat.JSON, SECRET),
					SampleAlerts.expiryIn24Hours());

			assertThat(result).isEqualTo(new DeliveryResult(false, null, "The receiver did not answer in time.", true));
		}
		finally {
			impatient.destroy();
		}
	}

	@Test
	void nobodyListeningIsRetryable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		DeliveryResult result = this.sender.send(
				new WebhookTarget("http://127.0.0.1:" + closedPort + "/ok", WebhookFormat.JSON, SECRET),
				SampleAlerts.expiryIn24Hours());

		assertThat(result.delivered()).isFalse();
		assertThat(result.retryable()).isTrue();
		assertThat(result.problem()).startsWith("Could not connect to 127.0.0.1");
	}

	@Test
	void theGuardIsAppliedWhenSending() throws IOException {
		WebhookSender strict = sender(false, Duration.ofSeconds(30));
		try {
			for (String address : List.of(url("/ok"), url("/ok").replace("127.0.0.1", "localhost"),
					url("/ok").replace("127.0.0.1", "[::ffff:127.0.0.1]"))) {
				DeliveryResult result = strict.send(new WebhookTarget(address, WebhookFormat.JSON, SECRET),
						SampleAlerts.expiryIn24Hours());

				assertThat(result.delivered()).isFalse();
				assertThat(result.retryable()).isFalse();
				assertThat(result.problem()).contains("is this server itself (loopback)");
			}
			assertThat(this.received).isEmpty();
		}
		finally {
			strict.destroy();
		}
	}

	@Test
	void aBadAddressIsFinal() {
		DeliveryResult result = this.sender.send(new WebhookTarget("file:///etc/passwd", WebhookFormat.JSON, SECRET),
				SampleAlerts.expiryIn24Hours());

		assertThat(result)
			.isEqualTo(new DeliveryResult(false, null, "Webhook addresses start with https:// (or http://).", false));
	}

	private DeliveryResult send(String path) {
		return this.sender.send(new WebhookTarget(url(path), WebhookFormat.JSON, SECRET),
				SampleAlerts.expiryIn24Hours());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + path;
	}

	private WebhookSender sender(boolean allowLoopback, Duration readTimeout) {
		WebhookProperties properties = new WebhookProperties(Duration.ofSeconds(30), readTimeout, allowLoopback, false,
				null);
		WebhookAddressGuard guard = new WebhookAddressGuard(properties);
		return new WebhookSender(guard, new WebhookPayloads(), properties, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private void answer(HttpExchange exchange, int status, String body) throws IOException {
		this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private record Received(String method, String path, Headers headers, byte[] body) {
	}

}
