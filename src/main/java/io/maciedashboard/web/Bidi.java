package io.maciedashboard.web;

/**
 * {@code #bidi} in templates: isolates text from Macie where no {@code <bdi>} element can
 * go (the page title, attribute values), so that its writing direction, or a direction
 * override hidden in it (U+202E makes "nacs lluf" display as "full scan"), cannot reorder
 * the words around it. Elsewhere templates wrap such text in {@code <bdi>}.
 */
public class Bidi {

	private static final String FIRST_STRONG_ISOLATE = "\u2068";

	private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

	/**
	 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds a
	 * right-to-left letter or a direction control, else the text as it is.
	 */
	public String isolate(String text) {
		if (text == null || text.codePoints().noneMatch(Bidi::affectsDirection)) {
			return text;
		}
		return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
	}

	private static boolean affectsDirection(int c) {
		return switch (Character.getDirectionality(c)) {
			case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
					Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
					Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
					Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
					Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
					Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE ->
				true;
			default -> false;
		};
	}

}
