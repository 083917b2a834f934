package io.maciedashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a design review checks on a page in the browser: the accessibility rules of
 * axe-core (the npm package of the frontend, run inside the page), that nothing scrolls
 * sideways at a width, and a full-page screenshot kept under
 * {@code target/screenshots/pages/} for people to look at.
 */
public final class PageReview {

	/** axe-core as npm installed it for the frontend build. */
	private static final Path AXE = Path.of("frontend/node_modules/axe-core/axe.min.js");

	/** The WCAG 2.0 to 2.2 A and AA rules. */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
			  .then((results) => done(results.violations
			    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
			    .map((violation) => violation.impact + ' ' + violation.id + ': ' + violation.help + ' at '
			      + violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' | '))))
			  .catch((error) => done(['axe failed: ' + error]));""";

	private static String axeSource;

	private PageReview() {
	}

	/** The serious and critical axe-core violations of the page as it is now. */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(ChromeDriver driver) {
		driver.executeScript(axe());
		return (List<String>) driver.executeAsyncScript(RUN_AXE);
	}

	/** Lays the page out at this viewport width (CSS pixels). */
	public static void width(ChromeDriver driver, int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", (width < 600) ? 844 : 1000, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Back to the browser's own window size. */
	public static void resetWidth(ChromeDriver driver) {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** How many CSS pixels the page is wider than the viewport (0 when it reflows). */
	public static long sidewaysOverflow(ChromeDriver driver) {
		return (Long) driver.executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
	}

	/**
	 * What a design review finds on the page as it is now, laid out at this width: its
	 * serious and critical axe-core violations and how far it scrolls sideways, each a
	 * line naming the page and the width. Saves the whole page as NAME-WIDTH.png.
	 */
	public static List<String> problems(ChromeDriver driver, String name, int width) {
		screenshot(driver, name + "-" + width);
		List<String> problems = new ArrayList<>();
		seriousViolations(driver).forEach((violation) -> problems.add(name + " at " + width + " px: " + violation));
		long overflow = sidewaysOverflow(driver);
		if (overflow > 0) {
			problems.add(name + " at " + width + " px scrolls sideways by " + overflow + " px");
		}
		return problems;
	}

	/** Saves what the first screen shows as target/screenshots/pages/NAME.png. */
	public static Path firstScreen(ChromeDriver driver, String name) {
		return save(driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")), name);
	}

	/**
	 * Saves the whole page (not only the first screen) as
	 * target/screenshots/pages/NAME.png.
	 */
	public static Path screenshot(ChromeDriver driver, String name) {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(), "height",
				Math.min(((Number) size.get("height")).doubleValue(), 8000), "scale", 1);
		return save(driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)), name);
	}

	private static Path save(Map<String, Object> shot, String name) {
		try {
			Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "pages");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			if (!Files.isReadable(AXE)) {
				throw new IllegalStateException(AXE + " is missing: run the build without -Dfrontend.skip "
						+ "(or npm ci in frontend/) so that the accessibility check has axe-core");
			}
			try {
				axeSource = Files.readString(AXE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

}
