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

/**
 * A POST whose session has expired fails the CSRF check before anyone knows the person is signed out; that is a
 * sign-in problem, not a refusal, so it goes to sign-in (as an htmx-aware full-page navigation). A signed-in person
 * who lacks the role gets the friendly 403 page.
 */
class SignInAwareAccessDeniedHandler implements AccessDeniedHandler {

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
			this.refuse.handle(request, response, accessDeniedException);
		}
	}

}
