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

	@Test
	void formatCharactersAndLineSeparatorsAreEscapedSoTheLineReadsAsWritten() {
		// a right-to-left override makes "nacs lluf" display as "full scan"; U+2028 and
		// U+2029 end a line for some readers; U+200B and U+2066 hide or reorder text
		assertThat(AuditLog.quoted("Payroll exports \u202Enacs lluf"))
			.isEqualTo("\"Payroll exports \\u202enacs lluf\"");
		assertThat(AuditLog.quoted("a\u2028b\u2029c\u200Bd\u2066e\uFEFFf"))
			.isEqualTo("\"a\\u2028b\\u2029c\\u200bd\\u2066e\\ufefff\"");
		// a format character outside the BMP (a language tag) is escaped as its UTF-16
		// pair
		assertThat(AuditLog.quoted("x\uDB40\uDC01y")).isEqualTo("\"x\\udb40\\udc01y\"");
		// letters of any script are kept as they are
		assertThat(AuditLog.quoted("تقرير 報告 Bericht")).isEqualTo("\"تقرير 報告 Bericht\"");
	}

	private static OAuth2AuthenticationToken signedIn(Map<String, Object> claims) {
		var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
		var user = new DefaultOidcUser(List.of(new OidcUserAuthority(idToken)), idToken);
		return new OAuth2AuthenticationToken(user, user.getAuthorities(), "sso");
	}

}
