package io.maciedashboard.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void aRequestWithoutAnIdGetsARandomVersion4UuidInTheAnswerAndTheLoggingContext() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> during = new AtomicReference<>();
		this.filter.doFilter(new MockHttpServletRequest(), response,
				(request, answer) -> during.set(RequestIdFilter.current()));
		String id = response.getHeader(RequestIdFilter.HEADER);
		UUID uuid = UUID.fromString(id);
		assertThat(uuid.version()).isEqualTo(4);
		assertThat(uuid.variant()).isEqualTo(2);
		assertThat(during).hasValue(id);
		assertThat(RequestIdFilter.current()).isNull();
	}

	@Test
	void newIdsDiffer() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(RequestIdFilter.newId());
		}
		assertThat(ids).hasSize(10_000);
	}

	@Test
	void anIdSentByAProxyIsKeptWhenItLooksLikeAnId() throws Exception {
		assertThat(answeredId("proxy-req.42:a_b")).isEqualTo("proxy-req.42:a_b");
	}

	@Test
	void anythingElseSentIsReplaced() throws Exception {
		assertThat(answeredId("<script>")).isNotEqualTo("<script>").matches("[0-9a-f-]{36}");
		assertThat(answeredId("x".repeat(65))).hasSize(36);
	}

	private String answeredId(String sent) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(RequestIdFilter.HEADER, sent);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response.getHeader(RequestIdFilter.HEADER);
	}

}
