package io.maciedashboard.builder;

/** One option of a select or checkbox group: the value posted and the words shown. */
public record Choice(String value, String label) {
}
