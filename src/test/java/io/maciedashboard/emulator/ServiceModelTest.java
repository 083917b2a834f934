package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator held against Macie's service model
 * ({@code src/test/resources/macie/service-2.json}): its routes are the model's HTTP
 * bindings, every member it reads or writes is a member of the model's shape, and every
 * answer conforms to the operation's output shape, enums and timestamps included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceModelTest {

	private static final Set<String> REQUIRED_OPERATIONS = Set.of("ListClassificationJobs", "DescribeClassificationJob",
			"CreateClassificationJob", "UpdateClassificationJob", "ListManagedDataIdentifiers",
			"ListCustomDataIdentifiers", "ListAllowLists", "DescribeBuckets", "GetMacieSession", "ListTagsForResource",
			"TagResource", "UntagResource", "GetClassificationExportConfiguration",
			"PutClassificationExportConfiguration", "ListFindings", "GetFindings", "GetFindingStatistics");

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNode model = read("/macie/service-2.json");

	private final JsonNode shapes = this.model.path("shapes");

	private final EmulatorFixture fixture = new EmulatorFixture();

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	/** A resource's JSON, or null when there is no such resource. */
	private JsonNode read(String resource) {
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			return (in != null) ? this.json.readTree(in) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyRouteIsTheHttpBindingOfAModelOperation() {
		List<Route> served = this.fixture.emulator.routes();
		assertThat(served).extracting(Route::operation).containsExactlyInAnyOrderElementsOf(REQUIRED_OPERATIONS);
		for (Route route : served) {
			JsonNode http = this.model.path("operations").path(route.operation()).path("http");
			assertThat(http.isMissingNode()).as(route.operation() + " is a model operation").isFalse();
			assertThat(route.method()).as(route.operation() + " method").isEqualTo(http.path("method").asString());
			assertThat(route.uriTemplate()).as(route.operation() + " URI")
				.isEqualTo(http.path("requestUri").asString());
			assertThat(route.successStatus()).as(route.operation() + " status")
				.isEqualTo(http.path("responseCode").asInt(200));
		}
	}

	@Test
	void everyBodyShapeTheEmulatorReadsOrWritesIsAModelShapeWithTheSameMembers() {
		List<String> problems = new ArrayList<>();
		List<Class<?>> records = Arrays.stream(Shapes.class.getDeclaredClasses()).filter(Class::isRecord).toList();
		assertThat(records).hasSizeGreaterThan(40);
		for (Class<?> record : records) {
			JsonNode shape = this.shapes.path(record.getSimpleName());
			if (!"structure".equals(shape.path("type").asString())) {
				problems.add(record.getSimpleName() + " is no structure of the model");
				continue;
			}
			for (RecordComponent component : record.getRecordComponents()) {
				JsonNode member = shape.path("members").path(component.getName());
				String where = record.getSimpleName() + "." + component.getName();
				if (member.isMissingNode()) {
					problems.add(where + " is no member of the model's shape");
				}
				else if (member.has("location")) {
					problems.add(where + " travels in the " + member.path("location").asString() + ", not the body");
				}
				else {
					checkType(where, component.getGenericType(), member.path("shape").asString(), problems);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private void checkType(String where, Type type, String shapeName, List<String> problems) {
		JsonNode shape = this.shapes.path(shapeName);
		String modelType = shape.path("type").asString();
		boolean matches;
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			matches = modelType.equals("list");
			if (matches) {
				checkType(where + "[]", parameterized.getActualTypeArguments()[0],
						shape.path("member").path("shape").asString(), problems);
			}
		}
		else if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Map.class) {
			matches = modelType.equals("map");
			if (matches) {
				checkType(where + "{}", parameterized.getActualTypeArguments()[1],
						shape.path("value").path("shape").asString(), problems);
			}
		}
		else if (type instanceof Class<?> type1 && type1.isRecord()) {
			matches = modelType.equals("structure") && type1.getSimpleName().equals(shapeName);
		}
		else {
			String expected = Map
				.of(String.class, "string", Instant.class, "timestamp", Integer.class, "integer", Long.class, "long",
						Double.class, "double", Boolean.class, "boolean", JsonNode.class, "structure")
				.get(type);
			matches = modelType.equals(expected);
		}
		if (!matches) {
			problems.add(where + " is " + type.getTypeName() + " but the model's " + shapeName + " is a " + modelType);
		}
	}

	@Test
	void everyAnswerConformsToItsOutputShape() {
		String jobId = this.fixture.macie.listClassificationJobs(request -> request.maxResults(1))
			.items()
			.get(0)
			.jobId();
		String jobArn = this.fixture.macie.describeClassificationJob(request -> request.jobId(jobId)).jobArn();
		String arnSegment = "/tags/" + URLEncoder.encode(jobArn, StandardCharsets.UTF_8);
		String findingIds = this.fixture.macie.listFindings(request -> request.maxResults(50))
			.findingIds()
			.stream()
			.map(id -> "\"" + id + "\"")
			.collect(Collectors.joining(", "));
		String[][] calls = { { "ListClassificationJobs", "POST", "/jobs/list", "{\"maxResults\": 200}" },
				{ "DescribeClassificationJob", "GET", "/jobs/" + jobId, null },
				{ "ListManagedDataIdentifiers", "POST", "/managed-data-identifiers/list", "{}" },
				{ "ListCustomDataIdentifiers", "POST", "/custom-data-identifiers/list", "{}" },
				{ "ListAllowLists", "GET", "/allow-lists", null },
				{ "DescribeBuckets", "POST", "/datasources/s3", "{\"maxResults\": 50}" },
				{ "GetMacieSession", "GET", "/macie", null }, { "ListTagsForResource", "GET", arnSegment, null },
				{ "ListFindings", "POST", "/findings", "{\"maxResults\": 50}" },
				{ "GetFindings", "POST", "/findings/describe", "{\"findingIds\": [" + findingIds + "]}" },
				{ "GetFindingStatistics", "POST", "/findings/statistics", "{\"groupBy\": \"type\"}" },
				{ "GetClassificationExportConfiguration", "GET", "/classification-export-configuration", null },
				{ "PutClassificationExportConfiguration", "PUT", "/classification-export-configuration",
						"""
								{"configuration": {"s3Destination": {"bucketName": "acme-macie-discovery-results",
								 "keyPrefix": "macie/", "kmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/2f1e9c3b-6d54-4a7e-9b0c-8e1d2f3a4b5c"}}}""" },
				{ "CreateClassificationJob", "POST", "/jobs",
						"""
								{"clientToken": "model", "name": "model check", "jobType": "ONE_TIME",
								 "s3JobDefinition": {"bucketDefinitions": [{"accountId": "111122223333", "buckets": ["acme-app-logs"]}]}}""" },
				{ "UpdateClassificationJob", "PATCH", "/jobs/" + jobId, "{\"jobStatus\": \"CANCELLED\"}" } };
		List<String> problems = new ArrayList<>();
		for (String[] call : calls) {
			HttpResponse<String> response = this.fixture.send(call[1], call[2], call[3], true);
			assertThat(response.statusCode()).as(call[0]).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(call[0]).hasValue("application/json");
			String output = this.model.path("operations").path(call[0]).path("output").path("shape").asString();
			conforms(call[0], this.json.readTree(response.body()), output, problems);
		}
		for (String method : List.of("POST", "DELETE")) {
			HttpResponse<String> response = this.fixture.send(method,
					arnSegment + (method.equals("DELETE") ? "?tagKeys=a" : ""),
					method.equals("POST") ? "{\"tags\": {\"a\": \"b\"}}" : null, true);
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(response.body()).isEmpty();
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSeededJobsOfEveryPlaceAreCreateClassificationJobRequestsOfTheModel() {
		List<String> problems = new ArrayList<>();
		List<String> folders = new ArrayList<>(List.of(""));
		read("/emulator/seed/places.json").forEach(place -> folders.add(place.path("seed").asString()));
		for (String folder : folders) {
			for (JsonNode job : read("/emulator/seed/" + folder + "jobs.json")) {
				conforms(folder + "jobs.json " + job.path("job").path("name").asString(), job.path("job"),
						"CreateClassificationJobRequest", problems);
			}
			JsonNode export = read("/emulator/seed/" + folder + "export-configuration.json");
			if (export != null) {
				conforms(folder + "export-configuration.json", export, "GetClassificationExportConfigurationResponse",
						problems);
			}
		}
		assertThat(folders).hasSize(3);
		assertThat(problems).isEmpty();
	}

	@Test
	void theOtherPlacesAnswersConformToo() {
		List<String> problems = new ArrayList<>();
		for (String[] place : new String[][] { { "x", "eu-west-1" }, { "444455556666", "us-east-1" } }) {
			Map<String, String> signed = Map.of("Content-Type", "application/json", "Authorization",
					EmulatorFixture.authorization(place[0], place[1], "macie2"));
			JsonNode listed = this.json
				.readTree(this.fixture.send("POST", "/findings", "{\"maxResults\": 50}", signed).body());
			String ids = this.json.writeValueAsString(listed.path("findingIds"));
			String[][] calls = { { "DescribeBuckets", "POST", "/datasources/s3", "{}" },
					{ "ListClassificationJobs", "POST", "/jobs/list", "{}" },
					{ "GetFindings", "POST", "/findings/describe", "{\"findingIds\": " + ids + "}" },
					{ "GetFindingStatistics", "POST", "/findings/statistics",
							"{\"groupBy\": \"resourcesAffected.s3Bucket.name\"}" },
					{ "GetClassificationExportConfiguration", "GET", "/classification-export-configuration", null } };
			for (String[] call : calls) {
				HttpResponse<String> response = this.fixture.send(call[1], call[2], call[3], signed);
				assertThat(response.statusCode()).as(place[1] + " " + call[0]).isEqualTo(200);
				String output = this.model.path("operations").path(call[0]).path("output").path("shape").asString();
				conforms(place[1] + "/" + place[0] + " " + call[0], this.json.readTree(response.body()), output,
						problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyErrorTheEmulatorSendsIsAnErrorShapeOfTheModelWithItsStatus() {
		for (MacieError.Type type : MacieError.Type.values()) {
			if (type == MacieError.Type.UNKNOWN_OPERATION) {
				continue;
			}
			JsonNode shape = this.shapes.path(type.shapeName());
			assertThat(shape.path("exception").asBoolean()).as(type.shapeName()).isTrue();
			assertThat(shape.path("error").path("httpStatusCode").asInt()).as(type.shapeName())
				.isEqualTo(type.status());
			assertThat(fieldNames(shape.path("members"))).containsExactly("message");
		}
	}

	private void conforms(String path, JsonNode value, String shapeName, List<String> problems) {
		JsonNode shape = this.shapes.path(shapeName);
		switch (shape.path("type").asString()) {
			case "structure" -> {
				if (!value.isObject()) {
					problems.add(path + " should be an object");
					return;
				}
				for (Map.Entry<String, JsonNode> field : value.properties()) {
					JsonNode member = shape.path("members").path(field.getKey());
					if (member.isMissingNode()) {
						problems.add(path + "." + field.getKey() + " is no member of " + shapeName);
					}
					else {
						conforms(path + "." + field.getKey(), field.getValue(), member.path("shape").asString(),
								problems);
					}
				}
			}
			case "list" -> {
				if (!value.isArray()) {
					problems.add(path + " should be an array");
					return;
				}
				int i = 0;
				for (JsonNode item : value) {
					conforms(path + "[" + i++ + "]", item, shape.path("member").path("shape").asString(), problems);
				}
			}
			case "map" -> {
				if (!value.isObject()) {
					problems.add(path + " should be an object");
					return;
				}
				value.properties()
					.forEach(entry -> conforms(path + "." + entry.getKey(), entry.getValue(),
							shape.path("value").path("shape").asString(), problems));
			}
			case "string" -> {
				if (!value.isString()) {
					problems.add(path + " should be a string");
				}
				else if (shape.has("enum") && !fieldValues(shape.path("enum")).contains(value.asString())) {
					problems.add(path + " = " + value.asString() + " is not one of " + shapeName);
				}
				else if (shape.has("pattern") && !value.asString().matches(shape.path("pattern").asString())) {
					problems.add(path + " = " + value.asString() + " does not match the pattern of " + shapeName);
				}
			}
			case "integer", "long" -> {
				if (!value.isIntegralNumber()) {
					problems.add(path + " should be a whole number");
				}
			}
			case "double" -> {
				if (!value.isNumber()) {
					problems.add(path + " should be a number");
				}
			}
			case "boolean" -> {
				if (!value.isBoolean()) {
					problems.add(path + " should be true or false");
				}
			}
			case "timestamp" -> {
				if (!value.isString() || !value.asString().endsWith("Z") || !isInstant(value.asString())) {
					problems.add(path + " = " + value + " should be an ISO-8601 UTC timestamp");
				}
			}
			default -> problems.add(path + ": the model has no shape " + shapeName);
		}
	}

	private static boolean isInstant(String text) {
		try {
			Instant.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static Set<String> fieldValues(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).collect(Collectors.toSet());
	}

	private static List<String> fieldNames(JsonNode object) {
		return object.properties().stream().map(Map.Entry::getKey).toList();
	}

}
