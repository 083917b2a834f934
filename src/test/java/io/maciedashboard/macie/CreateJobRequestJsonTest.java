package io.maciedashboard.macie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.macie2.Macie2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CreateClassificationJob request: it covers every member of Macie's model, and the
 * JSON the dashboard shows is exactly the body the SDK sends.
 */
class CreateJobRequestJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theDefinitionsTogetherUseEveryMemberOfTheModelsRequestShape() {
		Set<String> used = new TreeSet<>();
		for (JobDefinition definition : JobDefinitions.all()) {
			used.addAll(MacieModel.usedPaths(json(definition), "CreateClassificationJobRequest"));
		}

		assertThat(used).isEqualTo(MacieModel.memberPaths("CreateClassificationJobRequest"));
	}

	@Test
	void everyEnumValueTheRecordsCanSendIsOneMacieKnows() {
		assertThat(names(JobType.values())).isEqualTo(MacieModel.enumValues("JobType"));
		assertThat(names(ManagedIdentifierSelector.values()))
			.isEqualTo(MacieModel.enumValues("ManagedDataIdentifierSelector"));
		assertThat(names(Comparator.values())).isEqualTo(MacieModel.enumValues("JobComparator"));
		assertThat(names(JobStatus.values())).isEqualTo(MacieModel.enumValues("JobStatus"));
		assertThat(names(BucketScope.BucketProperty.values()))
			.isEqualTo(MacieModel.enumValues("SimpleCriterionKeyForJob"));
		assertThat(names(ObjectScope.ObjectProperty.values())).isEqualTo(MacieModel.enumValues("ScopeFilterKey"));
		Set<String> sortAttributes = new TreeSet<>();
		for (JobListQuery.SortField field : JobListQuery.SortField.values()) {
			sortAttributes.add(field.attributeName());
		}
		assertThat(sortAttributes).isEqualTo(MacieModel.enumValues("ListJobsSortAttributeName"));
	}

	@ParameterizedTest
	@MethodSource("io.maciedashboard.macie.JobDefinitions#all")
	void theJsonIsTheBodyTheSdkSends(JobDefinition definition) {
		RecordingHttpClient http = new RecordingHttpClient("{\"jobId\":\"job-1\",\"jobArn\":\"arn:job-1\"}");
		try (MacieClients clients = new MacieClients(() -> List.of(TestPlaces.IRELAND),
				(place) -> Macie2Client.builder()
					.region(Region.of(place.region()))
					.endpointOverride(URI.create("http://macie.invalid"))
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
					.httpClient(http)
					.build())) {
			MacieJobs jobs = TestMacieJobs.of(clients);

			jobs.createJob(TestPlaces.IRELAND, CreateJobRequest.of(definition, "token-42"));

			// the create (then the job is read back, which has no body)
			assertThat(http.bodies).hasSize(1);
			assertThat(JSON.readTree(http.bodies.get(0))).isEqualTo(json(definition));
		}
	}

	@Test
	void theJsonIsPrettyAndNamesMembersAsMacieDoes() {
		String json = CreateJobRequest.of(JobDefinitions.monthly(), "token-7").json();

		assertThat(json).contains("\n  \"clientToken\" : \"token-7\"")
			.contains("\"scheduleFrequency\" : {\n    \"monthlySchedule\" : {\n      \"dayOfMonth\" : 31")
			.contains("\"managedDataIdentifierSelector\" : \"RECOMMENDED\"")
			.doesNotContain("description")
			.doesNotContain("allowListIds")
			.doesNotContain("tags");
	}

	private JsonNode json(JobDefinition definition) {
		return JSON.readTree(CreateJobRequest.of(definition, "token-42").json());
	}

	private static Set<String> names(Enum<?>[] values) {
		Set<String> names = new TreeSet<>();
		for (Enum<?> value : values) {
			names.add(value.name());
		}
		return names;
	}

	/** Answers every request with 200 and one JSON body, keeping the request bodies. */
	static final class RecordingHttpClient implements SdkHttpClient {

		final List<String> bodies = new ArrayList<>();

		private final String answer;

		RecordingHttpClient(String answer) {
			this.answer = answer;
		}

		@Override
		public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
			return new ExecutableHttpRequest() {

				@Override
				public HttpExecuteResponse call() throws IOException {
					if (request.contentStreamProvider().isPresent()) {
						try (InputStream body = request.contentStreamProvider().get().newStream()) {
							RecordingHttpClient.this.bodies
								.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
						}
					}
					byte[] answer = RecordingHttpClient.this.answer.getBytes(StandardCharsets.UTF_8);
					return HttpExecuteResponse.builder()
						.response(SdkHttpResponse.builder()
							.statusCode(200)
							.putHeader("Content-Type", "application/json")
							.putHeader("Content-Length", String.valueOf(answer.length))
							.build())
						.responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer)))
						.build();
				}

				@Override
				public void abort() {
				}

			};
		}

		@Override
		public void close() {
		}

	}

}
