package io.maciedashboard.security;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.maciedashboard.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docker-compose realm ({@code keycloak/macie-realm.json}) against a real Keycloak:
 * its demo users sign in to the dashboard in headless Chromium and get their roles, and
 * sign-out ends the Keycloak session too. Subclasses start Keycloak their way and
 * register its issuer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ComposeRealmSignIn {

	private static final String BOOKMARK = "/jobs/0a1b2c3d4e5f?tab=details";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	/** The client and secret are the ones docker-compose.yml gives the dashboard. */
	static void useKeycloak(DynamicPropertyRegistry registry, Supplier<Object> issuer) {
		registry.add("spring.security.oauth2.client.registration.sso.provider", () -> "sso");
		registry.add("spring.security.oauth2.client.provider.sso.issuer-uri", issuer);
		registry.add("spring.security.oauth2.client.registration.sso.client-id", () -> "macie-dashboard");
		registry.add("spring.security.oauth2.client.registration.sso.client-secret", () -> "macie-dashboard-secret");
	}

	@BeforeEach
	void pointBrowserAtTheDashboard() {
		browser.pointAt(this.port);
	}

	@Test
	void theViewerDemoUserSignsInAsViewerAndLandsOnTheBookmark() {
		browser.open(BOOKMARK);
		signInAtKeycloak("viewer", "viewer");

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(BOOKMARK));
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("viewer");
		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Viewer");
	}

	@Test
	void theOperatorDemoUserSignsInAsOperator() {
		browser.open(BOOKMARK);
		signInAtKeycloak("operator", "operator");

		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("operator");
		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Operator");
	}

	@Test
	void theAuditorDemoUserSignsInAsAuditorAndReadsTheTrail() {
		browser.open("/audit");
		signInAtKeycloak("auditor", "auditor");

		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Auditor");
		assertThat(browser.find("h1").getText()).isEqualTo("Audit trail");
	}

	@Test
	void signingOutEndsTheKeycloakSessionToo() {
		browser.open(BOOKMARK);
		signInAtKeycloak("viewer", "viewer");

		browser.signOut();

		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/signed-out")));
		browser.open(BOOKMARK);
		// still signed in at Keycloak would mean straight back to the dashboard; signed
		// out means the login form
		assertThat(browser.find("#username").isDisplayed()).isTrue();
		assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(browser.url("/"));
	}

	private static void signInAtKeycloak(String user, String password) {
		browser.find("#username").sendKeys(user);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		browser.driver().findElement(By.id("kc-login")).click();
		browser.waitUntil(ExpectedConditions.urlMatches("^" + Pattern.quote(browser.url("/"))));
	}

}
