package io.maciedashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session, as Spring Security keeps them, except that a form posted
 * without a session (it ended while the page was open) opens none. Spring Security saves
 * a fresh token for it, which creates a session and sends its cookie, although the post
 * fails the check and goes to sign-in anyway. That cookie can arrive after the one the
 * page's sign-in set: the sign-in then comes back to a session without the page to return
 * to, or without its state.
 */
class ExistingSessionCsrfTokenRepository implements CsrfTokenRepository {

	private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token != null && request.getSession(false) == null && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)) {
			return;
		}
		this.session.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.session.loadToken(request);
	}

}
