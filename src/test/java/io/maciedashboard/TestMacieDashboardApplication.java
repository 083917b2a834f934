package io.maciedashboard;

import io.maciedashboard.alerts.DevMailServer;
import io.maciedashboard.security.DevIdentityProvider;

import org.springframework.boot.SpringApplication;

/**
 * The dashboard for development ({@code ./mvnw spring-boot:test-run}): the embedded Macie
 * emulator ({@code macie.mode=emulator}, set by profile dev: the jar's default is aws)
 * and the development identity provider on http://localhost:8090, whose login page
 * accepts any user name and the groups claim, e.g. {@code {"groups":
 * ["macie-operators"]}}. Profile {@code dev} undoes the test-only settings that the test
 * classpath brings along (config/application-dev.yml). Alert emails go to the development
 * mail server (GreenMail): SMTP on 127.0.0.1:3025, read them over IMAP on 127.0.0.1:3143.
 */
public class TestMacieDashboardApplication {

	public static void main(String[] args) {
		SpringApplication.from(MacieDashboardApplication::main)
			.with(DevIdentityProvider.class, DevMailServer.class)
			.withAdditionalProfiles("dev")
			.run(args);
	}

}
