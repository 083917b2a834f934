package io.maciedashboard.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.emulator.MacieEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer and an operator read from the real server (Tomcat): the probes are
 * public and stay UP while Macie is down, the overall status does not follow Macie, and
 * only operators see components and details (Macie's state, disk paths).
 */
class HealthEndpointIT extends BrowserSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MacieEmulator emulator;

	@AfterEach
	void healthyMacie() {
		this.emulator.faults().clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesArePublicAndUpWhileMacieIsNotEnabled(String probe) throws Exception {
		this.emulator.faults().macieEnabled(false);

		HttpResponse<String> response = get(probe);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesStayUpWhileMacieThrottlesEveryCall(String probe) throws Exception {
		this.emulator.faults().throttlingShare(1.0);

		HttpResponse<String> response = get(probe);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void anonymousCallersSeeTheStatusOnlyAndNotMacie() throws Exception {
		JsonNode health = this.json.readTree(get("/actuator/health").body());

		assertThat(health.has("components")).isFalse();
		assertThat(health.has("details")).isFalse();
		assertThat(get("/actuator/health/dependencies").statusCode()).as("Macie's state needs sign-in").isEqualTo(302);
	}

	@Test
	void someoneWithoutAGroupSeesTheStatusOnly() {
		browser.open("/jobs").signIn("nobody");

		JsonNode health = read("/actuator/health");

		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.has("components")).isFalse();
	}

	@Test
	void aViewerSeesTheStatusOnlyAlsoOfMacie() {
		this.emulator.faults().macieEnabled(false);
		browser.open("/jobs").signIn("vera", "macie-viewers");

		assertThat(read("/actuator/health").has("components")).isFalse();
		JsonNode macie = read("/actuator/health/dependencies");
		assertThat(macie.get("status").asString()).isEqualTo("DOWN");
		assertThat(macie.has("components")).isFalse();
	}

	@Test
	void anOperatorSeesTheComponentsAndMaciesStateWithItsReason() {
		this.emulator.faults().macieEnabled(false);
		browser.open("/jobs").signIn("olga", "macie-operators");

		JsonNode health = read("/actuator/health");
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").has("diskSpace")).isTrue();
		assertThat(health.get("components").has("macie")).as("Macie is not part of the overall status").isFalse();
		JsonNode macie = read("/actuator/health/dependencies").get("components").get("macie");
		assertThat(macie.get("status").asString()).isEqualTo("DOWN");
		assertThat(macie.get("details").get("places").get("us-east-1 / 111122223333").get("reason").asString())
			.isEqualTo("Macie is not enabled in us-east-1 / 111122223333.");
	}

	/** The JSON Chromium shows for an actuator URL, read as the signed-in browser. */
	private JsonNode read(String path) {
		browser.open(path);
		return this.json.readTree(browser.driver().findElement(By.tagName("body")).getText());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(browser.url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
