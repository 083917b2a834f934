package io.maciedashboard;

import io.maciedashboard.security.DevIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base class for real-browser tests ({@code *IT}, run by failsafe): the whole dashboard
 * on a random port (emulator mode), the development identity provider
 * (mock-oauth2-server) on another random port, and one headless Chromium per test class
 * that starts every test signed out.
 *
 * <pre>
 * class JobListIT extends BrowserSupport {
 *
 * 	&#64;Test
 * 	void viewerSeesTheJobs() {
 * 		browser.open("/jobs?status=RUNNING").signIn("ada", "macie-viewers");
 * 		assertThat(browser.find("table.jobs").getText()).contains("...");
 * 	}
 * }
 * </pre>
 *
 * Keep subclasses free of {@code @MockitoBean}, extra properties or profiles: then every
 * browser test shares one cached application context. Failures leave screenshots under
 * {@code target/screenshots/}.
 */
// as deployed behind a TLS-terminating proxy: X-Forwarded-* from a trusted (local)
// address are honoured
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.dev-idp.port=0", "server.forward-headers-strategy=native" })
@Import(DevIdentityProvider.class)
public abstract class BrowserSupport {

	@RegisterExtension
	protected static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@BeforeEach
	void pointBrowserAtTheDashboard() {
		browser.pointAt(this.port);
	}

}
