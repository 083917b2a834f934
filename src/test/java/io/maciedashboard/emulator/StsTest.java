package io.maciedashboard.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;
import software.amazon.awssdk.services.macie2.model.JobSummary;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * STS on the emulator's port: AssumeRole hands out credentials that act in the role's
 * account, so the SDK's assume-role credentials provider reaches another account's place
 * offline; GetCallerIdentity says who signed. Through the real STS client and raw HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StsTest {

	private static final String DATA_LAKE_ROLE = "arn:aws:iam::444455556666:role/MacieDashboardReader";

	private static final String EXTERNAL_ID = "acme-macie-dashboard";

	private final EmulatorFixture fixture = new EmulatorFixture();

	private final StsClient sts = sts("x");

	@AfterAll
	void stop() {
		this.sts.close();
		this.fixture.close();
	}

	private StsClient sts(String accessKey) {
		return StsClient.builder()
			.httpClient(ApacheHttpClient.create())
			.endpointOverride(this.fixture.emulator.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "x")))
			.overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	@Test
	void assumeRoleGivesCredentialsThatActInTheRolesAccount() {
		AssumeRoleResponse assumed = this.sts.assumeRole(request -> request.roleArn(DATA_LAKE_ROLE)
			.roleSessionName("dashboard")
			.externalId(EXTERNAL_ID)
			.durationSeconds(1800));
		assertThat(assumed.credentials().accessKeyId()).startsWith("ASIA").hasSize(20);
		assertThat(assumed.credentials().secretAccessKey()).hasSize(40);
		assertThat(assumed.credentials().sessionToken()).isNotBlank();
		assertThat(Duration.between(Instant.now(), assumed.credentials().expiration()))
			.isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
		assertThat(assumed.assumedRoleUser().arn())
			.isEqualTo("arn:aws:sts::444455556666:assumed-role/MacieDashboardReader/dashboard");
		assertThat(assumed.assumedRoleUser().assumedRoleId()).startsWith("AROA").endsWith(":dashboard");
		try (StsClient asRole = sts(assumed.credentials().accessKeyId())) {
			GetCallerIdentityResponse identity = asRole.getCallerIdentity();
			assertThat(identity.account()).isEqualTo("444455556666");
			assertThat(identity.arn()).isEqualTo(assumed.assumedRoleUser().arn());
			assertThat(identity.userId()).isEqualTo(assumed.assumedRoleUser().assumedRoleId());
		}
	}

	@Test
	void theSdksAssumeRoleProviderReachesTheOtherAccountsPlace() {
		StsAssumeRoleCredentialsProvider credentials = StsAssumeRoleCredentialsProvider.builder()
			.stsClient(this.sts)
			.refreshRequest(request -> request.roleArn(DATA_LAKE_ROLE)
				.roleSessionName("macie-dashboard")
				.externalId(EXTERNAL_ID))
			.build();
		try (Macie2Client macie = this.fixture.macie("us-east-1", credentials)) {
			var jobs = macie.listClassificationJobs(request -> {
			}).items();
			assertThat(jobs).hasSize(7).extracting(JobSummary::name).contains("Raw zone full scan");
			assertThat(macie.getMacieSession(request -> {
			}).serviceRole()).contains("444455556666");
		}
		assertThat(this.fixture.emulator.counters().count("AssumeRole")).isPositive();
	}

	@Test
	void callersOfTheDefaultKeysAreInTheDefaultAccount() {
		GetCallerIdentityResponse identity = this.sts.getCallerIdentity();
		assertThat(identity.account()).isEqualTo("111122223333");
		assertThat(identity.arn()).isEqualTo("arn:aws:iam::111122223333:user/emulator");
		assertThat(identity.userId()).startsWith("AIDA");
		try (StsClient numbered = sts("777788889999")) {
			assertThat(numbered.getCallerIdentity().account()).isEqualTo("777788889999");
		}
	}

	@Test
	void aRoleInAnAccountWithoutMacieGivesCredentialsThatMacieRefuses() {
		AssumeRoleResponse assumed = this.sts
			.assumeRole(request -> request.roleArn("arn:aws:iam::777788889999:role/MacieDashboardReader")
				.roleSessionName("dashboard"));
		try (Macie2Client macie = this.fixture.macie("us-east-1", StaticCredentialsProvider.create(AwsBasicCredentials
			.create(assumed.credentials().accessKeyId(), assumed.credentials().secretAccessKey())))) {
			assertThatThrownBy(() -> macie.listClassificationJobs(request -> {
			})).isInstanceOf(AccessDeniedException.class).hasMessageContaining("Macie is not enabled");
		}
	}

	@Test
	void aWrongOrMissingExternalIdOrAnUnknownRoleIsDenied() {
		for (String externalId : new String[] { "guess", null }) {
			assertThatThrownBy(() -> this.sts.assumeRole(
					request -> request.roleArn(DATA_LAKE_ROLE).roleSessionName("dashboard").externalId(externalId)))
				.isInstanceOfSatisfying(StsException.class, ex -> {
					assertThat(ex.statusCode()).isEqualTo(403);
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
					assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("User: arn:aws:iam::111122223333:user/emulator is not authorized to perform: "
								+ "sts:AssumeRole on resource: " + DATA_LAKE_ROLE);
				});
		}
		assertThatThrownBy(
				() -> this.sts.assumeRole(request -> request.roleArn("arn:aws:iam::444455556666:role/SomethingElse")
					.roleSessionName("dashboard")))
			.isInstanceOfSatisfying(StsException.class,
					ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
	}

	@Test
	void badParametersAreValidationErrors() {
		assertThatThrownBy(
				() -> this.sts.assumeRole(request -> request.roleArn("not-an-arn").roleSessionName("dashboard")))
			.isInstanceOfSatisfying(StsException.class, ex -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
				assertThat(ex.awsErrorDetails().errorMessage()).contains("at 'roleArn' failed to satisfy constraint");
			});
		assertThatThrownBy(() -> this.sts.assumeRole(request -> request.roleArn(DATA_LAKE_ROLE)
			.roleSessionName("dashboard")
			.externalId(EXTERNAL_ID)
			.durationSeconds(7200)))
			.isInstanceOfSatisfying(StsException.class, ex -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
		assertThatThrownBy(() -> this.sts.assumeRole(request -> request.roleArn(DATA_LAKE_ROLE)))
			.isInstanceOfSatisfying(StsException.class,
					ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("MissingParameter"));
	}

	@Test
	void assumeRoleAnswersInStsXmlOverRawHttp() {
		HttpResponse<String> response = this.fixture.send("POST", "/",
				"Action=AssumeRole&Version=2011-06-15&RoleArn=" + DATA_LAKE_ROLE.replace(":", "%3A").replace("/", "%2F")
						+ "&RoleSessionName=raw&ExternalId=" + EXTERNAL_ID,
				Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8", "Authorization",
						EmulatorFixture.authorization("x", "us-east-1", "sts")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
		assertThat(response.body())
			.startsWith("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
					+ "  <AssumeRoleResult>\n    <AssumedRoleUser>\n      <AssumedRoleId>AROA")
			.contains("<Arn>arn:aws:sts::444455556666:assumed-role/MacieDashboardReader/raw</Arn>")
			.containsPattern("<AccessKeyId>ASIA[A-Z2-7]{16}</AccessKeyId>")
			.containsPattern("<Expiration>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</Expiration>")
			.containsPattern("<ResponseMetadata>\n    <RequestId>[0-9a-f-]{36}</RequestId>\n  </ResponseMetadata>\n")
			.endsWith("</AssumeRoleResponse>\n");
	}

	@Test
	void getCallerIdentityAnswersAQueryStringRequestToo() {
		HttpResponse<String> response = this.fixture.send("GET", "/?Action=GetCallerIdentity&Version=2011-06-15", null,
				Map.of("Authorization", EmulatorFixture.authorization("444455556666", "eu-west-1", "sts")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("<GetCallerIdentityResult>\n    <Arn>arn:aws:iam::444455556666:user/emulator</Arn>")
			.contains("<Account>444455556666</Account>");
	}

	@Test
	void stsErrorsAreStsXml() {
		HttpResponse<String> unsigned = this.fixture.send("POST", "/", "Action=GetCallerIdentity&Version=2011-06-15",
				Map.of("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(unsigned.statusCode()).isEqualTo(403);
		assertThat(unsigned.body()).startsWith("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
			.contains("<Code>AccessDenied</Code>")
			.contains("<Message>The request is not signed");
		HttpResponse<String> signedForMacie = this.fixture.send("POST", "/",
				"Action=GetCallerIdentity&Version=2011-06-15", Map.of("Content-Type",
						"application/x-www-form-urlencoded", "Authorization", EmulatorFixture.AUTHORIZATION));
		assertThat(signedForMacie.body()).contains("signed for the service macie2, not sts");
		HttpResponse<String> unknown = this.fixture.send("POST", "/", "Action=GetSessionToken&Version=2011-06-15",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization",
						EmulatorFixture.authorization("x", "us-east-1", "sts")));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("<Code>InvalidAction</Code>")
			.contains("Could not find operation GetSessionToken for version 2011-06-15");
		HttpResponse<String> macieSignedForSts = this.fixture.send("GET", "/macie", null,
				Map.of("Authorization", EmulatorFixture.authorization("x", "us-east-1", "sts")));
		assertThat(macieSignedForSts.statusCode()).isEqualTo(403);
		assertThat(macieSignedForSts.headers().firstValue("X-Amzn-ErrorType")).hasValue("AccessDeniedException");
	}

}
