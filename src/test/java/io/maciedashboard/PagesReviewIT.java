package io.maciedashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page as a design review sees it, at 1400 and 390 CSS pixels: no serious or
 * critical axe-core violation (WCAG 2.2 A and AA rules), nothing that scrolls sideways,
 * and a full-page screenshot of each under {@code target/screenshots/pages/} for people
 * to review. It only reads, so it shares the browser tests' application context.
 */
class PagesReviewIT extends BrowserSupport {

	private static final int DESKTOP = 1400;

	private static final int PHONE = 390;

	@Autowired
	MacieJobs macie;

	private final List<String> problems = new ArrayList<>();

	@AfterEach
	void backToTheWindowsWidth() {
		PageReview.resetWidth(browser.driver());
	}

	private String jobNamed(String name) {
		return this.macie
			.listJobs(TestPlaces.HOME,
					new JobListQuery(Set.of(), null, name, null, null, SortField.CREATED_AT, false, 25, null))
			.jobs()
			.stream()
			.filter((job) -> job.name().equals(name))
			.findFirst()
			.orElseThrow()
			.jobId();
	}

	private String firstJobWith(JobStatus status) {
		return this.macie
			.listJobs(TestPlaces.HOME,
					new JobListQuery(Set.of(status), null, null, null, null, SortField.CREATED_AT, false, 25, null))
			.jobs()
			.stream()
			.map(JobSummary::jobId)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Reviews the page the browser shows now at both widths, under this name (for a page
	 * reached by a POST or a click, which cannot simply be opened again).
	 */
	private void review(String name) {
		for (int width : List.of(DESKTOP, PHONE)) {
			PageReview.width(browser.driver(), width);
			check(name, width);
		}
		PageReview.resetWidth(browser.driver());
	}

	/** Opens the page at each width, as a phone or a desktop browser would load it. */
	private void open(String name, String path) {
		for (int width : List.of(PHONE, DESKTOP)) {
			PageReview.width(browser.driver(), width);
			browser.open(path);
			browser.find("main h1");
			check(name, width);
		}
		PageReview.resetWidth(browser.driver());
	}

	private void check(String name, int width) {
		browser.waitUntil((driver) -> driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
		if (width == PHONE) {
			PageReview.firstScreen(browser.driver(), name + "-" + width + "-first-screen");
		}
		this.problems.addAll(PageReview.problems(browser.driver(), name, width));
	}

	@Test
	void theViewersPages() {
		browser.open("/jobs").signIn("ada", "macie-viewers");
		open("jobs", "/jobs");
		open("jobs-filtered", "/jobs?status=COMPLETE&status=CANCELLED&type=ONE_TIME");
		open("jobs-no-match", "/jobs?name=no+job+is+called+this");
		open("jobs-triage-expiring", "/jobs?triage=expiring");
		open("job-running", TestPlaces.HOME.jobPath(jobNamed("Data lake curated PII scan")));
		open("job-paused-by-quota", TestPlaces.HOME.jobPath(firstJobWith(JobStatus.PAUSED)));
		open("job-paused-by-user", TestPlaces.HOME.jobPath(jobNamed("Data lake raw deep scan (paused 25 days)")));
		open("job-complete", TestPlaces.HOME.jobPath(firstJobWith(JobStatus.COMPLETE)));
		open("job-cancelled", TestPlaces.HOME.jobPath(firstJobWith(JobStatus.CANCELLED)));
		open("job-not-found", "/jobs/0123456789abcdef0123456789abcdef");

		assertThat(this.problems).isEmpty();
	}

	@Test
	void theOperatorsPages() {
		browser.open("/jobs").signIn("olga", "macie-operators");
		open("jobs-operator", "/jobs");
		String expiring = jobNamed("Payroll rescan (expires within the hour)");
		open("job-expiring-operator", TestPlaces.HOME.jobPath(expiring));
		PageReview.width(browser.driver(), DESKTOP);

		browser.find("#banner-resume").click();
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")));
		review("job-confirm-dialog");
		browser.find(".confirm-dialog__keep").click();

		open("builder", "/jobs/new");
		PageReview.width(browser.driver(), DESKTOP);
		browser.find("button[name=action][value=review]").click();
		browser.find("[data-error-summary]");
		review("builder-errors");

		assertThat(this.problems).isEmpty();
	}

	@Test
	void thePageOfSomeoneWithoutAGroup() {
		browser.open("/jobs").signIn("nobody", "some-other-group");
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("main h1"), "You do not have access to this"));
		review("no-access");

		assertThat(this.problems).isEmpty();
	}

}
