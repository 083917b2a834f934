package io.maciedashboard.jobs;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.maciedashboard.Browser;
import io.maciedashboard.BrowserSupport;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;

/**
 * Two people on one running job's page, each in their own browser: an operator (the
 * shared {@link #browser}) who pauses it, and a viewer who watches.
 */
abstract class LiveJobSupport extends BrowserSupport {

	/** Set on the viewer's page before the change: a reload would take it away. */
	private static final String NOT_RELOADED = "document.body.dataset.notReloaded = 'yes'";

	protected final Browser viewer = new Browser();

	@Autowired
	MacieJobs macie;

	@LocalServerPort
	int port;

	@AfterEach
	void closeTheViewersBrowser() {
		this.viewer.afterAll(null);
	}

	protected String runningJob() {
		return TestJobs.seededRunningJob(this.macie);
	}

	protected void viewerOpens(String jobId) {
		this.viewer.pointAt(this.port);
		this.viewer.open(TestPlaces.HOME.jobPath(jobId)).signIn("vera", "macie-viewers");
		this.viewer.waitUntil(ExpectedConditions.textToBe(By.cssSelector("#job-live .badge"), "Running"));
		this.viewer.driver().executeScript(NOT_RELOADED);
	}

	protected void operatorPauses(String jobId) {
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("olga", "macie-operators");
		browser.find("form[action$='/pause'] button").click();
		WebElement dialog = browser
			.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")));
		dialog.findElement(By.cssSelector(".confirm-dialog__confirm")).click();
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("#job-live .badge"), "Paused by user"));
	}

	/** The viewer's page shows the pause and its countdown, on the same page. */
	protected void viewerSeesThePause() {
		this.viewer.waitUntil(ExpectedConditions.textToBe(By.cssSelector("#job-live .badge"), "Paused by user"));
		this.viewer.find(".pause [data-countdown]");
		org.assertj.core.api.Assertions
			.assertThat(this.viewer.driver().executeScript("return document.body.dataset.notReloaded"))
			.isEqualTo("yes");
	}

	protected List<WebElement> openStreams() {
		return this.viewer.driver().findElements(By.cssSelector("[data-stream-open]"));
	}

}
