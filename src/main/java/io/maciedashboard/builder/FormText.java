package io.maciedashboard.builder;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading what people type into the builder: trimming, splitting lists, spotting control
 * characters.
 */
final class FormText {

	/**
	 * For {@code @Pattern}: no control characters at all (tabs, line breaks, NUL,
	 * escape...).
	 */
	static final String NO_CONTROL_CHARACTERS = "[^\\p{Cc}]*";

	static final String CONTROL_CHARACTERS_MESSAGE = "Remove the invisible control characters (such as tabs or line breaks) from this field.";

	private static final Pattern LINES = Pattern.compile("\\R");

	private static final Pattern LINES_OR_COMMAS = Pattern.compile("[\\r\\n,]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private FormText() {
	}

	/**
	 * The constant of an enum with exactly this name (never an exception for a value
	 * posted by hand).
	 */
	static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> constant.name().equals(name)).findFirst();
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String trim(String text) {
		return (text != null) ? text.strip() : "";
	}

	/**
	 * Entries one per line or separated by commas, trimmed, without blanks or repeats.
	 */
	static List<String> linesOrCommas(String text) {
		return split(LINES_OR_COMMAS, text);
	}

	/**
	 * Entries one per line (for values that may themselves contain commas, like key
	 * prefixes).
	 */
	static List<String> lines(String text) {
		return split(LINES, text);
	}

	private static List<String> split(Pattern separator, String text) {
		if (isBlank(text)) {
			return List.of();
		}
		return List.copyOf(Arrays.stream(separator.split(text))
			.map(String::strip)
			.filter((entry) -> !entry.isEmpty())
			.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
	}

	/**
	 * Whether text holds control characters other than line breaks (for multi-line
	 * fields).
	 */
	static boolean hasControlCharactersBesidesLineBreaks(String text) {
		return text != null && CONTROL.matcher(text.replaceAll("[\\r\\n]", "")).find();
	}

}
