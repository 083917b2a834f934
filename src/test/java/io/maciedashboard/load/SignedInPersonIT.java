package io.maciedashboard.load;

import java.net.URI;
import java.net.http.HttpResponse;

import io.maciedashboard.security.DevIdentityProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load benchmark's client signs in over plain HTTP through the development identity
 * provider's login page, as a browser does, and each person keeps a session of their own.
 * The same context as the browser tests (so it is shared with them).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.dev-idp.port=0", "server.forward-headers-strategy=native" })
@Import(DevIdentityProvider.class)
class SignedInPersonIT {

	@LocalServerPort
	private int port;

	@Test
	void eachPersonSignsInThroughTheLoginPageAndIsThemselvesOnTheDashboard() throws Exception {
		URI dashboard = URI.create("http://127.0.0.1:" + this.port);
		SignedInPerson ada = SignedInPerson.signIn(dashboard, "ada", "macie-viewers");
		SignedInPerson olga = SignedInPerson.signIn(dashboard, "olga", "macie-operators");

		HttpResponse<String> adasList = ada.get("/jobs");
		HttpResponse<String> olgasList = olga.get("/jobs");

		assertThat(adasList.statusCode()).isEqualTo(200);
		assertThat(adasList.uri().getPath()).isEqualTo("/jobs");
		assertThat(adasList.body()).contains("signed-in-name\">ada<", "Viewer");
		assertThat(olgasList.body()).contains("signed-in-name\">olga<", "Operator");
	}

}
