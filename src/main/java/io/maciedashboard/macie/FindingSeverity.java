package io.maciedashboard.macie;

import java.util.Optional;

/**
 * A finding's severity as Macie rates it (its {@code severity.description}), lowest
 * first.
 */
public enum FindingSeverity {

	LOW("Low"), MEDIUM("Medium"), HIGH("High");

	private final String label;

	FindingSeverity(String label) {
		this.label = label;
	}

	/** Macie's word for it, also what pages show: "High". */
	public String label() {
		return this.label;
	}

	/** The severity Macie names so ("High"), in any case; empty for anything else. */
	public static Optional<FindingSeverity> of(String label) {
		for (FindingSeverity severity : values()) {
			if (severity.label.equalsIgnoreCase(label) || severity.name().equalsIgnoreCase(label)) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}

}
