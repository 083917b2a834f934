package io.maciedashboard.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import javax.net.ssl.SSLException;

import io.maciedashboard.alerts.WebhookAddressGuard.RefusedAddressException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One attempt to deliver an alert to a webhook: the body in the target's format, signed
 * when it has a secret, posted with the configured timeouts. Redirects are not followed
 * (they could lead anywhere), and the connection goes only to addresses that
 * {@link WebhookAddressGuard} passed when the name was resolved for it, so a name that
 * changes its address between check and use is still caught. Network trouble is a
 * {@link DeliveryResult}, never an exception.
 */
@Component
public class WebhookSender implements DisposableBean {

	public static final String ALERT_ID_HEADER = "X-Dashboard-Alert-Id";

	private static final String USER_AGENT = "MacieJobsDashboard-Webhook/1";

	// enough of a refusal's body to say why (Slack answers e.g. "invalid_payload")
	private static final int ANSWER_EXCERPT = 200;

	private final WebhookAddressGuard guard;

	private final WebhookPayloads payloads;

	private final CloseableHttpClient client;

	private final Clock clock;

	@Autowired
	public WebhookSender(WebhookAddressGuard guard, WebhookPayloads payloads, WebhookProperties properties) {
		this(guard, payloads, properties, Clock.systemUTC());
	}

	WebhookSender(WebhookAddressGuard guard, WebhookPayloads payloads, WebhookProperties properties, Clock clock) {
		this.guard = guard;
		this.payloads = payloads;
		this.clock = clock;
		Timeout connect = Timeout.of(properties.connectTimeout());
		Timeout read = Timeout.of(properties.readTimeout());
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new GuardedDnsResolver(guard))
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(read).build())
				.setMaxConnTotal(20)
				.setMaxConnPerRoute(4)
				.build())
			.setDefaultRequestConfig(
					RequestConfig.custom().setConnectionRequestTimeout(connect).setResponseTimeout(read).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.setUserAgent(USER_AGENT)
			.build();
	}

	/** Posts the alert to the target once. */
	public DeliveryResult send(WebhookTarget target, AlertMessage message) {
		URI uri;
		try {
			uri = this.guard.webhookUri(target.url());
		}
		catch (RefusedAddressException ex) {
			return DeliveryResult.failed(null, ex.getMessage(), false);
		}
		byte[] body = this.payloads.render(message, target.format()).getBytes(StandardCharsets.UTF_8);
		ClassicRequestBuilder request = ClassicRequestBuilder.post(uri)
			.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON))
			.addHeader(ALERT_ID_HEADER, message.id());
		if (target.secret() != null && !target.secret().isEmpty()) {
			String timestamp = WebhookSignature.timestamp(this.clock.instant());
			request.addHeader(WebhookSignature.TIMESTAMP_HEADER, timestamp)
				.addHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(target.secret(), timestamp, body));
		}
		try {
			return this.client.execute(request.build(), WebhookSender::result);
		}
		catch (RefusedAddressException ex) {
			return DeliveryResult.failed(null, ex.getMessage(), false);
		}
		catch (UnknownHostException ex) {
			return DeliveryResult.failed(null,
					"No server named " + ex.getMessage() + " could be found (the name did not resolve).", true);
		}
		catch (ConnectTimeoutException | ConnectException ex) {
			return DeliveryResult.failed(null, "Could not connect to " + uri.getHost() + ": " + ex.getMessage(), true);
		}
		catch (SocketTimeoutException ex) {
			return DeliveryResult.failed(null, "The receiver did not answer in time.", true);
		}
		catch (SSLException ex) {
			return DeliveryResult.failed(null,
					"The secure connection to " + uri.getHost() + " failed: " + ex.getMessage(), true);
		}
		catch (InterruptedIOException ex) {
			return DeliveryResult.failed(null, "The delivery was interrupted.", true);
		}
		catch (IOException ex) {
			return DeliveryResult.failed(null, "The connection to " + uri.getHost() + " failed: " + ex.getMessage(),
					true);
		}
	}

	private static DeliveryResult result(ClassicHttpResponse response) throws IOException {
		int status = response.getCode();
		if (status >= 200 && status < 300) {
			return DeliveryResult.delivered(status);
		}
		if (status >= 300 && status < 400) {
			String location = (response.getFirstHeader(HttpHeaders.LOCATION) != null)
					? response.getFirstHeader(HttpHeaders.LOCATION).getValue() : "elsewhere";
			return DeliveryResult.failed(status, "The receiver redirected the webhook (HTTP " + status + " to "
					+ location + "). Redirects are not followed: use the address it redirects to.", false);
		}
		String problem = "The receiver answered HTTP " + status + answerExcerpt(response) + ".";
		boolean retryable = status >= 500 || status == 429 || status == 408;
		return DeliveryResult.failed(status, problem, retryable);
	}

	private static String answerExcerpt(ClassicHttpResponse response) throws IOException {
		if (response.getEntity() == null) {
			return "";
		}
		try (InputStream in = response.getEntity().getContent()) {
			String text = new String(in.readNBytes(ANSWER_EXCERPT), StandardCharsets.UTF_8)
				.replaceAll("\\p{Cntrl}+", " ")
				.strip();
			return text.isEmpty() ? "" : ": " + text;
		}
	}

	@Override
	public void destroy() throws IOException {
		this.client.close();
	}

	/** Resolves names for the HTTP client through the guard. */
	private static final class GuardedDnsResolver implements DnsResolver {

		private final WebhookAddressGuard guard;

		GuardedDnsResolver(WebhookAddressGuard guard) {
			this.guard = guard;
		}

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			return this.guard.addressesOf(host);
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			return this.guard.addressesOf(host)[0].getCanonicalHostName();
		}

	}

}
