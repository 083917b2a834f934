package io.maciedashboard.jobs;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An operator's pause reaches another person's open job page without a reload, pushed
 * over the page's event stream. The page would poll only every 10 minutes here, so what
 * reaches it can only have been pushed.
 */
@DirtiesContext
@TestPropertySource(properties = { "macie.emulator.port=0", "dashboard.job-page.refresh-interval=10m" })
class LiveJobIT extends LiveJobSupport {

	@Test
	void anOperatorPausesAndAnotherViewerSeesItPushed() {
		String jobId = runningJob();
		viewerOpens(jobId);
		this.viewer.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-stream-open]")));

		operatorPauses(jobId);

		viewerSeesThePause();
	}

}
