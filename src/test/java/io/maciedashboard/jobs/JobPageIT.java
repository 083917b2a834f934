package io.maciedashboard.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job page in headless Chromium against the emulator's seeded jobs. It changes jobs
 * and moves the emulator's clock days ahead, so its application context is its own (and
 * is not reused), with the emulator on a free port so that it can run beside another
 * dashboard.
 */
@DirtiesContext
@TestPropertySource(properties = "macie.emulator.port=0")
class JobPageIT extends BrowserSupport {

	@Autowired
	MacieJobs macie;

	@Autowired
	MacieEmulator emulator;

	private String jobNamed(String name) {
		List<JobSummary> jobs = this.macie
			.listJobs(TestPlaces.HOME,
					new JobListQuery(Set.of(), null, name, null, null, SortField.CREATED_AT, false, 25, null))
			.jobs();
		return jobs.stream().filter((job) -> job.name().equals(name)).findFirst().orElseThrow().jobId();
	}

	private String badge() {
		return textOf("#job-live .badge");
	}

	/**
	 * Reads an element of the live part, which htmx swaps every few seconds, looking it
	 * up again if it went stale.
	 */
	private static String textOf(String cssSelector) {
		return browser.waitUntil((driver) -> driver.findElement(By.cssSelector(cssSelector)).getText());
	}

	private void waitForBadge(String label) {
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("#job-live .badge"), label));
	}

	/**
	 * Clicks an action's button and answers its dialog; returns the dialog's consequence
	 * text.
	 */
	private String act(String verb, boolean confirm) {
		browser.find("form[action$='/" + verb + "'] button").click();
		WebElement dialog = browser
			.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")));
		String consequence = dialog.findElement(By.cssSelector(".confirm-dialog__message")).getText();
		dialog.findElement(By.cssSelector(confirm ? ".confirm-dialog__confirm" : ".confirm-dialog__keep")).click();
		return consequence;
	}

	private void waitForFlash(String message) {
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".panel--flash"), message));
	}

	@Test
	void anOperatorPausesARunningJobSeesTheCountdownAndResumesIt() {
		String jobId = jobNamed("Objects tagged pii=true");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("olga", "macie-operators");
		assertThat(badge()).isEqualTo("Running");

		String consequence = act("pause", true);

		assertThat(consequence).contains("expires 30 days after it was paused");
		waitForFlash("Job paused.");
		assertThat(badge()).isEqualTo("Paused by user");
		WebElement countdown = browser.find(".pause [data-countdown]");
		// rendered within a second of the pause, rounded up
		assertThat(countdown.getText())
			.matches("30 days 0 hours 0 minutes 0 seconds|29 days 23 hours 59 minutes [0-9]+ seconds?");
		assertThat(countdown.getAttribute("class")).contains("countdown--neutral");
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/pause']"))).isEmpty();

		act("resume", true);

		waitForFlash("Job resumed.");
		assertThat(badge()).isEqualTo("Running");
		assertThat(browser.driver().findElements(By.cssSelector("[data-countdown]"))).isEmpty();
	}

	/**
	 * What live-refresh.js does every few seconds, now; waits until the morph is done.
	 */
	private static void refreshNow() {
		browser.afterSwap("job-live", () -> browser.driver()
			.executeScript("document.getElementById('job-live').dispatchEvent(new CustomEvent('refresh'))"));
	}

	@Test
	void keyboardFocusStaysOnTheActionAcrossLiveRefreshesAndComesBackAfterTheDialog() {
		String jobId = jobNamed("Large objects modified last year");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("olga", "macie-operators");
		assertThat(badge()).isEqualTo("Running");
		browser.driver().executeScript("document.getElementById('action-cancel').focus()");

		refreshNow();
		assertThat(browser.focusedId()).isEqualTo("action-cancel");

		// the dialog opened from the keyboard; a refresh while it is open; Esc
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")));
		assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Keep the job");
		refreshNow();
		browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog"), 0));
		assertThat(browser.focusedId()).isEqualTo("action-cancel");

		// the way-out button does the same
		act("pause", false);
		assertThat(browser.focusedId()).isEqualTo("action-pause");
		assertThat(this.macie.describeJob(TestPlaces.HOME, jobId).status()).isEqualTo(JobStatus.RUNNING);
	}

	@Test
	void aPauseExpiringWithinADayHasABannerWithResumeForOperators() {
		String jobId = jobNamed("Payroll rescan (expires within the hour)");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("ada", "macie-viewers");
		WebElement banner = browser.find("#expiry-banner .banner");
		assertThat(banner.getText()).startsWith("This pause expires in")
			.contains("Macie cancels this one-time job")
			.contains("It expires at");
		assertThat(banner.findElements(By.cssSelector("button"))).as("viewers cannot resume").isEmpty();
		// the ARN of the health event is collapsed, its copy button beside it
		WebElement arn = browser.find("#health-event-arn");
		assertThat(arn.isDisplayed()).isFalse();
		assertThat(browser.find("#copy-health-event-arn").isDisplayed()).isTrue();

		browser.clearCookies();
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("olga", "macie-operators");
		browser.find("#banner-resume").click();
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")))
			.findElement(By.cssSelector(".confirm-dialog__confirm"))
			.click();
		waitForFlash("Job resumed.");
		assertThat(badge()).isEqualTo("Running");
		assertThat(browser.find("#expiry-banner").getText()).isEmpty();
	}

	@Test
	void aJobPausedForTheQuotaSaysWhatTheQuotaIsAndWhenItResumes() {
		String jobId = jobNamed("Nightly exports check (quota)");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("ada", "macie-viewers");
		assertThat(badge()).isEqualTo("Paused by Macie (quota)");

		assertThat(browser.find("#job-live .quota").getText()).contains("monthly sensitive data discovery quota")
			.contains("resumes the job by itself")
			.contains("start of next month")
			.contains("administrator");
		assertThat(browser.find("#job-live").getText()).doesNotContain("Macie analysed all the data");
	}

	@Test
	void cancelAsksFirstSaysItIsFinalAndThenStopsTheJobForGood() {
		String jobId = jobNamed("Externally shared buckets");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("olga", "macie-operators");

		String consequence = act("cancel", false);

		assertThat(consequence).startsWith("Cancelling is final");
		assertThat(browser.driver().findElements(By.cssSelector("dialog"))).isEmpty();
		assertThat(this.macie.describeJob(TestPlaces.HOME, jobId).status()).isEqualTo(JobStatus.RUNNING);

		act("cancel", true);

		waitForFlash("Job cancelled.");
		assertThat(badge()).isEqualTo("Cancelled");
		assertThat(browser.driver().findElements(By.cssSelector("form.action-form"))).isEmpty();
		assertThat(browser.find("#job-live").getAttribute("hx-get")).as("a cancelled job stops refreshing").isNull();
	}

	@Test
	void aViewerSeesNoActionsAndAForgedPostIsRefused() {
		String jobId = jobNamed("Data lake curated PII scan");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("ada", "macie-viewers");
		assertThat(badge()).isEqualTo("Running");
		assertThat(browser.driver().findElements(By.cssSelector("form.action-form"))).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("a[href*='copyOf']"))).isEmpty();
		// the stored record of the running job's progress, after a refresh or two
		WebElement trend = browser.waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#job-live [data-progress-trend]")));
		assertThat(trend.getText()).matches("down [0-9,]+ in the last [0-9]+ seconds");
		assertThat(trend.findElements(By.cssSelector("svg.sparkline polyline"))).hasSize(1);

		// the viewer's own CSRF token (from the sign-out form), sent with a hand-made
		// cancel form
		browser.driver()
			.executeScript(
					"""
							const form = document.createElement('form');
							form.method = 'post';
							form.action = arguments[0];
							for (const [name, value] of [['_csrf', document.querySelector('input[name=_csrf]').value], ['confirmed', 'true']]) {
							  const input = document.createElement('input');
							  input.type = 'hidden'; input.name = name; input.value = value;
							  form.append(input);
							}
							document.body.append(form);
							form.submit();""",
					TestPlaces.HOME.jobPath(jobId) + "/cancel");

		browser.waitUntil(ExpectedConditions.urlToBe(browser.url(TestPlaces.HOME.jobPath(jobId) + "/cancel")));
		assertThat(browser.find("main h1").getText()).isEqualTo("You do not have access to this");
		assertThat(this.macie.describeJob(TestPlaces.HOME, jobId).status()).isEqualTo(JobStatus.RUNNING);
	}

	@Test
	void whenMacieFailsTheLastStateStaysWithANoticeAndTheRefreshRecovers() {
		String jobId = jobNamed("Data lake curated PII scan");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("ada", "macie-viewers");
		assertThat(badge()).isEqualTo("Running");

		this.emulator.faults().internalErrorShare(1.0);
		try {
			WebElement notice = browser.waitUntil(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#job-live [data-refresh-notice]")));
			assertThat(notice.getText())
				.matches("Could not refresh at [0-9]{2}:[0-9]{2}:[0-9]{2} .*trying again in [0-9]+ seconds\\.");
			assertThat(badge()).isEqualTo("Running");
		}
		finally {
			this.emulator.faults().internalErrorShare(0.0);
		}

		browser.waitUntil(
				ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#job-live [data-refresh-notice]")));
		assertThat(badge()).isEqualTo("Running");
	}

	@Test
	void theCountdownTicksAndChangesSeverityAsTheEmulatorClockMovesOn() {
		String jobId = jobNamed("Invoices by size (expires in twenty days)");
		browser.open(TestPlaces.HOME.jobPath(jobId)).signIn("ada", "macie-viewers");
		String first = textOf("[data-countdown]");
		assertThat(first).startsWith("19 days 23 hours");
		String severity = browser
			.waitUntil((driver) -> driver.findElement(By.cssSelector("[data-countdown]")).getAttribute("class"));
		assertThat(severity).contains("countdown--neutral");

		browser.waitUntil((driver) -> !driver.findElement(By.cssSelector("[data-countdown]")).getText().equals(first));

		this.emulator.clock().advance(Duration.ofDays(13));
		browser.waitUntil(ExpectedConditions.attributeContains(By.cssSelector("[data-countdown]"), "class",
				"countdown--warning"));
		awaitCountdownStartingWith("6 days 23 hours");

		this.emulator.clock().advance(Duration.ofDays(6).plusHours(1));
		browser.waitUntil(ExpectedConditions.attributeContains(By.cssSelector("[data-countdown]"), "class",
				"countdown--critical"));
		awaitCountdownStartingWith("22 hours");
		// within a day of the expiry the live refresh brings the banner (out of band)
		assertThat(browser.find("#expiry-banner .banner h2").getText()).startsWith("This pause expires in 22 hours");

		this.emulator.clock().advance(Duration.ofDays(1));
		waitForBadge("Cancelled");
		assertThat(browser.find("#job-announcement").getText())
			.isEqualTo("Status changed: this job is now Cancelled (it was Paused by user).");
		assertThat(browser.find("#job-announcement").getAttribute("aria-live")).isEqualTo("polite");
	}

	/**
	 * The live part is swapped every few seconds: read the countdown afresh until it says
	 * this.
	 */
	private static void awaitCountdownStartingWith(String text) {
		browser.waitUntil((driver) -> textOf("[data-countdown]").startsWith(text));
	}

}
