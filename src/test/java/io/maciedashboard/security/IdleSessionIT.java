package io.maciedashboard.security;

import java.time.Duration;
import java.util.Set;

import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.BrowserSupport;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieJobs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who leaves a live job page open is signed out after the idle timeout, although
 * the page keeps refreshing itself: the refresh's 401 takes the whole page to sign-in
 * (the identity provider's login page). Its own application context, for the short
 * timeout and refresh interval.
 */
@TestPropertySource(properties = { "server.servlet.session.timeout=8s", "dashboard.job-page.refresh-interval=1s" })
class IdleSessionIT extends BrowserSupport {

	@Autowired
	MacieJobs macie;

	@Test
	void anIdlePersonOnARefreshingPageIsSignedOut() {
		String running = this.macie
			.listJobs(TestPlaces.HOME,
					new JobListQuery(Set.of(JobStatus.RUNNING), null, null, null, null, SortField.CREATED_AT, false, 1,
							null))
			.jobs()
			.get(0)
			.jobId();
		browser.open(TestPlaces.HOME.jobPath(running)).signIn("ida", "macie-viewers");
		assertThat(browser.find("#job-live").getAttribute("data-refresh-every")).isEqualTo("1");
		long signedInAt = System.nanoTime();

		// the page refreshes every second; after 8 s without a click the next refresh is
		// refused and the browser lands on the identity provider's login page
		browser.waitUntil((driver) -> !driver.findElements(By.name("claims")).isEmpty());

		Duration idle = Duration.ofNanos(System.nanoTime() - signedInAt);
		assertThat(idle).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
	}

}
