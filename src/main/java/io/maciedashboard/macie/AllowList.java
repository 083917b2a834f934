package io.maciedashboard.macie;

public record AllowList(String id, String name, String description) {
}
