package io.maciedashboard.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts in headless Chromium: a viewer watches a paused job from its page; the sweep
 * finds its pause about to expire, and the alert is on the notifications page; the viewer
 * makes a calendar feed, and its secret address (fetched as a calendar app would, without
 * a session) holds the job's expiry.
 */
class AlertsIT extends BrowserSupport {

	@Autowired
	MacieJobs macie;

	@Autowired
	AlertSweep sweep;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Clock macieClock;

	@Test
	void aViewerWatchesAJobSeesItsAlertAndFindsItsExpiryInTheirCalendar() {
		JobSummary job = pausedJobExpiringWithinAWeek();
		browser.open(TestPlaces.HOME.jobPath(job.jobId())).signIn("vera", "macie-viewers");
		browser.find("form.watch-form button").click();
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".panel--flash"),
				"You are watching this job"));
		assertThat(browser.find("form.watch-form button").getText()).isEqualTo("Stop watching");

		this.sweep.sweep();
		this.worker.deliverDue();
		browser.open("/alerts/notifications");
		assertThat(browser.find("table.notifications").getText()).contains("Pause expires in", job.name(),
				"vera@example.com");

		browser.open("/alerts/settings");
		assertThat(browser.find(".alerts-watched").getText()).contains(job.name());
		browser.find("form[action$='/alerts/settings/calendar'] button").click();
		String address = browser.find("#calendar-url").getText();
		assertThat(address).matches("https?://.+/alerts/calendar/[A-Za-z0-9_-]{43}\\.ics");

		browser.clearCookies();
		String feed = fetch(address);
		assertThat(feed).startsWith("BEGIN:VCALENDAR")
			.contains("UID:111122223333/us-east-1/" + job.jobId() + "@macie-dashboard")
			.contains(job.name());
	}

	private JobSummary pausedJobExpiringWithinAWeek() {
		Instant now = this.macieClock.instant();
		return this.macie.listJobs(TestPlaces.HOME, JobListQuery.firstPage().at(null, 200))
			.jobs()
			.stream()
			.filter((job) -> job.status() == JobStatus.USER_PAUSED && job.pause() != null
					&& job.pause().expiresAt().isAfter(now.plus(Duration.ofHours(2)))
					&& job.pause().expiresAt().isBefore(now.plus(Duration.ofDays(7))))
			.findFirst()
			.orElseThrow();
	}

	/** What a calendar app gets from the address (the browser, signed out). */
	private static String fetch(String url) {
		return (String) browser.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0], {credentials: 'omit'}).then((r) => r.text()).then(done, (e) => done('failed: ' + e));",
					url);
	}

}
