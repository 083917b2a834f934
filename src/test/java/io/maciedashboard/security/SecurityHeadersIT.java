package io.maciedashboard.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.maciedashboard.BrowserSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and the session cookie as the real server (Tomcat) sends them, over plain HTTP
 * and behind a proxy that terminates HTTPS ({@code X-Forwarded-Proto}, honoured because
 * the test runs with {@code server.forward-headers-strategy=native}).
 */
class SecurityHeadersIT extends BrowserSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void overPlainHttpTheSessionCookieIsHttpOnlyAndLaxAndThereIsNoHsts() throws Exception {
		HttpResponse<String> response = get("/jobs?status=RUNNING", false);

		assertThat(response.statusCode()).isEqualTo(302);
		String cookie = sessionCookie(response);
		assertThat(cookie).contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.doesNotContainIgnoringCase("Secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertPageHeaders(response);
	}

	@Test
	void behindAnHttpsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = get("/jobs?status=RUNNING", true);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("https://").endsWith("/oauth2/authorization/sso"));
		assertThat(sessionCookie(response)).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
		assertPageHeaders(response);
	}

	@Test
	void publicPagesCarryTheStrictContentSecurityPolicy() throws Exception {
		HttpResponse<String> response = get("/signed-out", false);

		assertThat(response.statusCode()).isEqualTo(200);
		assertPageHeaders(response);
		assertThat(response.body()).doesNotContain("style=\"").doesNotContain("<script>").doesNotContain("hx-on");
	}

	@Test
	void theIconIsPublicSoThatSignedOutPagesShowItToo() throws Exception {
		HttpResponse<String> response = get("/favicon.svg", false);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
	}

	private static void assertPageHeaders(HttpResponse<String> response) {
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp)
			.contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "object-src 'none'",
					"base-uri 'self'")
			.containsPattern("form-action 'self' http://localhost:\\d+;")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter((cookie) -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
	}

	private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.url(path)));
		if (viaHttpsProxy) {
			request.header("X-Forwarded-Proto", "https");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
