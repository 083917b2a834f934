package io.maciedashboard.builder;

import java.util.Set;
import java.util.TreeSet;

import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.MacieModel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms filled in as a person would, pushed through to the exact CreateClassificationJob
 * request the service sends (its JSON is the SDK request's body): together they reach
 * every member of the request shape in Macie's service model, and nothing that is not in
 * it.
 */
class JobFormRequestShapeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theBuildersFormsReachEveryMemberOfCreateClassificationJobRequest() {
		JobForm daily = BuilderFixtures.specificBucketsForm();
		daily.schedule = BuilderOptions.DAILY;

		Set<String> used = new TreeSet<>();
		for (JobForm form : new JobForm[] { BuilderFixtures.specificBucketsForm(), BuilderFixtures.bucketCriteriaForm(),
				daily }) {
			String json = CreateJobRequest.of(JobFormDefinitionTest.definition(form), form.clientToken).json();
			used.addAll(MacieModel.usedPaths(JSON.readTree(json), "CreateClassificationJobRequest"));
		}

		assertThat(used).isEqualTo(MacieModel.memberPaths("CreateClassificationJobRequest"));
	}

	@Test
	void theChoicesTheBuilderOffersAreValuesMacieKnows() {
		assertThat(names(BuilderOptions.INSTANCE.bucketKeys()))
			.containsAll(MacieModel.enumValues("SimpleCriterionKeyForJob"));
		assertThat(names(BuilderOptions.INSTANCE.objectKeys())).containsAll(MacieModel.enumValues("ScopeFilterKey"));
		assertThat(names(BuilderOptions.INSTANCE.managedSelectors()))
			.isEqualTo(MacieModel.enumValues("ManagedDataIdentifierSelector"));
		assertThat(names(BuilderOptions.INSTANCE.daysOfWeek())).isEqualTo(MacieModel.enumValues("DayOfWeek"));
		for (ObjectConditionKey key : ObjectConditionKey.values()) {
			assertThat(MacieModel.enumValues("JobComparator")).containsAll(names(key.comparators()));
		}
	}

	private static Set<String> names(java.util.List<Choice> choices) {
		Set<String> names = new TreeSet<>();
		choices.forEach((choice) -> names.add(choice.value()));
		return names;
	}

}
