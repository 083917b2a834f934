package io.maciedashboard.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.maciedashboard.emulator.Shapes.AllowListSummary;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.ManagedDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.SeverityLevel;

/**
 * What a job can use to find sensitive data: Macie's managed data identifiers (the same
 * in every place), the place's custom ones (with the severity each gives its findings)
 * and allow lists.
 */
record Catalog(ManagedIdentifiers managed, List<CustomDataIdentifierSummary> customDataIdentifiers,
		Map<String, List<SeverityLevel>> customSeverityLevels, List<AllowListSummary> allowLists) {

	/** Macie's managed data identifiers and the ids of its recommended set. */
	record ManagedIdentifiers(List<ManagedDataIdentifierSummary> identifiers, Set<String> recommended) {

		ManagedIdentifiers {
			identifiers = List.copyOf(identifiers);
			recommended = Set.copyOf(recommended);
		}

	}

	Catalog {
		customDataIdentifiers = List.copyOf(customDataIdentifiers);
		customSeverityLevels = Map.copyOf(customSeverityLevels);
		allowLists = List.copyOf(allowLists);
	}

	List<ManagedDataIdentifierSummary> managedDataIdentifiers() {
		return this.managed.identifiers();
	}

	Set<String> managedDataIdentifierIds() {
		return this.managed.identifiers().stream().map(ManagedDataIdentifierSummary::id).collect(Collectors.toSet());
	}

	Set<String> customDataIdentifierIds() {
		return this.customDataIdentifiers.stream().map(CustomDataIdentifierSummary::id).collect(Collectors.toSet());
	}

	Set<String> allowListIds() {
		return this.allowLists.stream().map(AllowListSummary::id).collect(Collectors.toSet());
	}

}
