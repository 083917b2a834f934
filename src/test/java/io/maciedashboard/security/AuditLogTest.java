package io.maciedashboard.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AuditLogTest {

	@Test
	void oneLineWithWhoWhatWhichJobAndResult(CapturedOutput output) {
		new AuditLog().record(signedIn(Map.of("sub", "4f1c", "email", "ada@example.com")), "PAUSE", "job-123", "OK");
		assertThat(output.getOut()).containsOnlyOnce(
				"audit subject=\"4f1c\" email=\"ada@example.com\" action=\"PAUSE\" job=\"job-123\" result=\"OK\"");
	}

	@Test
	void valuesCannotForgeFieldsOrLines(CapturedOutput output) {
		new AuditLog().record(signedIn(Map.of("sub", "s1")), "CREATE", "x\" result=\"OK\nfake line", "FAILED");
		assertThat(output.getOut()).contains(
				"audit subject=\"s1\" email=- action=\"CREATE\" job=\"x\\\" result=\\\"OK\\nfake line\" result=\"FAILED\"");
	}

	private static OAuth2AuthenticationToken signedIn(Map<String, Object> claims) {
		var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
		var user = new DefaultOidcUser(List.of(new OidcUserAuthority(idToken)), idToken);
		return new OAuth2AuthenticationToken(user, user.getAuthorities(), "sso");
	}

}
