package io.maciedashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ends after the idle timeout without a person's request, however often the
 * pages refresh themselves in the background meanwhile.
 */
class IdleSessionFilterTest {

	private static final Duration IDLE_TIMEOUT = Duration.ofHours(8);

	private static final Instant SIGNED_IN = Instant.parse("2026-11-21T09:00:00Z");

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void backgroundRefreshesDoNotKeepAnIdleSessionAlive() throws Exception {
		assertThat(send(SIGNED_IN, false)).as("the person's request").isSameAs(this.session);
		for (int minutes = 5; minutes < 8 * 60; minutes += 5) {
			assertThat(send(SIGNED_IN.plus(Duration.ofMinutes(minutes)), true)).as("refresh after %d minutes", minutes)
				.isSameAs(this.session);
		}

		HttpSession after = send(SIGNED_IN.plus(IDLE_TIMEOUT), true);

		assertThat(this.session.isInvalid()).isTrue();
		assertThat(after).as("the request goes on signed out").isNull();
	}

	@Test
	void aPersonsRequestsKeepTheSessionAlive() throws Exception {
		send(SIGNED_IN, false);
		send(Instant.parse("2026-11-21T16:59:00Z"), false);

		assertThat(send(Instant.parse("2026-11-22T00:30:00Z"), true)).isSameAs(this.session);
		assertThat(this.session.isInvalid()).isFalse();
	}

	@Test
	void aPersonsRequestAfterTheIdleTimeoutFindsTheSessionEnded() throws Exception {
		send(SIGNED_IN, false);

		assertThat(send(Instant.parse("2026-11-21T17:00:01Z"), false)).isNull();
		assertThat(this.session.isInvalid()).isTrue();
	}

	@Test
	void requestsWithoutASessionPassUntouched() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/jobs");
		MockFilterChain chain = new MockFilterChain();

		new IdleSessionFilter(IDLE_TIMEOUT, Clock.systemUTC()).doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(request.getSession(false)).isNull();
	}

	/**
	 * Sends a request in the session at a time; returns the session the rest of the chain
	 * sees.
	 */
	private HttpSession send(Instant at, boolean background) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/jobs/abc/live");
		request.setSession(this.session);
		if (background) {
			request.addHeader(IdleSessionFilter.BACKGROUND_HEADER, "background");
			request.addHeader("HX-Request", "true");
		}
		MockFilterChain chain = new MockFilterChain();
		new IdleSessionFilter(IDLE_TIMEOUT, Clock.fixed(at, ZoneOffset.UTC)).doFilter(request,
				new MockHttpServletResponse(), chain);
		return ((MockHttpServletRequest) chain.getRequest()).getSession(false);
	}

}
