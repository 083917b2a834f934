package io.maciedashboard.macie;

public record CustomDataIdentifier(String id, String name, String description) {
}
