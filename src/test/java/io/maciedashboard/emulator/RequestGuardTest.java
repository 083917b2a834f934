package io.maciedashboard.emulator;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No web page can drive the emulator: what a browser would send (an Origin, a DNS-rebound
 * Host, an unsigned "simple" request) is refused with Macie's AccessDeniedException, on
 * the API and the admin surface; what the SDKs and the AWS CLI send still works. All
 * through raw HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestGuardTest {

	private static final String SIGNATURE = "0123456789abcdef".repeat(4);

	private static final String NEW_JOB = """
			{"clientToken": "%s", "name": "Made by a web page", "jobType": "ONE_TIME",
			 "s3JobDefinition": {"bucketDefinitions": [{"accountId": "111122223333", "buckets": ["acme-hr-employee-records"]}]}}""";

	private static final Map<String, String> PRESIGNED = presigned();

	private final EmulatorFixture fixture = new EmulatorFixture();

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	private static Map<String, String> presigned() {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
		query.put("X-Amz-Credential", "x%2F20260310%2Fus-east-1%2Fmacie2%2Faws4_request");
		query.put("X-Amz-Date", "20260310T093000Z");
		query.put("X-Amz-SignedHeaders", "host");
		query.put("X-Amz-Signature", SIGNATURE);
		return query;
	}

	private static String query(Map<String, String> members) {
		return "?" + String.join("&", members.entrySet().stream().map(m -> m.getKey() + "=" + m.getValue()).toList());
	}

	private static void assertAccessDenied(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("AccessDeniedException");
		assertThat(response.body()).startsWith("{\"message\":\"").contains(reason);
	}

	private static void assertAccessDenied(String rawResponse, String reason) {
		assertThat(rawResponse).startsWith("HTTP/1.1 403 ")
			.containsIgnoringCase("X-Amzn-ErrorType: AccessDeniedException")
			.contains(reason);
	}

	@Test
	void aCrossSiteSimplePostCreatesNoJob() {
		int jobs = this.fixture.emulator.jobCount();
		HttpResponse<String> fromAPage = this.fixture.send("POST",
				"/jobs?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc", NEW_JOB.formatted("page"),
				Map.of("Content-Type", "text/plain", "Origin", "https://attacker.example"));
		assertAccessDenied(fromAPage, "Origin");
		HttpResponse<String> withoutOrigin = this.fixture.send("POST",
				"/jobs?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc", NEW_JOB.formatted("page"),
				Map.of("Content-Type", "text/plain"));
		assertAccessDenied(withoutOrigin, "not signed");
		assertThat(this.fixture.emulator.jobCount()).isEqualTo(jobs);

		HttpResponse<String> signed = this.fixture.send("POST", "/jobs", NEW_JOB.formatted("signed"), true);
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(this.fixture.emulator.jobCount()).isEqualTo(jobs + 1);
	}

	@Test
	void anOriginIsRefusedEvenWithAValidSignatureAndOnTheAdminSurface() {
		assertAccessDenied(
				this.fixture.send("GET", "/macie", null,
						Map.of("Authorization", EmulatorFixture.AUTHORIZATION, "Origin", "http://127.0.0.1:8080")),
				"Origin");
		Instant before = this.fixture.emulator.clock().instant();
		assertAccessDenied(this.fixture.send("POST", "/_emulator/clock/advance", "{\"by\": \"P1D\"}",
				Map.of("Content-Type", "application/json", "Origin", "https://attacker.example")), "Origin");
		assertAccessDenied(this.fixture.send("GET", "/_emulator/faults", null, Map.of("Origin", "null")), "Origin");
		assertThat(this.fixture.emulator.clock().instant()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "attacker.example", "attacker.example:%d", "127.0.0.1", "127.0.0.1:1", "localhost:80",
			"127.0.0.1.nip.io:%d" })
	void aHostThatIsNotTheEmulatorsAddressIsRefused(String host) {
		String hostHeader = host.formatted(this.fixture.emulator.endpoint().getPort());
		assertAccessDenied(this.fixture.sendWithHost("GET", "/macie", hostHeader,
				"Authorization: " + EmulatorFixture.AUTHORIZATION), "does not name this emulator");
		assertAccessDenied(this.fixture.sendWithHost("GET", "/_emulator/clock", hostHeader),
				"does not name this emulator");
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "localhost", "LOCALHOST", "[::1]" })
	void theEmulatorsOwnAddressInEachLoopbackFormIsAnswered(String name) {
		String host = name + ":" + this.fixture.emulator.endpoint().getPort();
		assertThat(this.fixture.sendWithHost("GET", "/macie", host, "Authorization: " + EmulatorFixture.AUTHORIZATION))
			.startsWith("HTTP/1.1 200 ");
		assertThat(this.fixture.sendWithHost("GET", "/_emulator/clock", host)).startsWith("HTTP/1.1 200 ");
	}

	static Stream<String> malformedAuthorizations() {
		String scope = "Credential=x/20260310/us-east-1/macie2/aws4_request";
		return Stream.of("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA256 Credential=x, Signature=abc",
				"AWS4-HMAC-SHA256 " + scope + ", Signature=" + SIGNATURE,
				"AWS4-HMAC-SHA256 " + scope + ", SignedHeaders=host, Signature=0123456789abcdef",
				"AWS4-HMAC-SHA256 " + scope + ", SignedHeaders=x-amz-date, Signature=" + SIGNATURE,
				"AWS4-HMAC-SHA256 Credential=x/20260310/us-east-1/s3/aws4_request, SignedHeaders=host, Signature="
						+ SIGNATURE,
				"AWS4-HMAC-SHA256 Credential=x/yesterday/us-east-1/macie2/aws4_request, SignedHeaders=host, Signature="
						+ SIGNATURE,
				"AWS AKIDEXAMPLE:c2lnbmF0dXJl", "Bearer eyJhbGciOiJIUzI1NiJ9");
	}

	@ParameterizedTest
	@MethodSource("malformedAuthorizations")
	void aMalformedAuthorizationIsNotASignature(String authorization) {
		assertAccessDenied(this.fixture.send("GET", "/macie", null, Map.of("Authorization", authorization)),
				"not signed");
	}

	@Test
	void aCompletePresignedQueryIsASignatureAndAnIncompleteOneIsNot() {
		assertThat(this.fixture.send("GET", "/macie" + query(PRESIGNED), null, Map.of()).statusCode()).isEqualTo(200);
		for (String member : PRESIGNED.keySet()) {
			Map<String, String> incomplete = new LinkedHashMap<>(PRESIGNED);
			incomplete.remove(member);
			assertAccessDenied(this.fixture.send("GET", "/macie" + query(incomplete), null, Map.of()), "not signed");
		}
		Map<String, String> wrongService = new LinkedHashMap<>(PRESIGNED);
		wrongService.put("X-Amz-Credential", "x%2F20260310%2Fus-east-1%2Fs3%2Faws4_request");
		assertAccessDenied(this.fixture.send("GET", "/macie" + query(wrongService), null, Map.of()), "not signed");
	}

	@Test
	void aRequestShapedAsTheAwsCliSendsItIsAnswered() {
		HttpResponse<String> response = this.fixture.send("POST", "/jobs/list", "{\"maxResults\": 2}",
				Map.of("Content-Type", "application/json", "X-Amz-Date", "20260310T093000Z", "User-Agent",
						"aws-cli/2.27.0 md/Botocore#1.38.0 ua/2.1 os/linux#6.1 command/macie2.list-classification-jobs",
						"Authorization",
						"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260310/eu-west-1/macie2/aws4_request, "
								+ "SignedHeaders=content-type;host;x-amz-date, Signature=" + SIGNATURE));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"items\":[");
	}

	@Test
	void theRealSdkIsAnswered() {
		assertThat(this.fixture.macie.getMacieSession(request -> {
		}).statusAsString()).isEqualTo("ENABLED");
	}

}
