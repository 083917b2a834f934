package io.maciedashboard.security;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compose realm against Keycloak started natively from the Maven Central distribution
 * (no Docker needed).
 */
class ComposeRealmIT extends ComposeRealmSignIn {

	@BeforeAll
	static void keycloakCanRunHere() {
		assumeTrue(NativeKeycloak.distribution().isPresent(),
				"The Keycloak distribution is not unpacked (system property keycloak.home): run through './mvnw verify'");
		assumeTrue(NativeKeycloak.jdk21OrNewer().isPresent(),
				"Keycloak 26 needs a JDK 21 or newer and none was found (this JVM, /usr/lib/jvm/*, or -Dkeycloak.java.home)");
	}

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		useKeycloak(registry, () -> NativeKeycloak.shared().issuer());
	}

}
