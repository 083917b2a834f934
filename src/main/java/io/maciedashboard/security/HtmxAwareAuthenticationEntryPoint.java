package io.maciedashboard.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a signed-out browser to the identity provider. An htmx request (its session
 * expired while a page was open) must not follow that redirect inside a fragment: it gets
 * a 401 with {@code HX-Redirect} to the page the person is on, so htmx navigates the
 * whole page, which then goes through sign-in and comes back.
 */
class HtmxAwareAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint signIn;

	HtmxAwareAuthenticationEntryPoint(String signInUrl) {
		this.signIn = new LoginUrlAuthenticationEntryPoint(signInUrl);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (request.getHeader("HX-Request") == null) {
			this.signIn.commence(request, response, authException);
			return;
		}
		String currentPage = pathOf(request.getHeader("HX-Current-URL"));
		if (currentPage != null) {
			response.setHeader("HX-Redirect", currentPage);
		}
		else {
			response.setHeader("HX-Refresh", "true");
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

	// Only the path and query of the current page are kept: the redirect can never leave
	// this site.
	private static String pathOf(String url) {
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
