package io.maciedashboard.alerts;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.maciedashboard.BrowserSupport;
import io.maciedashboard.PageReview;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts in headless Chromium: a viewer watches a paused job from its page; the sweep
 * finds its pause about to expire, and the alert is on the notifications page; the viewer
 * makes a calendar feed, and its secret address (fetched as a calendar app would, without
 * a session) parses (ical4j) into an event at the job's expiry with its reminders.
 */
class AlertsIT extends BrowserSupport {

	/** A desktop's and a phone's width, in CSS pixels. */
	static final List<Integer> WIDTHS = List.of(1400, 390);

	static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@Autowired
	MacieJobs macie;

	@Autowired
	AlertSweep sweep;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Clock macieClock;

	@Autowired
	JobStateRepository states;

	private final List<String> problems = new ArrayList<>();

	@Test
	void aViewerWatchesAJobSeesItsAlertAndFindsItsExpiryInTheirCalendar() throws Exception {
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

		Calendar feed = new CalendarBuilder().build(new StringReader(fetch(address)));
		List<VEvent> events = feed.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> value(event, Property.UID)
				.equals("111122223333/us-east-1/" + job.jobId() + "@macie-dashboard"))
			.toList();
		assertThat(events).as("the watched job's event").hasSize(1);
		VEvent event = events.get(0);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Macie cancels “" + job.name() + "”");
		assertThat(value(event, Property.DTSTART))
			.isEqualTo(ICS_UTC.format(job.pause().expiresAt().truncatedTo(ChronoUnit.SECONDS)));
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(event, Property.URL)).endsWith(TestPlaces.HOME.jobPath(job.jobId()));
		assertThat(value(event, Property.SEQUENCE)).as("the version of the job's state the sweep stored")
			.isEqualTo(
					String.valueOf(this.states.find("111122223333", "us-east-1", job.jobId()).orElseThrow().version()));
		// the thresholds 7d, 24h, 1h, in ical4j's words
		assertThat(event.getAlarms()).extracting((alarm) -> value(alarm, Property.TRIGGER))
			.containsExactly("-P1W", "-P1D", "-PT1H");
		assertThat(event.getAlarms()).extracting((alarm) -> value(alarm, Property.ACTION)).containsOnly("DISPLAY");
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse("");
	}

	/**
	 * The alerts' pages as a design review sees them, at a phone's and a desktop's width:
	 * no serious axe-core violation and nothing that scrolls sideways, with the long
	 * values they hold (addresses, a secret shown once, a failed delivery's reason).
	 */
	@Test
	void theAlertsPagesReadWellOnAPhoneAndADesktop() {
		JobSummary job = pausedJobExpiringWithinAWeek();
		String jobPage = TestPlaces.HOME.jobPath(job.jobId());
		browser.open(jobPage).signIn("olga", "macie-operators");
		clickAndWaitForTheNextPage("form.watch-form button");
		this.sweep.sweep();
		this.worker.deliverDue();

		review("job-watched", jobPage);
		review("alerts-settings", "/alerts/settings");
		browser.find("form[action$='/alerts/settings/calendar'] button").click();
		browser.find("#calendar-url");
		review("alerts-settings-calendar-address", null);
		review("alerts-notifications", "/alerts/notifications");
		review("alerts-notification",
				browser.find("table.notifications td[data-label=What] a").getDomAttribute("href"));

		addTeamChannel("Compliance and privacy office (every region)", "EMAIL",
				"compliance-office@example.com, privacy-office-of-the-whole-company@example.com");
		addTeamChannel("Chat", "WEBHOOK", "http://127.0.0.1:9/a-webhook-address-long-enough-to-wrap-on-a-phone");
		browser.find("#new-secret");
		review("alerts-channels-new-secret", null);
		review("alerts-channels", "/alerts/channels");
		// the two channels are removed again, and the job unwatched, for the tests that
		// share this application
		clickAndWaitForTheNextPage("form[action$='/remove'] button");
		clickAndWaitForTheNextPage("form[action$='/remove'] button");
		assertThat(browser.driver().findElements(By.cssSelector("table.channels tbody tr"))).isEmpty();
		browser.open(jobPage);
		clickAndWaitForTheNextPage("form.watch-form button");

		assertThat(this.problems).isEmpty();
	}

	/**
	 * Lays the page out at each width and records what the review finds; {@code path}
	 * (null: the page as shown, which cannot be opened again) is opened at each width.
	 */
	private void review(String name, String path) {
		for (int width : WIDTHS) {
			PageReview.width(browser.driver(), width);
			if (path != null) {
				browser.open(path).find("main h1");
			}
			browser.waitUntil((driver) -> driver.findElements(By.cssSelector(".htmx-request")).isEmpty());
			this.problems.addAll(PageReview.problems(browser.driver(), name, width));
		}
		PageReview.resetWidth(browser.driver());
	}

	/**
	 * Clicks a button that loads another page, and waits for it: the old page's window
	 * carries a marker that the new one lacks. (Staleness of the button cannot tell:
	 * while the page is replaced, ChromeDriver may answer with an inspector error
	 * instead.)
	 */
	private void clickAndWaitForTheNextPage(String button) {
		WebElement clicked = browser.find(button);
		browser.driver().executeScript("window.testBeforeNextPage = true");
		clicked.click();
		browser.waitUntil((driver) -> {
			try {
				return (Boolean) browser.driver()
					.executeScript(
							"return window.testBeforeNextPage === undefined && document.readyState === 'complete'");
			}
			catch (WebDriverException ex) {
				// the page is being replaced
				return false;
			}
		});
	}

	private void addTeamChannel(String name, String kind, String target) {
		browser.open("/alerts/channels");
		browser.find("#name").sendKeys(name);
		new Select(browser.find("#kind")).selectByValue(kind);
		browser.find("#target").sendKeys(target);
		browser.find("form[action$='/alerts/channels'] button[type=submit]").click();
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".panel--flash"), "added"));
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

	/**
	 * What a calendar app gets from the address: no session, the bytes as sent (a
	 * browser's script would hand back its line ends changed, unfolding lines wrongly).
	 */
	private static String fetch(String url) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
		return answer.body();
	}

}
