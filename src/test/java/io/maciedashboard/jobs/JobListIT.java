package io.maciedashboard.jobs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.maciedashboard.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job list in headless Chromium against the emulator's seed: the bookmarkable view
 * survives filtering, sorting, paging, reload, back and a fresh visit.
 */
class JobListIT extends BrowserSupport {

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

		// filter by status: checking a box updates the table in place and pushes the URL
		WebElement table = browser.find("table.jobs-table");
		browser.find("#status-COMPLETE").click();
		browser.waitUntil(ExpectedConditions.stalenessOf(table));
		browser.waitUntil(ExpectedConditions.urlContains("status=COMPLETE"));
		assertThat(statuses()).containsOnly("Complete").hasSize(5);

		// sort by name from the column header
		table = browser.find("table.jobs-table");
		browser.find("th.col-name a").click();
		browser.waitUntil(ExpectedConditions.stalenessOf(table));
		browser.waitUntil(ExpectedConditions.urlContains("sort=name"));
		List<String> page1 = names();
		assertThat(page1).hasSize(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(browser.find("th.col-name").getAttribute("aria-sort")).isEqualTo("ascending");
		String page1Url = browser.driver().getCurrentUrl();
		assertThat(page1Url)
			.isEqualTo(browser.url("/jobs?status=COMPLETE&createdBefore=" + before + "&sort=name&dir=asc&size=5"));

		// page 2
		table = browser.find("table.jobs-table");
		browser.find("a[rel=next]").click();
		browser.waitUntil(ExpectedConditions.stalenessOf(table));
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
		table = browser.find("table.jobs-table");
		browser.find("a[rel=next]").click();
		browser.waitUntil(ExpectedConditions.stalenessOf(table));
		assertThat(browser.find("caption").getText()).isEqualTo("Jobs, page 3");
		table = browser.find("table.jobs-table");
		browser.find("a[rel=prev]").click();
		browser.waitUntil(ExpectedConditions.stalenessOf(table));
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
		WebElement results = browser.find("#job-results[data-refresh-every]");
		String firstUpdate = browser.find("#job-results .updated time").getAttribute("datetime");
		assertThat(browser.find("#job-results .updated").getText()).contains("refreshing every 15 s");

		// live-refresh.js fires the event htmx listens for; the results are swapped, the
		// form is not
		WebElement form = browser.find("form#job-filters");
		browser.waitUntil(ExpectedConditions.stalenessOf(results));
		String secondUpdate = browser.find("#job-results .updated time").getAttribute("datetime");
		assertThat(secondUpdate).isGreaterThan(firstUpdate);
		assertThat(form.isDisplayed()).isTrue();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs?status=RUNNING"));
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
