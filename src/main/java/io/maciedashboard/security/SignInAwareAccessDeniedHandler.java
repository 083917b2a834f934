package io.maciedashboard.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A POST whose session has expired fails the CSRF check before anyone knows the person is
 * signed out; that is a sign-in problem, not a refusal, so it goes to sign-in (as an
 * htmx-aware full-page navigation). A signed-in person whose form carries a token from
 * before their latest sign-in is told to reload it (htmx reloads the page itself); a
 * signed-in person who lacks the role gets the friendly 403 page.
 */
class SignInAwareAccessDeniedHandler implements AccessDeniedHandler {

	/**
	 * Request attribute that makes the 403 page say the form expired instead of naming
	 * the groups.
	 */
	static final String FORM_EXPIRED = "formExpired";

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final AuthenticationEntryPoint signIn;

	private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

	SignInAwareAccessDeniedHandler(AuthenticationEntryPoint signIn) {
		this.signIn = signIn;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || this.trustResolver.isAnonymous(authentication)) {
			this.signIn.commence(request, response,
					new InsufficientAuthenticationException("Sign-in required", accessDeniedException));
		}
		else {
			if (accessDeniedException instanceof CsrfException) {
				request.setAttribute(FORM_EXPIRED, true);
				if (request.getHeader("HX-Request") != null) {
					response.setHeader("HX-Refresh", "true");
				}
			}
			this.refuse.handle(request, response, accessDeniedException);
		}
	}

}
