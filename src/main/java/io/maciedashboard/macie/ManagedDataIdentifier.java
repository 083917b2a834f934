package io.maciedashboard.macie;

/**
 * A managed data identifier (ListManagedDataIdentifiers): an id such as
 * CREDIT_CARD_NUMBER and its category.
 */
public record ManagedDataIdentifier(String id, String category) {
}
