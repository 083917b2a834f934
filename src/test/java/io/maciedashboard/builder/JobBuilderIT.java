package io.maciedashboard.builder;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.Schedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builder in headless Chromium against the embedded emulator: a scheduled job with
 * bucket criteria, object scope and chosen managed identifiers, built with htmx rows,
 * previewed, reviewed, submitted twice, landing on exactly one job whose page says the
 * same; then copied with another schedule. And a draft that outlives an expired session.
 */
class JobBuilderIT extends BrowserSupport {

	@Autowired
	MacieJobs macie;

	/**
	 * Drafts live in the tab's sessionStorage, which outlives the cookies each test
	 * clears.
	 */
	@BeforeEach
	void noDraftsFromEarlierTests() {
		browser.open("/favicon.svg");
		browser.driver().executeScript("sessionStorage.clear()");
	}

	@Test
	void theErrorSummaryIsFocusedAndLeadsToEachFieldWithItsMessageTiedToIt() {
		browser.open("/jobs/new").signIn("olga", "macie-operators");
		assertThat(browser.driver().findElements(By.cssSelector("details.builder-sections")))
			.as("a new form has no disclosure around its sections")
			.isEmpty();

		button("review").click();

		WebElement summary = browser.find("#error-summary");
		browser.waitUntil((driver) -> "error-summary".equals(browser.focusedId()));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem: 2 things to fix");
		List<WebElement> links = summary.findElements(By.cssSelector("a[href^='#']"));
		assertThat(links).extracting(WebElement::getText)
			.containsExactly("Give the job a name.",
					"Choose at least one bucket, or type an account id and bucket names.");
		for (WebElement link : links) {
			String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
			assertThat(browser.driver().findElements(By.id(target))).as(target).hasSize(1);
		}
		// every aria-describedby names elements that exist
		List<String> missing = browser.driver()
			.findElements(By.cssSelector("[aria-describedby]"))
			.stream()
			.flatMap((element) -> List.of(element.getAttribute("aria-describedby").split(" ")).stream())
			.filter((id) -> browser.driver().findElements(By.id(id)).isEmpty())
			.toList();
		assertThat(missing).isEmpty();
		WebElement nameField = field("name");
		assertThat(nameField.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(nameField.getAttribute("aria-describedby")).contains("name-error");
		assertThat(field("description").getAttribute("aria-invalid")).isNull();

		links.get(0).click();
		assertThat(browser.focusedId()).isEqualTo("name");
		summary = browser.find("#error-summary");
		summary.findElements(By.cssSelector("a[href^='#']")).get(1).click();
		assertThat(browser.focusedId()).isEqualTo("bucketSearch");
	}

	@Test
	void theInventoryTableSortsFlagsPublicBucketsAndCountsTheChosenOnes() {
		browser.open("/jobs/new").signIn("olga", "macie-operators");
		WebElement table = browser.find("table.bucket-results");
		assertThat(table.findElements(By.cssSelector(".badge--public"))).isNotEmpty()
			.allMatch((badge) -> badge.getText().equals("Public"));
		assertThat(table.getText()).doesNotContain("NOT_PUBLIC", "NOT_SHARED", "EXTERNAL");
		assertThat(browser.find(".bucket-results td.num").getCssValue("text-align")).isEqualTo("right");

		table.findElement(By.cssSelector("th:nth-child(4) button[data-sort-key]")).click();
		List<Long> sizes = table.findElements(By.cssSelector("tbody td:nth-child(4)"))
			.stream()
			.map((cell) -> Long.valueOf(cell.getAttribute("data-sort")))
			.toList();
		assertThat(sizes).hasSizeGreaterThan(2).isSorted();
		assertThat(table.findElement(By.cssSelector("th:nth-child(4)")).getAttribute("aria-sort"))
			.isEqualTo("ascending");

		assertThat(browser.find("[data-chosen-count]").getText()).isEqualTo("0 chosen");
		table.findElements(By.cssSelector("tbody input[name=selectedBuckets]")).get(0).click();
		table.findElements(By.cssSelector("tbody input[name=selectedBuckets]")).get(1).click();
		browser
			.waitUntil(ExpectedConditions.textToBe(By.cssSelector("#bucket-picker [data-chosen-count]"), "2 chosen"));
	}

	@Test
	void anOperatorBuildsReviewsCreatesOnceAndCopiesAScheduledJob() {
		String name = "Builder IT " + UUID.randomUUID().toString().substring(0, 8);
		// the person works in Paris: the date they type is Paris time
		browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));
		browser.open("/jobs/new").signIn("olga", "macie-operators");
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs/new"));
		browser.waitUntil((driver) -> "Europe/Paris".equals(field("timeZone").getAttribute("value")));

		field("name").sendKeys(name);

		// bucket criteria: include buckets tagged env=prod, exclude public ones
		radio("bucketMode", "CRITERIA");
		swapAfter(() -> button("add:bucketIncludes").click());
		swapAfter(() -> select("bucketIncludes[0].key").selectByValue("TAG"));
		field("bucketIncludes[0].tagValues[0].key").sendKeys("env");
		field("bucketIncludes[0].tagValues[0].value").sendKeys("prod");
		swapAfter(() -> button("add:bucketExcludes").click());
		swapAfter(() -> select("bucketExcludes[0].key").selectByValue("S3_BUCKET_EFFECTIVE_PERMISSION"));
		browser.find("input[name='bucketExcludes[0].choices'][value='PUBLIC']").click();

		// the live preview follows the criteria
		browser
			.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "acme-finance-invoices"));
		String preview = browser.find("#preview").getText();
		assertThat(preview).contains("buckets", "classifiable", "evaluated again before every run")
			.doesNotContain("acme-web-static-assets")
			.doesNotContain("acme-dev-scratch");

		// object scope: pdf or docx, not larger than 10 MB, not modified before 15
		// January 10:00 Paris time
		swapAfter(() -> button("add:objectIncludes").click());
		field("objectIncludes[0].valuesText").sendKeys("pdf, docx");
		swapAfter(() -> button("add:objectExcludes").click());
		swapAfter(() -> select("objectExcludes[0].key").selectByValue("OBJECT_SIZE"));
		assertThat(select("objectExcludes[0].comparator").getOptions()).extracting(WebElement::getText)
			.containsExactly("exactly", "not exactly", "larger than", "at least", "smaller than", "at most");
		select("objectExcludes[0].comparator").selectByValue("GT");
		field("objectExcludes[0].size").sendKeys("10");
		select("objectExcludes[0].sizeUnit").selectByValue("MB");
		swapAfter(() -> button("add:objectExcludes").click());
		swapAfter(() -> select("objectExcludes[1].key").selectByValue("OBJECT_LAST_MODIFIED_DATE"));
		select("objectExcludes[1].comparator").selectByValue("LT");
		browser.driver().executeScript("arguments[0].value = '2026-01-15T10:00'", field("objectExcludes[1].dateTime"));

		// weekly on Friday, with an initial run
		radio("schedule", "WEEKLY");
		select("dayOfWeek").selectByValue("FRIDAY");
		assertThat(field("initialRun").isSelected()).isTrue();

		// only two managed identifiers, found with the picker's filter
		radio("managedIdentifierSelector", "INCLUDE");
		WebElement filter = browser.find("[data-filter-input]");
		filter.sendKeys("credit card number");
		browser.waitUntil(ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector("[data-filter-text='AWS_CREDENTIALS']")));
		browser.find("input[name='managedIdentifierIds'][value='CREDIT_CARD_NUMBER']").click();
		filter.clear();
		filter.sendKeys("france passport");
		browser.find("input[name='managedIdentifierIds'][value='FRANCE_PASSPORT_NUMBER']").click();

		// review: the job in words and the request
		browser.find("button[value='review']").click();
		browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Review the new job"));
		List<String> sentences = sentences();
		assertThat(sentences).contains("Include buckets whose tag env equals prod",
				"Exclude buckets whose effective permission is public", "Only objects with extension pdf or docx",
				"Exclude objects larger than 10 MB", "Exclude objects last modified before 2026-01-15 09:00 UTC");
		assertThat(browser.find(".review__facts").getText()).contains("Weekly on Friday", "CREDIT_CARD_NUMBER",
				"FRANCE_PASSPORT_NUMBER", "Right now");
		assertThat(browser.find("#request-json").getText()).contains("\"name\" : \"" + name + "\"",
				"\"managedDataIdentifierSelector\" : \"INCLUDE\"", "\"dayOfWeek\" : \"FRIDAY\"");
		assertThat(browser.find("button[data-copy-from]").isDisplayed()).isTrue();

		// a browser retry of the create request (same clientToken) before the person
		// double-clicks Create
		String retried = (String) browser.driver()
			.executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							const data = new URLSearchParams(new FormData(document.getElementById('job-form')));
							data.set('action', 'create');
							// (form.action would be the button named action)
							fetch(document.getElementById('job-form').getAttribute('action'), { method: 'POST', body: data, redirect: 'manual' })
								.then((response) => done(response.type + ' ' + response.status), (error) => done(String(error)));
							""");
		// the answer is the redirect to the new job (fetch does not follow it)
		assertThat(retried).isEqualTo("opaqueredirect 0");
		new Actions(browser.driver()).doubleClick(browser.find("button[value='create']")).perform();

		browser.waitUntil(ExpectedConditions.urlMatches("/jobs/111122223333/us-east-1/[0-9a-z]+$"));
		String jobId = browser.driver()
			.getCurrentUrl()
			.substring(browser.url("/jobs/111122223333/us-east-1/").length());
		List<JobSummary> created = jobsNamed(name);
		assertThat(created).extracting(JobSummary::jobId).containsExactly(jobId);
		assertThat(browser.find("main").getText()).contains(name);
		assertThat(sentences()).isEqualTo(sentences);
		assertThat(browser.find(".panel--flash").getText()).contains("created");

		// copy it from its page and run it monthly instead
		browser.find("a[href='/jobs/new?copyOf=" + jobId + "&place=111122223333/us-east-1']").click();
		browser.waitUntil(
				ExpectedConditions.urlToBe(browser.url("/jobs/new?copyOf=" + jobId + "&place=111122223333/us-east-1")));
		assertThat(field("name").getAttribute("value")).isEqualTo("Copy of " + name);
		assertThat(browser.find("input[name='schedule'][value='WEEKLY']").isSelected()).isTrue();
		assertThat(field("objectExcludes[1].dateTime").getAttribute("value")).isEqualTo("2026-01-15T10:00");
		radio("schedule", "MONTHLY");
		field("dayOfMonth").clear();
		field("dayOfMonth").sendKeys("31");
		browser.find("button[value='review']").click();
		browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Review the new job"));
		assertThat(browser.find(".review__facts").getText()).contains("Monthly on day 31: skips shorter months")
			.contains("Exclude objects last modified before 2026-01-15 09:00 UTC");
		browser.find("button[value='create']").click();
		browser.waitUntil(ExpectedConditions.urlMatches("/jobs/111122223333/us-east-1/[0-9a-z]+$"));

		List<JobSummary> copies = jobsNamed("Copy of " + name);
		assertThat(copies).hasSize(1);
		Job original = this.macie.describeJob(TestPlaces.HOME, jobId);
		Job copy = this.macie.describeJob(TestPlaces.HOME, copies.get(0).jobId());
		assertThat(original.definition().schedule()).isEqualTo(new Schedule.Weekly(DayOfWeek.FRIDAY));
		assertThat(copy.definition().schedule()).isEqualTo(new Schedule.Monthly(31));
		assertThat(copy.definition().buckets()).isInstanceOf(BucketCriteria.class)
			.isEqualTo(original.definition().buckets());
		assertThat(copy.definition().objectScope()).isEqualTo(original.definition().objectScope());
		assertThat(copy.definition().managedIdentifierSelector()).isEqualTo(ManagedIdentifierSelector.INCLUDE);
		assertThat(Set.copyOf(copy.definition().managedDataIdentifierIds()))
			.isEqualTo(Set.of("CREDIT_CARD_NUMBER", "FRANCE_PASSPORT_NUMBER"));
	}

	@Test
	void whatWasTypedSurvivesAnExpiredSessionAndIsDroppedOnceCreated() {
		String name = "Draft IT " + UUID.randomUUID().toString().substring(0, 8);
		browser.open("/jobs/new").signIn("olga", "macie-operators");
		browser.driver().executeScript("sessionStorage.clear()");
		browser.open("/jobs/new");

		field("name").sendKeys(name);
		field("description").sendKeys("Typed before the session expired");
		swapAfter(() -> button("add:tags").click());
		field("tags[0].key").sendKeys("team");
		field("tags[0].value").sendKeys("compliance");
		swapAfter(() -> button("add:typedBuckets").click());
		field("typedBuckets[0].accountId").sendKeys("111122223333");
		field("typedBuckets[0].bucketNames").sendKeys("acme-finance-invoices");
		// the session ends (idle timeout, a restart): leaving the bucket names asks for
		// the bucket preview and the click posts the form, two htmx requests at once that
		// meet sign-in, and one sign-in must win
		browser.driver().manage().deleteCookieNamed("SESSION");
		button("add:tags").click();
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("claims")));
		browser.signIn("olga", "macie-operators");

		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#job-form .panel--info"),
				"What you typed earlier in this tab is back"));
		assertThat(field("name").getAttribute("value")).isEqualTo(name);
		assertThat(field("description").getAttribute("value")).isEqualTo("Typed before the session expired");
		assertThat(field("tags[0].key").getAttribute("value")).isEqualTo("team");
		assertThat(field("tags[0].value").getAttribute("value")).isEqualTo("compliance");
		assertThat(field("typedBuckets[0].accountId").getAttribute("value")).isEqualTo("111122223333");
		assertThat(field("typedBuckets[0].bucketNames").getAttribute("value")).isEqualTo("acme-finance-invoices");

		browser.find("button[value='review']").click();
		browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Review the new job"));
		browser.find("button[value='create']").click();
		browser.waitUntil(ExpectedConditions.urlMatches("/jobs/111122223333/us-east-1/[0-9a-z]+$"));
		assertThat(browser.find(".panel--flash").getText()).isEqualTo("Job \"" + name + "\" created.");

		browser.open("/jobs/new");
		assertThat(field("name").getAttribute("value")).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("#job-form .panel--info"))).isEmpty();
	}

	/** The scope in words, as the review and the job page list it. */
	private static List<String> sentences() {
		browser.find("ul.sentences li");
		return browser.driver()
			.findElements(By.cssSelector("ul.sentences li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<JobSummary> jobsNamed(String name) {
		return this.macie
			.listJobs(TestPlaces.HOME,
					new JobListQuery(Set.of(), null, name, null, null, JobListQuery.SortField.CREATED_AT, false, 50,
							null))
			.jobs()
			.stream()
			.filter((job) -> job.name().equals(name))
			.toList();
	}

	private static WebElement field(String name) {
		return browser.find("[name='" + name + "']");
	}

	private static Select select(String name) {
		return new Select(field(name));
	}

	private static WebElement button(String action) {
		return browser.find("button[name='action'][value='" + action + "']");
	}

	private static void radio(String name, String value) {
		browser.find("input[name='" + name + "'][value='" + value + "']").click();
	}

	/**
	 * Does something that makes htmx redraw a section, and waits until the old one is
	 * gone.
	 */
	private static void swapAfter(Runnable action) {
		WebElement form = browser.find("#job-form");
		List<WebElement> sections = form
			.findElements(By.cssSelector("#section-buckets, #section-object-scope, #section-tags"));
		action.run();
		browser.waitUntil((driver) -> sections.stream().anyMatch(JobBuilderIT::isStale));
		browser.waitUntil((driver) -> driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
	}

}
