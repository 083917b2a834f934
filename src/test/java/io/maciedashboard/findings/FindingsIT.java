package io.maciedashboard.findings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.PageReview;
import io.maciedashboard.macie.TestPlaces;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's results in headless Chromium against the emulator's seeded findings: the job
 * page's counts, a click on "High", a finding's page, back, and the filtered list's
 * bookmark opened signed out; and the pages reviewed (axe, sideways scroll) at a
 * desktop's and a phone's width.
 */
class FindingsIT extends BrowserSupport {

	/** "Legal contracts shared externally" in the default place. */
	private static final String JOB = "29176be1f49b3fdfafb07a4618a5a4e6";

	private static final String JOB_PAGE = TestPlaces.HOME.jobPath(JOB);

	@Test
	void aViewerGoesFromTheJobsHighCountToAFindingAndBackAndTheBookmarkSurvivesSigningOut() {
		browser.open(JOB_PAGE).signIn("vera", "macie-viewers");
		WebElement high = browser.find("#results-severity-high");
		long highCount = Long
			.parseLong(high.findElement(By.cssSelector(".results-counts__count")).getText().replace(",", ""));
		assertThat(highCount).isPositive();
		assertThat(browser.find("#job-results-section").getText()).contains("Macie keeps findings for 90 days")
			.contains("s3://acme-macie-discovery-results/macie/");

		high.click();

		browser.waitUntil(ExpectedConditions.urlContains("/findings?severity=High"));
		List<WebElement> rows = browser.driver().findElements(By.cssSelector(".findings-table tbody tr"));
		assertThat(rows).hasSize((int) Math.min(highCount, FindingsRequest.PAGE_SIZE));
		assertThat(rows).allSatisfy(
				(row) -> assertThat(row.findElement(By.cssSelector(".severity-badge")).getText()).isEqualTo("High"));
		String filtered = browser.driver().getCurrentUrl();
		String firstType = rows.get(0).findElement(By.cssSelector("a")).getText();

		rows.get(0).findElement(By.cssSelector("a")).click();

		browser.waitUntil(ExpectedConditions.urlMatches("/findings/[0-9a-f]+$"));
		assertThat(browser.find("h1").getText()).isEqualTo("High " + firstType);
		assertThat(browser.find(".data-types-table tbody tr").getText()).isNotBlank();
		assertThat(browser.find("#finding-console-link").getAttribute("href"))
			.startsWith("https://us-east-1.console.aws.amazon.com/macie/home?region=us-east-1#findings");

		browser.driver().navigate().back();

		browser.waitUntil(ExpectedConditions.urlToBe(filtered));
		assertThat(browser.find("#severity option[selected]").getText()).isEqualTo("High");

		browser.clearCookies();
		browser.driver().get(filtered);
		browser.signIn("vera", "macie-viewers");

		browser.waitUntil(ExpectedConditions.urlToBe(filtered));
		assertThat(browser.driver().findElements(By.cssSelector(".findings-table tbody tr"))).isNotEmpty();
	}

	@Test
	void theResultsTheFindingsAndAFindingPassAxeAndFitAPhone() {
		browser.open(JOB_PAGE).signIn("vera", "macie-viewers");
		List<String> problems = new ArrayList<>();
		review("job-results", problems);
		browser.find("#results-all").click();
		browser.waitUntil(ExpectedConditions.urlContains("/findings"));
		review("findings", problems);
		browser.find(".findings-table tbody tr a").click();
		browser.waitUntil(ExpectedConditions.urlMatches("/findings/[0-9a-f]+$"));
		review("finding", problems);

		assertThat(problems).isEmpty();
	}

	/**
	 * The page shown now at a desktop's and a phone's width: axe's serious problems,
	 * sideways scroll.
	 */
	private static void review(String name, List<String> problems) {
		for (int width : List.of(1400, 390)) {
			PageReview.width(browser.driver(), width);
			browser.find("main h1");
			PageReview.screenshot(browser.driver(), "findings-" + name + "-" + width);
			PageReview.seriousViolations(browser.driver())
				.forEach((violation) -> problems.add(name + " at " + width + " px: " + violation));
			long overflow = PageReview.sidewaysOverflow(browser.driver());
			if (overflow > 0) {
				problems.add(name + " at " + width + " px scrolls sideways by " + overflow + " px");
			}
		}
		PageReview.resetWidth(browser.driver());
	}

}
