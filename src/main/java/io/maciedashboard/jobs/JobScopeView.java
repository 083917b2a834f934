package io.maciedashboard.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.maciedashboard.macie.AllowList;
import io.maciedashboard.macie.CustomDataIdentifier;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.ManagedDataIdentifier;
import io.maciedashboard.web.ScopeSentences;
import io.maciedashboard.web.ScopeSentences.ManagedSelection;
import io.maciedashboard.web.ScopeSentences.Sentence;

/**
 * What a job analyses, in words: buckets, objects, and the data identifiers and allow
 * lists by name.
 *
 * @param managedIdentifiers the listed managed identifiers (INCLUDE / EXCLUDE) with their
 * categories
 * @param lookupProblem why names or categories could not be looked up, or null
 */
record JobScopeView(String bucketSummary, List<Sentence> buckets, List<Sentence> objects,
		ManagedSelection managedSelection, List<ManagedDataIdentifier> managedIdentifiers,
		List<Named> customIdentifiers, List<Named> allowLists, String lookupProblem) {

	/** Something a job refers to by id, with its name when Macie still knows it. */
	record Named(String id, String name) {

		public boolean found() {
			return this.name != null;
		}

	}

	/**
	 * What Macie says about the identifiers and allow lists a job names (empty lists when
	 * unknown).
	 */
	record Lookups(List<ManagedDataIdentifier> managed, List<CustomDataIdentifier> custom, List<AllowList> allowLists,
			String problem) {
	}

	static JobScopeView of(JobDefinition definition, ScopeSentences sentences, Lookups lookups) {
		Map<String, String> categories = byId(lookups.managed(), ManagedDataIdentifier::id,
				ManagedDataIdentifier::category);
		Map<String, String> customNames = byId(lookups.custom(), CustomDataIdentifier::id, CustomDataIdentifier::name);
		Map<String, String> allowListNames = byId(lookups.allowLists(), AllowList::id, AllowList::name);
		return new JobScopeView(sentences.bucketSummary(definition.buckets()), sentences.buckets(definition.buckets()),
				sentences.objects(definition.objectScope()),
				sentences.managedSelection(definition.managedIdentifierSelector()),
				orEmpty(definition.managedDataIdentifierIds()).stream()
					.map((id) -> new ManagedDataIdentifier(id, categories.get(id)))
					.toList(),
				named(definition.customDataIdentifierIds(), customNames),
				named(definition.allowListIds(), allowListNames), lookups.problem());
	}

	private static <T> Map<String, String> byId(List<T> items, Function<T, String> id, Function<T, String> value) {
		return items.stream()
			.filter((item) -> value.apply(item) != null)
			.collect(Collectors.toMap(id, value, (first, second) -> first));
	}

	private static List<Named> named(List<String> ids, Map<String, String> names) {
		return orEmpty(ids).stream().map((id) -> new Named(id, names.get(id))).toList();
	}

	private static List<String> orEmpty(List<String> ids) {
		return (ids != null) ? ids : List.of();
	}

}
