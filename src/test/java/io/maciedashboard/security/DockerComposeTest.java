package io.maciedashboard.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml and the realm agree: the dashboard's environment variables bind to
 * the {@code sso} client registration (relaxed binding is unforgiving with map keys) and
 * name the realm's client, secret and issuer.
 */
class DockerComposeTest {

	@Test
	@SuppressWarnings("unchecked")
	void theDashboardsEnvironmentBindsToTheRealmsClient() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		var services = (Map<String, Map<String, Object>>) compose.get("services");
		var environment = (Map<String, Object>) services.get("dashboard").get("environment");
		var binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));

		OAuth2ClientProperties client = binder.bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
			.get();

		JsonNode realm = JsonMapper.builder().build().readTree(NativeKeycloak.REALM_FILE.toFile());
		JsonNode dashboardClient = realm.get("clients").get(0);
		assertThat(client.getProvider().get("sso").getIssuerUri())
			.isEqualTo("http://localhost:8180/realms/" + realm.get("realm").asString());
		assertThat(client.getRegistration().get("sso").getClientId())
			.isEqualTo(dashboardClient.get("clientId").asString());
		assertThat(client.getRegistration().get("sso").getClientSecret())
			.isEqualTo(dashboardClient.get("secret").asString());
		assertThat((List<String>) services.get("keycloak").get("ports")).containsExactly("8180:8080");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDashboardKeepsItsDataInTheComposePostgresqlWithANamedVolume() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		var services = (Map<String, Map<String, Object>>) compose.get("services");
		var environment = (Map<String, Object>) services.get("dashboard").get("environment");
		var db = (Map<String, Object>) services.get("db").get("environment");

		assertThat((String) services.get("db").get("image")).startsWith("postgres:");
		assertThat((List<String>) services.get("db").get("volumes"))
			.containsExactly("dashboard-db:/var/lib/postgresql/data");
		assertThat((Map<String, Object>) compose.get("volumes")).containsKey("dashboard-db");
		String port = ((List<String>) services.get("db").get("ports")).get(0).split(":")[0];
		assertThat(environment.get("SPRING_DATASOURCE_URL"))
			.isEqualTo("jdbc:postgresql://localhost:" + port + "/" + db.get("POSTGRES_DB"));
		assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
		assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
		assertThat((Map<String, Object>) services.get("dashboard").get("depends_on")).containsKey("db");
	}

}
