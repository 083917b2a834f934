package io.maciedashboard.builder;

import java.util.Arrays;
import java.util.Optional;

/** Reading what people type or post: blank, trimmed, one of a fixed set of names. */
final class FormText {

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

}
