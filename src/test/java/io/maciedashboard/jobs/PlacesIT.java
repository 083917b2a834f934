package io.maciedashboard.jobs;

import java.util.List;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dashboard over the emulator's three seeded places (the data lake account reached
 * through an assumed role with an external id, STS on the emulator's port), in headless
 * Chromium: the list of several regions, the place filter, a job of the second region
 * (reloaded, acted on), an old bookmark landing on the canonical URL, and a place that
 * fails while the others show.
 */
@DirtiesContext
@TestPropertySource(properties = { "macie.emulator.port=0", "macie.places[0].name=Production (N. Virginia)",
		"macie.places[0].region=us-east-1", "macie.places[0].account-id=111122223333",
		"macie.places[1].name=Production (Ireland)", "macie.places[1].region=eu-west-1",
		"macie.places[1].account-id=111122223333", "macie.places[2].name=Data lake", "macie.places[2].region=us-east-1",
		"macie.places[2].account-id=444455556666",
		"macie.places[2].role-arn=arn:aws:iam::444455556666:role/MacieDashboardReader",
		"macie.places[2].external-id=acme-macie-dashboard" })
class PlacesIT extends BrowserSupport {

	private static final String IRELAND = "111122223333/eu-west-1";

	@Autowired
	MacieJobs macie;

	@Autowired
	MacieEmulator emulator;

	@AfterEach
	void clearFaults() {
		this.emulator.clearFaults();
	}

	private static List<String> rowPlaces() {
		return browser.driver()
			.findElements(By.cssSelector("#job-results tbody tr"))
			.stream()
			.map((row) -> row.getAttribute("data-place"))
			.toList();
	}

	@Test
	void oneListOverRegionsFilteredToOneWhoseJobIsOpenedReloadedActedOnAndBookmarkedTheOldWay() {
		browser.open("/jobs?size=100").signIn("olga", "macie-operators");
		assertThat(rowPlaces()).contains("111122223333/us-east-1", IRELAND, "444455556666/us-east-1");
		assertThat(browser.find("#job-results thead").getText()).contains("Place");

		// only Ireland, only running jobs: the filter form's change submits through htmx
		browser.find("input[name=place][value='" + IRELAND + "']").click();
		browser.waitUntil((driver) -> driver.getCurrentUrl().contains("place=111122223333%2Feu-west-1"));
		browser.find("input#status-RUNNING").click();
		browser.waitUntil((driver) -> driver.getCurrentUrl().contains("status=RUNNING") && !rowPlaces().isEmpty()
				&& rowPlaces().stream().allMatch(IRELAND::equals));

		WebElement link = browser.find("#job-results tbody tr td.col-name a");
		String name = link.getText();
		link.click();
		browser.waitUntil(ExpectedConditions.urlMatches("/jobs/111122223333/eu-west-1/[0-9a-f]+$"));
		String canonical = browser.driver().getCurrentUrl();
		String jobId = canonical.substring(canonical.lastIndexOf('/') + 1);
		assertThat(browser.find("h1").getText()).isEqualTo(name);

		browser.driver().navigate().refresh();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(canonical);
		assertThat(browser.find(".job-header__place").getText())
			.isEqualTo("In Production (Ireland) (eu-west-1 / 111122223333)");

		browser.find("form[action$='/pause'] button").click();
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")))
			.findElement(By.cssSelector(".confirm-dialog__confirm"))
			.click();
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".panel--flash"), "Job paused."));
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(canonical);
		Place ireland = this.macie.place("111122223333", "eu-west-1").orElseThrow();
		assertThat(this.macie.describeJob(ireland, jobId).status()).isEqualTo(JobStatus.USER_PAUSED);

		browser.open("/jobs/" + jobId);
		browser.waitUntil(ExpectedConditions.urlToBe(canonical));
		assertThat(browser.find("h1").getText()).isEqualTo(name);
	}

	@Test
	void aPlaceWhereMacieFailsIsNamedInABannerWhileTheOthersShow() {
		this.emulator.faults("eu-west-1", null).macieEnabled(false);

		browser.open("/jobs?size=100").signIn("ada", "macie-viewers");

		WebElement banner = browser.find(".place-failure");
		assertThat(banner.findElement(By.cssSelector("h2")).getText())
			.isEqualTo("Jobs of Production (Ireland), eu-west-1 / 111122223333, are not shown");
		assertThat(banner.getText()).contains("Macie is not enabled in eu-west-1 / 111122223333.");
		assertThat(rowPlaces()).isNotEmpty()
			.doesNotContain(IRELAND)
			.contains("111122223333/us-east-1", "444455556666/us-east-1");
	}

}
