package io.maciedashboard.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has seen no request from its person for the idle timeout
 * ({@code server.servlet.session.timeout}). The container counts every request as
 * activity, and the job page and the job list refresh themselves every few seconds, which
 * would keep an unattended session alive for ever; so the time of the person's last
 * request is kept in a session attribute, and a background refresh (marked by the
 * {@value #BACKGROUND_HEADER} header that live-refresh.js sends) does not move it. An
 * expired session is invalidated before Spring Security reads it: the request goes on
 * signed out, and the usual sign-in (htmx-aware for a refresh) follows. Only a session
 * attribute is used, so this works with any HttpSession implementation (Tomcat's, Spring
 * Session JDBC).
 */
class IdleSessionFilter extends OncePerRequestFilter {

	/**
	 * The header, with the value {@code background}, of a request that no person asked
	 * for.
	 */
	static final String BACKGROUND_HEADER = "Dashboard-Refresh";

	static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

	private final Duration idleTimeout;

	private final Clock clock;

	IdleSessionFilter(Duration idleTimeout, Clock clock) {
		this.idleTimeout = idleTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant now = this.clock.instant();
			Instant lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
			if (lastActivity != null && !now.isBefore(lastActivity.plus(this.idleTimeout))) {
				session.invalidate();
			}
			else if (lastActivity == null || !isBackground(request)) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
		}
		chain.doFilter(request, response);
	}

	/** A background refresh, or a page's event stream (opened again by itself). */
	private static boolean isBackground(HttpServletRequest request) {
		return "background".equals(request.getHeader(BACKGROUND_HEADER))
				|| MediaType.TEXT_EVENT_STREAM_VALUE.equals(request.getHeader(HttpHeaders.ACCEPT));
	}

}
