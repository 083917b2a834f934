package io.maciedashboard.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS CLI against the emulator, per region and account, for the job list and every
 * findings operation, the export configuration and STS: what a person trying the emulator
 * from a shell sees. Skipped, saying so, where {@code aws} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliConformanceTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private EmulatorFixture fixture;

	private Path home;

	/** What one run of the CLI gave: its exit code, standard output and error. */
	private record Run(int exitCode, String out, String err) {
	}

	@BeforeAll
	void start() throws IOException {
		Assumptions.assumeTrue(cliInstalled(),
				"the AWS CLI (aws) is not installed: the emulator's CLI conformance tests are skipped");
		this.fixture = new EmulatorFixture();
		this.home = Files.createTempDirectory("aws-cli-home");
	}

	@AfterAll
	void stop() {
		if (this.fixture != null) {
			this.fixture.close();
		}
	}

	private static boolean cliInstalled() {
		try {
			Process version = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
			return version.waitFor(60, TimeUnit.SECONDS) && version.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The CLI with only the given credentials: no profile, config file or metadata
	 * service.
	 */
	private Run aws(String accessKey, String region, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("aws"));
		command.addAll(List.of(arguments));
		command.addAll(List.of("--endpoint-url", this.fixture.emulator.endpoint().toString(), "--region", region,
				"--output", "json"));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> name.startsWith("AWS_"));
		environment.put("AWS_ACCESS_KEY_ID", accessKey);
		environment.put("AWS_SECRET_ACCESS_KEY", "x");
		environment.put("AWS_CONFIG_FILE", this.home.resolve("config").toString());
		environment.put("AWS_SHARED_CREDENTIALS_FILE", this.home.resolve("credentials").toString());
		environment.put("AWS_EC2_METADATA_DISABLED", "true");
		environment.put("HOME", this.home.toString());
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), out, err);
	}

	private JsonNode ok(Run run) {
		assertThat(run.exitCode()).as(run.err()).isZero();
		return this.json.readTree(run.out());
	}

	private static Set<String> texts(JsonNode array, String member) {
		Set<String> texts = new HashSet<>();
		array.forEach(item -> texts.add((member == null) ? item.asString() : item.path(member).asString()));
		return texts;
	}

	@Test
	void eachRegionAndAccountListsItsOwnJobs() throws Exception {
		Set<String> ireland = texts(ok(aws("x", "eu-west-1", "macie2", "list-classification-jobs")).path("items"),
				"name");
		Set<String> virginia = texts(ok(aws("x", "us-east-1", "macie2", "list-classification-jobs")).path("items"),
				"name");
		Set<String> dataLake = texts(
				ok(aws("444455556666", "us-east-1", "macie2", "list-classification-jobs")).path("items"), "name");
		assertThat(ireland).hasSize(10).contains("EU customer records GDPR scan").doesNotContainAnyElementsOf(virginia);
		assertThat(virginia).hasSize(43).contains("Quarterly invoice scan Q3");
		assertThat(dataLake).hasSize(7).contains("Raw zone full scan").doesNotContainAnyElementsOf(virginia);
		Run nowhere = aws("x", "ap-south-1", "macie2", "list-classification-jobs");
		assertThat(nowhere.exitCode()).isNotZero();
		assertThat(nowhere.err()).contains("AccessDeniedException").contains("Macie is not enabled");
	}

	@Test
	void findingsAreListedDescribedAndCountedPerRegion() throws Exception {
		JsonNode listed = ok(aws("x", "eu-west-1", "macie2", "list-findings", "--finding-criteria",
				"{\"criterion\": {\"severity.description\": {\"eq\": [\"High\"]}, \"archived\": {\"eq\": [\"false\"]}}}",
				"--sort-criteria", "attributeName=createdAt,orderBy=DESC"));
		List<String> ids = new ArrayList<>();
		listed.path("findingIds").forEach(id -> ids.add(id.asString()));
		assertThat(ids).hasSizeGreaterThan(50).doesNotHaveDuplicates();
		List<String> command = new ArrayList<>(List.of("macie2", "get-findings", "--finding-ids"));
		command.addAll(ids.subList(0, 3));
		JsonNode described = ok(aws("x", "eu-west-1", command.toArray(String[]::new))).path("findings");
		assertThat(described.size()).isEqualTo(3);
		described.forEach(finding -> {
			assertThat(finding.path("region").asString()).isEqualTo("eu-west-1");
			assertThat(finding.path("severity").path("description").asString()).isEqualTo("High");
			assertThat(finding.path("archived").asBoolean()).isFalse();
			assertThat(finding.path("sample").asBoolean()).isFalse();
		});
		JsonNode byJob = ok(aws("x", "eu-west-1", "macie2", "get-finding-statistics", "--group-by",
				"classificationDetails.jobId", "--sort-criteria", "attributeName=count,orderBy=DESC", "--size", "5"))
			.path("countsByGroup");
		assertThat(byJob.size()).isEqualTo(5);
		Set<String> euJobIds = texts(ok(aws("x", "eu-west-1", "macie2", "list-classification-jobs")).path("items"),
				"jobId");
		assertThat(texts(byJob, "groupKey")).isSubsetOf(euJobIds);
		JsonNode bySeverity = ok(aws("x", "eu-west-1", "macie2", "get-finding-statistics", "--group-by",
				"severity.description", "--finding-criteria", "{\"criterion\": {\"archived\": {\"eq\": [\"false\"]}}}"))
			.path("countsByGroup");
		long high = 0;
		for (JsonNode group : bySeverity) {
			high += group.path("groupKey").asString().equals("High") ? group.path("count").asLong() : 0;
		}
		assertThat(high).isEqualTo(ids.size());
	}

	@Test
	void aBadFindingsRequestFailsWithTheValidationMessage() throws Exception {
		Run bad = aws("x", "us-east-1", "macie2", "get-finding-statistics", "--group-by", "type", "--finding-criteria",
				"{\"criterion\": {\"colour\": {\"eq\": [\"red\"]}}}");
		assertThat(bad.exitCode()).isNotZero();
		assertThat(bad.err()).contains("ValidationException").contains("findingCriteria.criterion.colour");
	}

	@Test
	void theExportConfigurationIsReadAndWrittenPerPlace() throws Exception {
		assertThat(ok(aws("x", "us-east-1", "macie2", "get-classification-export-configuration")).path("configuration")
			.path("s3Destination")
			.path("bucketName")
			.asString()).isEqualTo("acme-macie-discovery-results");
		assertThat(ok(aws("444455556666", "us-east-1", "macie2", "get-classification-export-configuration"))
			.path("configuration")
			.path("s3Destination")
			.path("expectedBucketOwner")
			.asString()).isEqualTo("111122223333");
		assertThat(ok(aws("777788889999", "us-east-1", "sts", "get-caller-identity")).path("Account").asString())
			.isEqualTo("777788889999");
		JsonNode put = ok(aws("x", "eu-west-1", "macie2", "put-classification-export-configuration", "--configuration",
				"s3Destination={bucketName=acme-eu-results,keyPrefix=eu/,"
						+ "kmsKeyArn=arn:aws:kms:eu-west-1:111122223333:key/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f}"));
		assertThat(put.path("configuration").path("s3Destination").path("bucketName").asString())
			.isEqualTo("acme-eu-results");
	}

	@Test
	void stsAssumeRoleGivesCredentialsThatTheCliUsesInTheRolesAccount() throws Exception {
		JsonNode credentials = ok(aws("x", "us-east-1", "sts", "assume-role", "--role-arn",
				"arn:aws:iam::444455556666:role/MacieDashboardReader", "--role-session-name", "cli", "--external-id",
				"acme-macie-dashboard"))
			.path("Credentials");
		String key = credentials.path("AccessKeyId").asString();
		assertThat(key).startsWith("ASIA");
		assertThat(ok(aws(key, "us-east-1", "sts", "get-caller-identity")).path("Arn").asString())
			.isEqualTo("arn:aws:sts::444455556666:assumed-role/MacieDashboardReader/cli");
		assertThat(texts(ok(aws(key, "us-east-1", "macie2", "list-classification-jobs")).path("items"), "name"))
			.hasSize(7);
	}

}
