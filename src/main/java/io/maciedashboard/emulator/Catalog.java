package io.maciedashboard.emulator;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.maciedashboard.emulator.Shapes.AllowListSummary;
import io.maciedashboard.emulator.Shapes.CustomDataIdentifierSummary;
import io.maciedashboard.emulator.Shapes.ManagedDataIdentifierSummary;

/**
 * What a job can use to find sensitive data: Macie's managed data identifiers, the
 * account's custom ones and allow lists.
 */
record Catalog(List<ManagedDataIdentifierSummary> managedDataIdentifiers,
		List<CustomDataIdentifierSummary> customDataIdentifiers, List<AllowListSummary> allowLists) {

	Catalog {
		managedDataIdentifiers = List.copyOf(managedDataIdentifiers);
		customDataIdentifiers = List.copyOf(customDataIdentifiers);
		allowLists = List.copyOf(allowLists);
	}

	Set<String> managedDataIdentifierIds() {
		return this.managedDataIdentifiers.stream().map(ManagedDataIdentifierSummary::id).collect(Collectors.toSet());
	}

	Set<String> customDataIdentifierIds() {
		return this.customDataIdentifiers.stream().map(CustomDataIdentifierSummary::id).collect(Collectors.toSet());
	}

	Set<String> allowListIds() {
		return this.allowLists.stream().map(AllowListSummary::id).collect(Collectors.toSet());
	}

}
