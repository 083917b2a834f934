package io.maciedashboard.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper: text from Macie carrying a right-to-left override must be isolated, so
 * that it cannot reorder the page's own words around it.
 */
public final class BidiIsolation {

	/** U+202E RIGHT-TO-LEFT OVERRIDE: "nacs lluf" then displays as "full scan". */
	public static final String OVERRIDE = "\u202E";

	/** How "Payroll exports full scan" is faked. */
	public static final String SPOOFED_NAME = "Payroll exports " + OVERRIDE + "nacs lluf";

	private BidiIsolation() {
	}

	/**
	 * Every piece of text on the page that carries the override is inside a {@code <bdi>}
	 * element; returns how many there are.
	 */
	public static int assertIsolated(Document page) {
		int[] pieces = { 0 };
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && text.getWholeText().contains(OVERRIDE)
					&& !(node.parent() instanceof Element parent && parent.tagName().equals("title"))) {
				pieces[0]++;
				assertThat(insideBdi(text))
					.as("isolated: %s in <%s>", text.getWholeText(), ((Element) text.parent()).tagName())
					.isTrue();
			}
		}, page.body());
		return pieces[0];
	}

	private static boolean insideBdi(TextNode text) {
		for (Element element = (Element) text.parent(); element != null; element = element.parent()) {
			if (element.tagName().equals("bdi")) {
				return true;
			}
		}
		return false;
	}

}
