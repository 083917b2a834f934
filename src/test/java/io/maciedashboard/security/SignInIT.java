package io.maciedashboard.security;

import io.maciedashboard.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole OIDC code flow in headless Chromium against the development identity
 * provider.
 */
class SignInIT extends BrowserSupport {

	private static final String BOOKMARK = "/jobs/2f1e9c7a0b3d4e5f?tab=runs&from=2026-01-01";

	@Test
	void aBookmarkOpenedWhileSignedOutLeadsThroughSignInBackToExactlyThatUrl() {
		browser.open(BOOKMARK);
		assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(browser.url("/"));

		browser.signIn("ada", "macie-viewers");

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(BOOKMARK));
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("ada");
		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Viewer");

		browser.open("/no-such-page");
		assertThat(browser.find("main").getText()).contains("There is nothing here");
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("ada");
	}

	@Test
	void anOperatorIsShownAsOperator() {
		browser.signIn("olga", "macie-operators");

		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("Operator");
	}

	@Test
	void someoneWithoutAMappedGroupIsToldWhichGroupsGrantAccessInsteadOfLoopingThroughSignIn() {
		browser.open(BOOKMARK).signIn("finn", "finance");

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(BOOKMARK));
		String page = browser.find("main").getText();
		assertThat(page).contains("You do not have access to this", "macie-viewers", "macie-operators")
			.contains("To get access, ask the Compliance IT team (compliance-it@example.com) to add you to a group.");
		assertThat(browser.find(".signed-in-role").getText()).isEqualTo("No access");
		// no way "back to the jobs", which answer 403 again: signing out instead
		assertThat(browser.driver().findElements(By.cssSelector("main a[href$='/jobs']"))).isEmpty();
		browser.find("main form.sign-out-again button").click();
		browser.waitUntil(ExpectedConditions.urlContains("/signed-out"));
	}

	@Test
	void aFormFromBeforeTheLatestSignInIsRefusedWithAReloadHintNotTheNoAccessPage() {
		browser.open(BOOKMARK).signIn("ada", "macie-viewers");
		// as if the page had been opened in an earlier session: its token is no longer
		// the session's
		((JavascriptExecutor) browser.driver())
			.executeScript("document.querySelector('form.sign-out input[name=_csrf]').value = 'stale'");
		browser.find("form.sign-out button").click();

		browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Please reload the page and try again"));
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("ada");
	}

	@Test
	void signingOutEndsTheSessionAndLandsOnTheSignedOutPage() {
		browser.open(BOOKMARK).signIn("ada", "macie-viewers");

		browser.signOut();

		browser.waitUntil(ExpectedConditions.urlToBe(browser.url("/signed-out")));
		assertThat(browser.find("main").getText()).contains("You are signed out");
		assertThat(browser.driver().findElements(By.cssSelector("form.sign-out"))).isEmpty();
		browser.open(BOOKMARK);
		assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(browser.url("/"));
		assertThat(browser.driver().findElements(By.name("username"))).hasSize(1);
	}

	@Test
	void anHtmxRequestAfterTheSessionExpiredSignsInAgainOnTheWholePageAndComesBack() {
		browser.open("/jobs?size=5").signIn("ada", "macie-viewers");
		browser.find("#status-COMPLETE");
		browser.driver().manage().deleteCookieNamed("SESSION");

		// the status filter asks for a fragment with htmx; the session it needs is gone
		browser.find("#status-COMPLETE").click();

		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(browser.url("/"));
		browser.signIn("ada", "macie-viewers");
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs?size=5"));
		assertThat(browser.find("h1").getText()).isEqualTo("Classification jobs");
		assertThat(browser.driver().findElements(By.cssSelector("#job-finder #job-finder"))).isEmpty();
	}

	@Test
	void manyRequestsAtOnceAfterTheSessionExpiredStartOneSignInThatComesBack() {
		browser.open("/jobs?size=5").signIn("ada", "macie-viewers");
		browser.find("#status-COMPLETE");
		browser.driver().manage().deleteCookieNamed("SESSION");

		// a live page's refreshes, a filter and its event stream's reconnect meet the
		// ended session together: one sign-in must win, not the last of several
		((JavascriptExecutor) browser.driver()).executeScript("""
				new EventSource('/jobs/events');
				for (let i = 0; i < 4; i++) {
				  htmx.ajax('GET', '/jobs?size=5', {target: '#job-finder', swap: 'none'});
				}
				new EventSource('/jobs/events?status=RUNNING');
				""");

		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		browser.signIn("ada", "macie-viewers");
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/jobs?size=5"));
		assertThat(browser.find(".signed-in-name").getText()).isEqualTo("ada");
	}

}
