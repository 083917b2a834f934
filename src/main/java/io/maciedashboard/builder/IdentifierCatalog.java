package io.maciedashboard.builder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.maciedashboard.macie.AllowList;
import io.maciedashboard.macie.CustomDataIdentifier;
import io.maciedashboard.macie.ManagedDataIdentifier;

/**
 * Macie's data identifiers and allow lists, which a job may refer to; when they could not
 * be read, {@code unavailable} says why and the lists are empty.
 */
public record IdentifierCatalog(List<ManagedDataIdentifier> managed, List<CustomDataIdentifier> custom,
		List<AllowList> allowLists, String unavailable) {

	static IdentifierCatalog unavailable(String reason) {
		return new IdentifierCatalog(List.of(), List.of(), List.of(), reason);
	}

	public boolean isAvailable() {
		return this.unavailable == null;
	}

	/** Managed identifiers by category (alphabetical), ids in Macie's order. */
	public Map<String, List<Choice>> managedByCategory() {
		return this.managed.stream()
			.collect(Collectors.groupingBy(ManagedDataIdentifier::category, TreeMap::new, Collectors
				.mapping((identifier) -> new Choice(identifier.id(), identifier.id()), Collectors.toList())));
	}

	public List<Choice> customChoices() {
		return this.custom.stream()
			.map((identifier) -> new Choice(identifier.id(), identifier.name(), identifier.description()))
			.toList();
	}

	public List<Choice> allowListChoices() {
		return this.allowLists.stream().map((list) -> new Choice(list.id(), list.name(), list.description())).toList();
	}

	public Map<String, String> customNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.custom.forEach((identifier) -> names.put(identifier.id(), identifier.name()));
		return names;
	}

	public Map<String, String> allowListNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.allowLists.forEach((list) -> names.put(list.id(), list.name()));
		return names;
	}

}
