package io.maciedashboard.jobs;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the job page's event stream cannot connect (here the viewer's browser blocks it,
 * as a buffering proxy would keep it from opening), the page polls as before and still
 * sees an operator's pause without a reload.
 */
@DirtiesContext
@TestPropertySource(properties = { "macie.emulator.port=0", "dashboard.job-page.refresh-interval=2s" })
class PollingFallbackIT extends LiveJobSupport {

	@Test
	void withoutItsEventStreamTheJobPagePollsAndSeesThePause() {
		this.viewer.pointAt(this.port);
		this.viewer.driver().executeCdpCommand("Network.enable", Map.of());
		this.viewer.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/events*")));
		String jobId = runningJob();
		viewerOpens(jobId);

		operatorPauses(jobId);

		viewerSeesThePause();
		assertThat(openStreams()).isEmpty();
	}

}
