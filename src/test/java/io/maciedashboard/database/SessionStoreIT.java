package io.maciedashboard.database;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.maciedashboard.Browser;
import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.TestDatabase;
import io.maciedashboard.security.DevIdentityProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database: a signed-in person stays signed in when the dashboard
 * restarts, and two instances (other ports, as behind a load balancer) on one database
 * share the session. Each instance is a whole application with its own development
 * identity provider: continuing without a new sign-in proves the session came from the
 * database.
 */
class SessionStoreIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	private final String database = TestDatabase.h2Url("sessions-" + UUID.randomUUID());

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aSignedInPersonStaysSignedInAcrossARestart() {
		ConfigurableApplicationContext first = start();
		browser.pointAt(port(first));
		browser.open("/jobs").signIn("ada", "macie-viewers");
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("ada");

		first.close();
		browser.pointAt(port(start()));
		browser.open("/jobs?status=COMPLETE");

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs?status=COMPLETE"));
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("ada");
		assertThat(browser.find("h1").getText()).isEqualTo("Classification jobs");
	}

	@Test
	void twoInstancesOnOneDatabaseShareTheSession() {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();
		browser.pointAt(port(first));
		browser.open("/jobs").signIn("olga", "macie-operators");

		browser.pointAt(port(second));
		browser.open("/jobs/new");

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs/new"));
		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Operator");

		browser.signOut();
		// the sign-out has ended the session only once it is back on the signed-out page
		browser.waitUntil(ExpectedConditions.urlContains("/signed-out"));
		browser.pointAt(port(first));
		browser.open("/jobs");
		assertThat(browser.driver().getCurrentUrl()).as("signed out on the first instance too")
			.doesNotStartWith(browser.url("/"));
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MacieDashboardApplication.class,
				DevIdentityProvider.class)
			.run("--server.port=0", "--dashboard.dev-idp.port=0", "--spring.datasource.url=" + this.database);
		this.instances.add(context);
		return context;
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
