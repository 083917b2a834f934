package io.maciedashboard.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a signed-out browser to the identity provider. An htmx request (its session
 * expired while a page was open) must not follow that redirect inside a fragment: it gets
 * a 401 with {@code HX-Redirect} to the page the person is on, so htmx navigates the
 * whole page, which then goes through sign-in and comes back. A page's event stream gets
 * a bare 401: following the redirect would start a sign-in of its own, in a session of
 * its own, racing the page's (whichever cookie came last, the other's state would not
 * match and the sign-in would fail).
 */
class HtmxAwareAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint signIn;

	HtmxAwareAuthenticationEntryPoint(String signInUrl) {
		this.signIn = new LoginUrlAuthenticationEntryPoint(signInUrl);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (!isPartOfAPage(request)) {
			this.signIn.commence(request, response, authException);
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		if (request.getHeader("HX-Request") == null) {
			return;
		}
		String currentPage = pathOf(request.getHeader("HX-Current-URL"));
		if (currentPage != null) {
			response.setHeader("HX-Redirect", currentPage);
		}
		else {
			response.setHeader("HX-Refresh", "true");
		}
	}

	/**
	 * An htmx request or an event stream: part of a page already open, never a page to
	 * land on after sign-in.
	 */
	static boolean isPartOfAPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getHeader("HX-Request") != null
				|| (accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE));
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
