package io.maciedashboard.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.emulator.MacieEmulator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job list in headless Chromium against the emulator's seed: the bookmarkable view
 * survives filtering, sorting, paging, reload, back and a fresh visit.
 */
class JobListIT extends BrowserSupport {

	@Autowired
	MacieEmulator emulator;

	@Test
	void aViewerOpensJobsAndSeesTheSeededJobs() {
		browser.open("/").signIn("ada", "macie-viewers");

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs"));
		assertThat(browser.find("h1").getText()).isEqualTo("Classification jobs");
		assertThat(rows()).hasSize(25);
		assertThat(browser.find("table.jobs-table").getText()).contains("Running", "Paused by user");
		// local-time.js ran under the CSP: the server's UTC text was rewritten into the
		// browser's zone
		WebElement created = browser.find("tr[data-job-id] td:nth-child(4) time");
		browser.waitUntil((driver) -> !created.getText().endsWith("UTC"));
		assertThat(created.getAttribute("title")).endsWith("UTC");
	}

	@Test
	void filterSortPageReloadBackAndBookmarkKeepTheView() {
		// Jobs created before the day before yesterday: only the seed's, whatever other
		// tests create.
		String before = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
		browser.open("/jobs?size=5&createdBefore=" + before).signIn("ada", "macie-viewers");
		assertThat(rows()).hasSize(5);

		// filter by status: checking a box updates the table in place and pushes the URL;
		// the box keeps the focus
		browser.afterSwap("job-finder", () -> browser.find("#status-COMPLETE").click());
		browser.waitUntil(ExpectedConditions.urlContains("status=COMPLETE"));
		assertThat(browser.focusedId()).isEqualTo("status-COMPLETE");
		assertThat(statuses()).containsOnly("Complete").hasSize(5);

		// sort by name from the column header
		browser.afterSwap("job-finder", () -> browser.find("th.col-name a").click());
		browser.waitUntil(ExpectedConditions.urlContains("sort=name"));
		List<String> page1 = names();
		assertThat(page1).hasSize(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(browser.find("th.col-name").getAttribute("aria-sort")).isEqualTo("ascending");
		String page1Url = browser.driver().getCurrentUrl();
		assertThat(page1Url)
			.isEqualTo(browser.url("/jobs?status=COMPLETE&createdBefore=" + before + "&sort=name&dir=asc&size=5"));

		// page 2
		browser.afterSwap("job-finder", () -> browser.find("a[rel=next]").click());
		browser.waitUntil(ExpectedConditions.urlContains("token="));
		List<String> page2 = names();
		String page2Url = browser.driver().getCurrentUrl();
		assertThat(page2).hasSize(5)
			.doesNotContainAnyElementsOf(page1)
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(page2.get(0).compareToIgnoreCase(page1.get(4))).isPositive();
		assertThat(browser.find("caption").getText()).isEqualTo("Jobs, page 2");
		assertThat(statuses()).containsOnly("Complete");

		// a reload keeps page 2, with the filters and the sort
		browser.driver().navigate().refresh();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(page2Url);
		assertThat(names()).isEqualTo(page2);
		assertThat(browser.find("#status-COMPLETE").isSelected()).isTrue();
		assertThat(browser.find("#sort option[selected]").getAttribute("value")).isEqualTo("name");

		// page 3 and Previous back to page 2 (the history travels in the URL)
		browser.afterSwap("job-finder", () -> browser.find("a[rel=next]").click());
		assertThat(browser.find("caption").getText()).isEqualTo("Jobs, page 3");
		browser.afterSwap("job-finder", () -> browser.find("a[rel=prev]").click());
		assertThat(names()).isEqualTo(page2);
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(page2Url);

		// the back button walks the pushed URLs: page 3, then page 2, then page 1
		browser.driver().navigate().back();
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("caption"), "Jobs, page 3"));
		browser.driver().navigate().back();
		browser.waitUntil(ExpectedConditions.urlToBe(page2Url));
		browser.driver().navigate().back();
		browser.waitUntil(ExpectedConditions.urlToBe(page1Url));
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("caption"), "Jobs, page 1"));
		assertThat(names()).isEqualTo(page1);

		// the bookmarked URL of page 2, opened afresh, restores the same view
		browser.driver().get(page2Url);
		assertThat(names()).isEqualTo(page2);
		assertThat(browser.find("caption").getText()).isEqualTo("Jobs, page 2");
		assertThat(browser.find("#createdBefore").getAttribute("value")).isEqualTo(before);
	}

	@Test
	void whileJobsRunTheTableRefreshesItselfAndSaysWhen() {
		browser.open("/jobs?status=RUNNING").signIn("ada", "macie-viewers");
		browser.find("#job-results[data-refresh-every]");
		String firstUpdate = browser.find("#job-results .updated time").getAttribute("datetime");
		assertThat(browser.find("#job-results .updated").getText()).contains("refreshing every 15 s");

		// live-refresh.js fires the event htmx listens for; the results are morphed, the
		// form is not touched
		WebElement form = browser.find("form#job-filters");
		browser.driver().executeScript("document.getElementById('job-filters').setAttribute('data-untouched', '')");
		browser.waitUntil((driver) -> !firstUpdate
			.equals(driver.findElement(By.cssSelector("#job-results .updated time")).getAttribute("datetime")));
		assertThat(form.getAttribute("data-untouched")).isNotNull();
		String secondUpdate = browser.find("#job-results .updated time").getAttribute("datetime");
		assertThat(secondUpdate).isGreaterThan(firstUpdate);
		assertThat(form.isDisplayed()).isTrue();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs?status=RUNNING"));
	}

	@Test
	void keyboardFocusStaysOnTheFocusedLinkAcrossALiveRefresh() {
		browser.open("/jobs?status=RUNNING").signIn("ada", "macie-viewers");
		WebElement link = browser.find("#job-results tbody tr td.col-name a");
		String linkId = link.getAttribute("id");
		browser.driver().executeScript("arguments[0].focus()", link);

		// what live-refresh.js does every 15 seconds, now
		browser.afterSwap("job-results", () -> browser.driver()
			.executeScript("document.getElementById('job-results').dispatchEvent(new CustomEvent('refresh'))"));

		assertThat(browser.focusedId()).isEqualTo(linkId);
		// what the browser drew into the morphed rows is drawn again: times stay local
		WebElement created = browser.find("tr[data-job-id] td.col-created time");
		browser.waitUntil((driver) -> !created.getText().endsWith("UTC"));
	}

	@Test
	void theTriageStripCountsAndEachCountIsABookmarkableFilter() {
		browser.open("/jobs").signIn("ada", "macie-viewers");
		WebElement expiring = browser.find("#job-triage a[href$='triage=expiring']");
		int count = Integer.parseInt(expiring.findElement(By.cssSelector(".triage__count")).getText());
		assertThat(count).isPositive();
		assertThat(expiring.getAttribute("class")).contains("triage__item--alert");

		browser.afterSwap("job-finder", expiring::click);

		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/jobs?triage=expiring")));
		assertThat(statuses()).hasSize(count).containsOnly("Paused by user");
		assertThat(browser.find("#job-triage a[aria-current=true]").getAttribute("href")).endsWith("triage=expiring");
		assertThat(browser.find("#job-result-count").getText())
			.isEqualTo(count + " jobs match “Pauses expiring within 48 hours”");
		assertThat(browser.find("#job-result-count").getAttribute("role")).isEqualTo("status");
		assertThat(browser.find("#job-filter-chips").getText()).contains("Pauses expiring within 48 hours");

		// the quota count is the status filter
		browser.afterSwap("job-finder", () -> browser.find("#job-triage a[href$='status=PAUSED']").click());
		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/jobs?status=PAUSED")));
		assertThat(statuses()).isNotEmpty().containsOnly("Paused by Macie (quota)");

		// a fresh visit of the bookmark shows the same
		browser.driver().get(browser.url("/jobs?triage=errors"));
		assertThat(rows()).isNotEmpty()
			.allMatch((row) -> !row.findElements(By.cssSelector(".marker--error")).isEmpty());
	}

	@Test
	void theEmptyStateShowsTheActiveFiltersAsRemovableChipsAndClear() {
		browser.open("/jobs?status=RUNNING&name=no+job+has+this+name").signIn("ada", "macie-viewers");

		assertThat(browser.find("#job-result-count").getText()).isEqualTo("No jobs match these filters");
		List<String> chips = browser.driver()
			.findElements(By.cssSelector("#job-filter-chips .chip bdi"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(chips).containsExactly("Status: Running", "Name contains “no job has this name”");
		assertThat(browser.find("summary.filter-panel__summary").getAttribute("textContent")).isEqualTo("Filters (2)");

		// removing the name chip keeps the status
		browser.afterSwap("job-finder",
				() -> browser
					.find("#job-filter-chips a[aria-label='Remove filter: Name contains “no job has this name”']")
					.click());
		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/jobs?status=RUNNING")));
		assertThat(statuses()).isNotEmpty().containsOnly("Running");

		browser.driver().get(browser.url("/jobs?name=no+job+has+this+name"));
		browser.afterSwap("job-finder", () -> browser.find("#clear-filters-empty").click());
		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/jobs")));
		assertThat(rows()).hasSize(25);
		assertThat(browser.find("#job-result-count").getText()).startsWith("Jobs 1–25 of ");
	}

	@Test
	void aPastedJobIdOpensTheJob() {
		browser.open("/jobs").signIn("ada", "macie-viewers");
		String jobId = browser.find("tr[data-job-id]").getAttribute("data-job-id");

		browser.find("#name").sendKeys(" " + jobId.toUpperCase() + " ");
		browser.find("#job-filters button[type=submit]").click();

		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/jobs/" + jobId)));
		assertThat(browser.find("#job-id").getText()).isEqualTo(jobId);
	}

	@Test
	void theNameFilterSaysItIsCaseSensitiveAndIs() {
		browser.open("/jobs?name=Payroll").signIn("ada", "macie-viewers");
		assertThat(names()).isNotEmpty().allMatch((name) -> name.contains("Payroll"));
		assertThat(browser.find("#name-hint").getText()).startsWith("Case-sensitive, as in Macie");

		browser.driver().get(browser.url("/jobs?name=payroll"));
		assertThat(browser.find("#job-result-count").getText()).isEqualTo("No jobs match these filters");
	}

	@Test
	void aFailedRefreshKeepsTheTableSaysSoAndKeepsTrying() {
		browser.open("/jobs?status=RUNNING").signIn("ada", "macie-viewers");
		List<String> before = names();

		this.emulator.faults().internalErrorShare(1.0);
		try {
			browser.driver()
				.executeScript("document.getElementById('job-results').dispatchEvent(new CustomEvent('refresh'))");
			WebElement notice = browser.waitUntil(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("#job-results [data-refresh-notice]")));
			assertThat(notice.getText())
				.matches("Could not refresh at [0-9]{2}:[0-9]{2}:[0-9]{2} .*trying again in [0-9]+ seconds\\.");
			assertThat(names()).isEqualTo(before);
			assertThat(browser.find("#job-results").getAttribute("data-refresh-every")).isEqualTo("15");
		}
		finally {
			this.emulator.faults().internalErrorShare(0.0);
		}

		// the timer goes on: its first refresh after the back-off (30 s, then up to one
		// 15 s interval) succeeds and the notice goes
		new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(
				ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#job-results [data-refresh-notice]")));
		assertThat(names()).isEqualTo(before);
	}

	@Test
	void invalidValuesInTheUrlAreExplainedNextToTheFilter() {
		browser.open("/jobs?status=SLEEPING&size=10000").signIn("ada", "macie-viewers");

		assertThat(browser.find("#status-error").getText()).contains("Unknown status “SLEEPING”");
		assertThat(browser.find("#size-error").getText()).contains("from 1 to 200");
		assertThat(rows()).hasSize(25);
	}

	@Test
	void aTenThousandCharacterNameInTheUrlIsExplainedNotRefusedByTheServer() {
		browser.open("/jobs?name=" + "x".repeat(10_000)).signIn("ada", "macie-viewers");

		assertThat(browser.find("#name-error").getText()).contains("at most 500 characters");
		assertThat(rows()).hasSize(25);
	}

	private static List<WebElement> rows() {
		browser.find("table.jobs-table");
		return browser.driver().findElements(By.cssSelector("table.jobs-table tbody tr"));
	}

	private static List<String> names() {
		return rows().stream().map((row) -> row.findElement(By.cssSelector("td.col-name a")).getText()).toList();
	}

	private static List<String> statuses() {
		return rows().stream().map((row) -> row.findElement(By.cssSelector(".badge")).getText()).toList();
	}

}
