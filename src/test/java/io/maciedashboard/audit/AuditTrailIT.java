package io.maciedashboard.audit;

import java.util.List;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail in headless Chromium: an operator pauses a job (and resumes it, so the
 * shared emulator is left as it was); an auditor finds the pause on the audit page,
 * filters by person and action (the URL holds the filters), downloads the CSV of the
 * filtered rows, and sees the pause in the job's history.
 */
class AuditTrailIT extends BrowserSupport {

	@Autowired
	MacieJobs macie;

	@Test
	void anAuditorFindsAnOperatorsPauseFiltersDownloadsAndSeesItInTheJobsHistory() {
		JobSummary job = runningJob();
		browser.open(TestPlaces.HOME.jobPath(job.jobId())).signIn("otto", "macie-operators");
		act("pause");
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".panel--flash"), "Job paused."));
		act("resume");
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".panel--flash"), "Job resumed."));

		browser.clearCookies();
		browser.open("/audit").signIn("aude", "macie-auditors");
		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Auditor");
		browser.find("#person").sendKeys("otto");
		new Select(browser.find("#action")).selectByVisibleText("Pause");
		browser.find("#audit-filters button[type=submit]").click();

		browser.waitUntil(ExpectedConditions.urlContains("person=otto"));
		assertThat(browser.driver().getCurrentUrl()).contains("action=PAUSE");
		List<WebElement> rows = browser.driver().findElements(By.cssSelector(".audit-table tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows).allSatisfy((row) -> assertThat(row.getText()).contains("otto", "Pause"));
		assertThat(rows.get(0).getText()).contains(job.name(), "Done");

		String csv = download(browser.find("a[download]").getAttribute("href"));
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("\"id\",\"time (UTC)\",\"subject\"");
		assertThat(lines).hasSize(rows.size() + 1);
		assertThat(lines.get(1)).contains("\"" + job.jobId() + "\"", "\"PAUSE\"", "\"DONE\"", "\"otto@example.com\"");

		browser.find(".audit-table tbody tr a[href^='/jobs/']").click();
		WebElement history = browser.find(".job-history");
		assertThat(history.findElements(By.cssSelector("li")).get(0).getText()).startsWith("Resumed by otto ·");
		assertThat(history.findElements(By.cssSelector("li")).get(1).getText()).startsWith("Paused by otto ·");
	}

	private JobSummary runningJob() {
		return this.macie.listJobs(TestPlaces.HOME, JobListQuery.firstPage())
			.jobs()
			.stream()
			.filter((job) -> job.status() == JobStatus.RUNNING && !job.name().equals("Objects tagged pii=true"))
			.findFirst()
			.orElseThrow();
	}

	private static void act(String verb) {
		browser.find("form[action$='/" + verb + "'] button").click();
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")))
			.findElement(By.cssSelector(".confirm-dialog__confirm"))
			.click();
	}

	/** What the browser gets from the link, with its own session. */
	private static String download(String url) {
		return (String) browser.driver()
			.executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done('failed: ' + e));",
					url);
	}

}
