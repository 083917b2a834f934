package io.maciedashboard.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-Proto} counts only from a proxy Tomcat trusts
 * ({@code server.tomcat.remoteip.internal-proxies}, by default the private and loopback
 * ranges; see {@link SecurityHeadersIT} for a trusted proxy). Here only 192.0.2.1 is
 * trusted, so the same header from this test (loopback) is ignored: no Secure cookie, no
 * HSTS, and redirects stay on http.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.forward-headers-strategy=native",
		"server.tomcat.remoteip.internal-proxies=192\\\\.0\\\\.2\\\\.1" })
class UntrustedProxyIT {

	@LocalServerPort
	private int port;

	@Test
	void forwardedHttpsFromAnUntrustedAddressIsIgnored() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/jobs"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("http://localhost:"));
		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").doesNotContainIgnoringCase("Secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
