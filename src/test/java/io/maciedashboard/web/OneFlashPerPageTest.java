package io.maciedashboard.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two actions whose redirects lead to the same page (a create and a pause of that job in
 * two tabs, a double click): each message is shown once, on the page that follows, and
 * none waits for a later visit.
 */
class OneFlashPerPageTest {

	private final FlashMapManager flashes = new OneFlashPerPage();

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void theNewestMessageForAPageReplacesOneNotYetShown() {
		redirectWithFlash("/jobs/abc", "Job \"Nightly\" created.");
		redirectWithFlash("/jobs/abc", "Job paused.");

		assertThat(followRedirectTo("/jobs/abc")).containsEntry("flash", "Job paused.");
		assertThat(followRedirectTo("/jobs/abc")).isNull();
	}

	@Test
	void messagesForOtherPagesWaitForTheirs() {
		redirectWithFlash("/jobs/abc", "Job paused.");
		redirectWithFlash("/jobs/xyz", "Job resumed.");

		assertThat(followRedirectTo("/jobs/xyz")).containsEntry("flash", "Job resumed.");
		assertThat(followRedirectTo("/jobs/abc")).containsEntry("flash", "Job paused.");
	}

	private void redirectWithFlash(String path, String message) {
		FlashMap flash = new FlashMap();
		flash.put("flash", message);
		flash.setTargetRequestPath(path);
		this.flashes.saveOutputFlashMap(flash, request(path), new MockHttpServletResponse());
	}

	private Map<String, Object> followRedirectTo(String path) {
		return this.flashes.retrieveAndUpdate(request(path), new MockHttpServletResponse());
	}

	private MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setSession(this.session);
		return request;
	}

}
