package io.maciedashboard.jobs;

import java.util.List;

import org.springframework.stereotype.Component;

import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.Place;
import io.maciedashboard.web.ScopeSentences;

/**
 * The job page's "what it analyses": the scope in sentences, with the names and
 * categories Macie knows for the identifiers and allow lists the job refers to by id.
 * Only the lists a job needs are asked for; a failed lookup leaves the ids on the page
 * with a note.
 */
@Component
class JobScopeLookups {

	private final MacieJobs macie;

	private final ScopeSentences sentences = new ScopeSentences();

	JobScopeLookups(MacieJobs macie) {
		this.macie = macie;
	}

	JobScopeView scopeOf(Place place, JobDefinition definition) {
		return JobScopeView.of(definition, this.sentences, lookups(place, definition));
	}

	private JobScopeView.Lookups lookups(Place place, JobDefinition definition) {
		boolean listsManaged = definition.managedIdentifierSelector() == ManagedIdentifierSelector.INCLUDE
				|| definition.managedIdentifierSelector() == ManagedIdentifierSelector.EXCLUDE;
		try {
			return new JobScopeView.Lookups(
					(listsManaged && !isEmpty(definition.managedDataIdentifierIds()))
							? this.macie.managedDataIdentifiers(place) : List.of(),
					!isEmpty(definition.customDataIdentifierIds()) ? this.macie.customDataIdentifiers(place)
							: List.of(),
					!isEmpty(definition.allowListIds()) ? this.macie.allowLists(place) : List.of(), null);
		}
		catch (MacieException ex) {
			return new JobScopeView.Lookups(List.of(), List.of(), List.of(),
					"Names and categories could not be looked up, so ids are shown: " + ex.getMessage());
		}
	}

	private static boolean isEmpty(List<String> ids) {
		return ids == null || ids.isEmpty();
	}

}
