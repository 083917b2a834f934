package io.maciedashboard.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The set-up every controller test uses: {@code @WebMvcTest(X.class)} plus
 * {@code @Import(SecurityConfiguration.class)}, nothing else (the test classpath's
 * {@code config/application.yml} supplies an offline client registration).
 */
@WebMvcTest(SignedOutController.class)
@Import({ SecurityConfiguration.class, SecurityConfigurationTest.ProbeController.class })
class SecurityConfigurationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void signedOutPersonIsSentToTheIdentityProvider() throws Exception {
		this.mvc.perform(get("/probe"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/oauth2/authorization/sso"));
	}

	@Test
	void theSignInStartsAtTheConfiguredProvider() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/sso"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", containsString("http://idp.test/authorize?")))
			.andExpect(
					header().string("Location", containsString("redirect_uri=http://localhost/login/oauth2/code/sso")))
			.andExpect(header().string("Location", containsString("scope=openid%20profile%20email")));
	}

	@Test
	void signedOutPageIsPublic() throws Exception {
		this.mvc.perform(get("/signed-out"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are signed out")))
			.andExpect(content().string(not(containsString("Sign out</button>"))));
	}

	@Test
	void viewerSeesPagesWithTheirNameAndRoleInTheHeader() throws Exception {
		this.mvc
			.perform(get("/signed-out").with(oidcLogin().idToken((token) -> token.claim("preferred_username", "ada"))
				.authorities(() -> "ROLE_VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"signed-in-name\">ada</span>")))
			.andExpect(content().string(containsString("<span class=\"signed-in-role\">Viewer</span>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/probe").with(oidcLogin().authorities(() -> "ROLE_VIEWER"))).andExpect(status().isOk());
	}

	@Test
	void signedInPersonWithoutAMappedGroupIsRefusedNotSentBackToSignIn() throws Exception {
		this.mvc.perform(get("/probe").with(oidcLogin().authorities(() -> "OIDC_USER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void operatorOnlyMethodsRefuseViewersAndAllowOperators() throws Exception {
		this.mvc.perform(post("/probe/change").with(csrf()).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/probe/change").with(csrf()).with(oidcLogin().authorities(() -> "ROLE_OPERATOR")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/probe/change").with(oidcLogin().authorities(() -> "ROLE_OPERATOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSignedInPersonsFormWithAStaleTokenIsRefusedAsExpiredNotAsMissingAGroup() throws Exception {
		this.mvc
			.perform(post("/probe/change").with(csrf().useInvalidToken())
				.with(oidcLogin().authorities(() -> "ROLE_OPERATOR")))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(SignInAwareAccessDeniedHandler.FORM_EXPIRED, true))
			.andExpect(header().doesNotExist("HX-Refresh"));
		this.mvc
			.perform(post("/probe/change").header("HX-Request", "true")
				.with(csrf().useInvalidToken())
				.with(oidcLogin().authorities(() -> "ROLE_OPERATOR")))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Refresh", "true"));
		this.mvc.perform(post("/probe/change").with(csrf()).with(oidcLogin().authorities(() -> "ROLE_VIEWER")))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(SignInAwareAccessDeniedHandler.FORM_EXPIRED, nullValue()));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/signed-out"))
			.andExpect(header().string("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
							+ "form-action 'self' http://idp.test; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/signed-out").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
	}

	@RestController
	static class ProbeController {

		@GetMapping("/probe")
		String page() {
			return "page";
		}

		@PostMapping("/probe/change")
		@PreAuthorize("hasRole('OPERATOR')")
		String change() {
			return "changed";
		}

	}

}
