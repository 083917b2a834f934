package io.maciedashboard.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page whose session ended sends besides its navigation (htmx requests, a form's
 * post, its event stream's reconnect) opens no session: the cookie of one could arrive
 * after the one the page's sign-in set, and the sign-in would come back to a session
 * without its state or the page to return to. A class and a context of its own
 * ({@code @WebMvcTest} of another controller): Spring Security's {@code csrf()} test
 * support, which {@link SecurityConfigurationTest} uses, replaces the CSRF token
 * repository of the context it runs in.
 */
@WebMvcTest(SecurityConfigurationTest.ProbeController.class)
@Import({ SecurityConfiguration.class, SecurityConfigurationTest.ProbeController.class })
class EndedSessionRequestsTest {

	private static final ResultMatcher NO_SESSION = (result) -> assertThat(result.getRequest().getSession(false))
		.isNull();

	@Autowired
	MockMvc mvc;

	@Test
	void aFormPostedAfterTheSessionEndedIsSentToSignInWithoutOpeningASession() throws Exception {
		this.mvc
			.perform(post("/probe/change").param("_csrf", "token-of-the-ended-session")
				.header("HX-Request", "true")
				.header("HX-Current-URL", "http://localhost:8080/jobs/new"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/jobs/new"))
			.andExpect(NO_SESSION);
	}

	@Test
	void anHtmxRequestAsksForAFullPageNavigationToTheCurrentPageWithoutOpeningASession() throws Exception {
		this.mvc
			.perform(get("/probe").header("HX-Request", "true")
				.header("HX-Current-URL", "http://localhost:8080/jobs/abc?tab=runs"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/jobs/abc?tab=runs"))
			.andExpect(header().doesNotExist("Location"))
			.andExpect(NO_SESSION);
	}

	@Test
	void anEventStreamIsRefusedWithoutStartingASignInOrOpeningASession() throws Exception {
		this.mvc.perform(get("/probe").accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(header().doesNotExist("HX-Redirect"))
			.andExpect(NO_SESSION);
	}

	@Test
	void thePageItselfStillRemembersWhereToComeBackTo() throws Exception {
		this.mvc.perform(get("/probe"))
			.andExpect(status().isFound())
			.andExpect((result) -> assertThat(result.getRequest().getSession(false)).isNotNull());
	}

}
