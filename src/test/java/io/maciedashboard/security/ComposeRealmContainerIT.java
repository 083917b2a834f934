package io.maciedashboard.security;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The compose realm against the Keycloak image docker-compose.yml uses; runs where Docker
 * does.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeRealmContainerIT extends ComposeRealmSignIn {

	@Container
	static final GenericContainer<?> keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.4.0")
		.withCommand("start-dev", "--import-realm")
		.withCopyFileToContainer(MountableFile.forHostPath(NativeKeycloak.REALM_FILE),
				"/opt/keycloak/data/import/macie-realm.json")
		.withExposedPorts(8080)
		.waitingFor(Wait.forHttp("/realms/macie/.well-known/openid-configuration")
			.forStatusCode(200)
			.withStartupTimeout(Duration.ofMinutes(5)));

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		useKeycloak(registry, () -> "http://localhost:" + keycloak.getMappedPort(8080) + "/realms/macie");
	}

}
