package io.maciedashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}) per test class, registered as a static JUnit extension
 * field. Each test starts with no cookies (signed out everywhere); a failing test leaves
 * a screenshot and the page source under {@code target/screenshots/}. Most tests extend
 * {@link BrowserSupport}, which wires one to the running app and the development identity
 * provider.
 */
public class Browser implements BeforeEachCallback, TestExecutionExceptionHandler, AfterAllCallback {

	/**
	 * Generous: a wait ends as soon as its condition holds, and only a broken page ever
	 * waits this long.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private int appPort;

	private ChromeDriver driver;

	/** Points the helpers at the dashboard listening on this port of localhost. */
	public void pointAt(int appPort) {
		this.appPort = appPort;
	}

	/** The browser itself, for anything the helpers below do not cover. */
	public ChromeDriver driver() {
		if (this.driver == null) {
			this.driver = start();
		}
		return this.driver;
	}

	/** The dashboard's absolute URL for a path such as {@code /jobs?status=RUNNING}. */
	public String url(String pathAndQuery) {
		return "http://localhost:" + this.appPort + pathAndQuery;
	}

	/**
	 * Opens a page of the dashboard (a signed-out browser then lands on the identity
	 * provider's login page).
	 */
	public Browser open(String pathAndQuery) {
		driver().get(url(pathAndQuery));
		return this;
	}

	/**
	 * Signs in on the development identity provider's login page (mock-oauth2-server) as
	 * {@code user} with these groups, and waits until the browser is back on the
	 * dashboard. If the browser is not on that login page, sign-in starts from the
	 * dashboard's sign-in URL (landing on {@code /}); after {@link #open} of a protected
	 * page it lands back on that page.
	 */
	public Browser signIn(String user, String... groups) {
		ChromeDriver browser = driver();
		if (browser.findElements(By.name("claims")).isEmpty()) {
			browser.get(url("/oauth2/authorization/sso"));
		}
		browser.findElement(By.name("username")).sendKeys(user);
		String claims = "{\"preferred_username\": \"" + user + "\", \"email\": \"" + user
				+ "@example.com\", \"groups\": ["
				+ Arrays.stream(groups).map((group) -> "\"" + group + "\"").collect(Collectors.joining(", ")) + "]}";
		browser.findElement(By.name("claims")).sendKeys(claims);
		browser.findElement(By.cssSelector("input[type=submit]")).click();
		waitUntil(ExpectedConditions.urlMatches("^" + Pattern.quote(url("/"))));
		return this;
	}

	/** Submits the header's sign-out form. */
	public Browser signOut() {
		driver().findElement(By.cssSelector("form.sign-out button")).click();
		return this;
	}

	public WebElement find(String cssSelector) {
		return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
	}

	/**
	 * Waits for a condition; an element that a live refresh swapped out meanwhile is
	 * simply looked up again.
	 */
	public <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(driver(), PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Does something that makes htmx swap (or morph) the element with this id, and waits
	 * until the swap is done. A morphing swap keeps the element, so staleness cannot
	 * tell: a marker attribute is set first, which the swap takes away (the server never
	 * sends it).
	 */
	public void afterSwap(String elementId, Runnable action) {
		driver().executeScript("document.getElementById(arguments[0]).setAttribute('data-test-before-swap', '')",
				elementId);
		action.run();
		waitUntil((driver) -> (Boolean) driver().executeScript("""
				const element = document.getElementById(arguments[0]);
				return element !== null && !element.hasAttribute('data-test-before-swap')
				  && document.querySelector('.htmx-request') === null;""", elementId));
	}

	/**
	 * The id of the focused element ("" when it has none, "BODY" when nothing is
	 * focused).
	 */
	public String focusedId() {
		return (String) driver().executeScript(
				"const e = document.activeElement; return (e === null || e === document.body) ? 'BODY' : e.id;");
	}

	/**
	 * Forgets every cookie of every site (the dashboard's session and the identity
	 * provider's).
	 */
	public void clearCookies() {
		driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.driver != null) {
			clearCookies();
		}
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (this.driver != null) {
			saveScreenshot(
					context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
		}
		throw failure;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
	}

	private void saveScreenshot(String name) {
		try {
			Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(dir.resolve(name + ".html"),
					this.driver.getCurrentUrl() + "\n" + this.driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save the screenshot of " + name + ": " + ex);
		}
	}

	private static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		return new ChromeDriver(service, options);
	}

}
