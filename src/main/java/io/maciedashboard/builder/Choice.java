package io.maciedashboard.builder;

/** An option of a select or checkbox group; {@code title}: what a hover adds, or null. */
public record Choice(String value, String label, String title) {

	public Choice(String value, String label) {
		this(value, label, null);
	}

}
