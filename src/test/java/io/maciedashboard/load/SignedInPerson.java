package io.maciedashboard.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One person's browser without a browser: an HTTP client that keeps its cookies (the
 * dashboard's session, the identity provider's) and follows redirects, signed in through
 * the OIDC code flow on the development identity provider's login page
 * (mock-oauth2-server), as {@code Browser#signIn} does in Chromium.
 */
final class SignedInPerson {

	private final URI dashboard;

	private final HttpClient http;

	private SignedInPerson(URI dashboard) {
		this.dashboard = dashboard;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Starts sign-in at the dashboard, which sends the client to the identity provider's
	 * login page; submits it with the user name and groups; the provider sends the code
	 * back to the dashboard, which ends on its own page with the session cookie set.
	 */
	static SignedInPerson signIn(URI dashboard, String user, String... groups)
			throws IOException, InterruptedException {
		SignedInPerson person = new SignedInPerson(dashboard);
		HttpResponse<String> loginPage = person.get("/oauth2/authorization/sso");
		if (isOnDashboard(dashboard, loginPage.uri()) || !loginPage.body().contains("name=\"claims\"")) {
			throw new IllegalStateException("Sign-in did not reach the login page: " + loginPage.uri());
		}
		String form = "username=" + encode(user) + "&claims=" + encode(claims(user, groups));
		HttpResponse<String> back = person.http.send(HttpRequest.newBuilder(loginPage.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (back.statusCode() != 200 || !isOnDashboard(dashboard, back.uri())
				|| back.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException(
					"Sign-in of " + user + " ended on " + back.uri() + " with status " + back.statusCode());
		}
		return person;
	}

	static String claims(String user, String... groups) {
		return "{\"preferred_username\": \"" + user + "\", \"email\": \"" + user + "@example.com\", \"groups\": ["
				+ Arrays.stream(groups).map((group) -> "\"" + group + "\"").collect(Collectors.joining(", ")) + "]}";
	}

	static boolean isOnDashboard(URI dashboard, URI where) {
		return dashboard.getScheme().equals(where.getScheme()) && dashboard.getHost().equals(where.getHost())
				&& dashboard.getPort() == where.getPort();
	}

	/** A page of the dashboard, as this person. */
	HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return this.http.send(request(pathAndQuery).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(this.dashboard.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
	}

	HttpClient http() {
		return this.http;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
