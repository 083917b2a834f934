package io.maciedashboard.macie;

/**
 * A tag key and value; the value may be empty when a condition matches on the key alone.
 */
public record TagValue(String key, String value) {
}
