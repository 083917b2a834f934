package io.maciedashboard.builder;

/**
 * One option of a select or checkbox group: the value posted, the words shown and what a
 * hover adds (or null).
 */
public record Choice(String value, String label, String title) {

	public Choice(String value, String label) {
		this(value, label, null);
	}

}
