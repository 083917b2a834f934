package io.maciedashboard.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the {@value #HEADER} a proxy in front sent (when it looks
 * like an id), else a new one. It is answered in the same header, put in the logging
 * context as {@value #MDC_KEY} for the request's log lines, and recorded with each audit
 * row, so that a row, a log line and a proxy's access log can be matched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getHeader(HEADER);
		String id = (sent != null && ACCEPTED.matcher(sent).matches()) ? sent : newId();
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * A version 4 UUID drawn without a lock. {@code UUID.randomUUID()} takes the JVM-wide
	 * lock of the native SecureRandom, on which every request queued when many people
	 * clicked at once (LoadBenchmark); an id that tells requests apart needs no
	 * cryptographic strength.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** The id of the request this thread is serving, or null outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

}
