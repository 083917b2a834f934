package io.maciedashboard.macie;

import java.net.ConnectException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;
import software.amazon.awssdk.services.macie2.model.ConflictException;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsRequest;
import software.amazon.awssdk.services.macie2.model.DescribeClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.InternalServerException;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionRequest;
import software.amazon.awssdk.services.macie2.model.ListAllowListsRequest;
import software.amazon.awssdk.services.macie2.model.ListManagedDataIdentifiersRequest;
import software.amazon.awssdk.services.macie2.model.ListCustomDataIdentifiersRequest;
import software.amazon.awssdk.services.macie2.model.ListCustomDataIdentifiersResponse;
import software.amazon.awssdk.services.macie2.model.Macie2Exception;
import software.amazon.awssdk.services.macie2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.macie2.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.macie2.model.ThrottlingException;
import software.amazon.awssdk.services.macie2.model.UnprocessableEntityException;
import software.amazon.awssdk.services.macie2.model.ValidationException;
import software.amazon.awssdk.services.macie2.paginators.ListCustomDataIdentifiersIterable;

import io.maciedashboard.macie.MacieException.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Every SDK exception becomes a MacieException with a kind and a message for the user.
 */
class MacieErrorsTest {

	private final Macie2Client macie = mock(Macie2Client.class);

	private MacieJobs jobs;

	@BeforeEach
	void setUp() {
		this.jobs = TestMacieJobs.of(new MacieClients(() -> List.of(TestPlaces.IRELAND), (place) -> this.macie));
	}

	static Stream<Arguments> macieErrors() {
		return Stream.of(
				Arguments.of(
						error(ResourceNotFoundException.builder(), 404, "ResourceNotFoundException",
								"The request failed because the specified resource wasn't found."),
						Kind.NOT_FOUND, "Job job-1 was not found in eu-west-1 / 111122223333."),
				Arguments.of(
						error(AccessDeniedException.builder(), 403, "AccessDeniedException",
								"User is not authorized to perform: macie2:DescribeClassificationJob"),
						Kind.ACCESS_DENIED,
						"The dashboard is not allowed to do this in Macie in eu-west-1 / 111122223333. Ask an administrator to check "
								+ "its AWS permissions. Macie said: User is not authorized to perform: "
								+ "macie2:DescribeClassificationJob"),
				Arguments.of(
						error(AccessDeniedException.builder(), 403, "AccessDeniedException", "Macie is not enabled."),
						Kind.NOT_ENABLED, "Macie is not enabled in eu-west-1 / 111122223333."),
				Arguments.of(
						error(AccessDeniedException.builder(), 403, "AccessDeniedException",
								"The request failed because Macie isn't enabled for your account."),
						Kind.NOT_ENABLED, "Macie is not enabled in eu-west-1 / 111122223333."),
				Arguments.of(
						error(ResourceNotFoundException.builder(), 404, "ResourceNotFoundException",
								"Macie has not been enabled for this account."),
						Kind.NOT_ENABLED, "Macie is not enabled in eu-west-1 / 111122223333."),
				Arguments.of(
						error(ConflictException.builder(), 409, "ConflictException",
								"Macie is suspended for this account."),
						Kind.NOT_ENABLED, "Macie is not enabled in eu-west-1 / 111122223333."),
				Arguments.of(
						error(ValidationException.builder(), 400, "ValidationException",
								"jobStatus: USER_PAUSED is not a valid transition from COMPLETE"),
						Kind.VALIDATION, "jobStatus: USER_PAUSED is not a valid transition from COMPLETE"),
				Arguments.of(
						error(UnprocessableEntityException.builder(), 422, "UnprocessableEntityException",
								"The request contains instructions that Macie can't process."),
						Kind.VALIDATION, "The request contains instructions that Macie can't process."),
				Arguments.of(error(ConflictException.builder(), 409, "ConflictException", "The job is being updated."),
						Kind.CONFLICT,
						"Macie refused because this conflicts with the current state of Job job-1. "
								+ "Macie said: The job is being updated."),
				Arguments.of(error(ThrottlingException.builder(), 429, "ThrottlingException", "Rate exceeded"),
						Kind.THROTTLED, "Macie is busy, try again in a moment."),
				Arguments.of(
						error(ServiceQuotaExceededException.builder(), 402, "ServiceQuotaExceededException",
								"Classification jobs quota reached"),
						Kind.QUOTA_EXCEEDED,
						"A Macie quota of the account in eu-west-1 / 111122223333 is used up. Macie said: Classification jobs quota reached"),
				Arguments.of(error(InternalServerException.builder(), 500, "InternalServerException", "Internal error"),
						Kind.UNAVAILABLE,
						"Macie could not be reached in eu-west-1 / 111122223333 or failed to answer. Try again in a moment."),
				// errors the model does not name, as AWS's front door sends them: by
				// status code
				Arguments.of(error(Macie2Exception.builder(), 503, "ServiceUnavailable", "Service unavailable"),
						Kind.UNAVAILABLE,
						"Macie could not be reached in eu-west-1 / 111122223333 or failed to answer. Try again in a moment."),
				Arguments.of(
						error(Macie2Exception.builder(), 403, "UnrecognizedClientException",
								"The security token included in the request is invalid."),
						Kind.ACCESS_DENIED,
						"The dashboard is not allowed to do this in Macie in eu-west-1 / 111122223333. Ask an administrator to check "
								+ "its AWS permissions. Macie said: The security token included in the request is invalid."),
				Arguments.of(error(Macie2Exception.builder(), 400, "SerializationException", "Unexpected field"),
						Kind.VALIDATION, "Unexpected field"),
				Arguments.of(error(Macie2Exception.builder(), 429, "TooManyRequestsException", "Slow down"),
						Kind.THROTTLED, "Macie is busy, try again in a moment."),
				Arguments.of(error(Macie2Exception.builder(), 402, "LimitExceeded", "Limit"), Kind.QUOTA_EXCEEDED,
						"A Macie quota of the account in eu-west-1 / 111122223333 is used up. Macie said: Limit"),
				Arguments.of(error(Macie2Exception.builder(), 404, "UnknownOperationException", ""), Kind.NOT_FOUND,
						"Job job-1 was not found in eu-west-1 / 111122223333."),
				Arguments.of(error(Macie2Exception.builder(), 409, "SomeConflict", ""), Kind.CONFLICT,
						"Macie refused because this conflicts with the current state of Job job-1."));
	}

	@ParameterizedTest
	@MethodSource("macieErrors")
	void macieErrorsBecomeMessagesForPeople(AwsServiceException error, Kind kind, String message) {
		given(this.macie.describeClassificationJob(any(Consumer.class))).willThrow(error);

		MacieException translated = catchThrowableOfType(MacieException.class,
				() -> this.jobs.describeJob(TestPlaces.IRELAND, "job-1"));

		assertThat(translated.kind()).isEqualTo(kind);
		assertThat(translated.getMessage()).isEqualTo(message);
		assertThat(translated.getCause()).isSameAs(error);
	}

	static Stream<Arguments> clientErrors() {
		return Stream.of(Arguments.of(
				SdkClientException.builder()
					.message("Unable to execute HTTP request: Connect to 127.0.0.1:8083 failed: Connection refused")
					.cause(new ConnectException("Connection refused"))
					.build(),
				"Macie could not be reached in eu-west-1 / 111122223333. Try again in a moment; if this persists, ask an "
						+ "administrator to check the dashboard's connection to AWS."),
				Arguments.of(ApiCallTimeoutException.create(30_000),
						"Macie could not be reached in eu-west-1 / 111122223333: it did not answer in time. Try again in a moment."),
				Arguments.of(ApiCallAttemptTimeoutException.create(15_000),
						"Macie could not be reached in eu-west-1 / 111122223333: it did not answer in time. Try again in a moment."),
				Arguments.of(SdkException.builder().message("Unexpected").build(),
						"Macie could not be reached in eu-west-1 / 111122223333. Try again in a moment; if this persists, ask an "
								+ "administrator to check the dashboard's connection to AWS."));
	}

	@ParameterizedTest
	@MethodSource("clientErrors")
	void unreachableMacieIsUnavailable(SdkException error, String message) {
		given(this.macie.listClassificationJobs(any(ListClassificationJobsRequest.class))).willThrow(error);

		MacieException translated = catchThrowableOfType(MacieException.class,
				() -> this.jobs.listJobs(TestPlaces.IRELAND, JobListQuery.firstPage()));

		assertThat(translated.kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(translated.getMessage()).isEqualTo(message);
	}

	@Test
	void anErrorOnALaterPageIsTranslatedToo() {
		given(this.macie.listCustomDataIdentifiersPaginator(any(ListCustomDataIdentifiersRequest.class)))
			.willAnswer((invocation) -> new ListCustomDataIdentifiersIterable(this.macie,
					ListCustomDataIdentifiersRequest.builder().build()));
		given(this.macie.listCustomDataIdentifiers(any(ListCustomDataIdentifiersRequest.class)))
			.willReturn(ListCustomDataIdentifiersResponse.builder().nextToken("p2").build())
			.willThrow(error(ThrottlingException.builder(), 429, "ThrottlingException", "Rate exceeded"));

		MacieException translated = catchThrowableOfType(MacieException.class,
				() -> this.jobs.customDataIdentifiers(TestPlaces.IRELAND));

		assertThat(translated.kind()).isEqualTo(Kind.THROTTLED);
	}

	@Test
	void everyOperationTranslatesItsErrors() {
		AwsServiceException denied = error(AccessDeniedException.builder(), 403, "AccessDeniedException",
				"Macie is not enabled.");
		given(this.macie.listClassificationJobs(any(ListClassificationJobsRequest.class))).willThrow(denied);
		given(this.macie.describeClassificationJob(any(Consumer.class))).willThrow(denied);
		given(this.macie.createClassificationJob(any(CreateClassificationJobRequest.class))).willThrow(denied);
		given(this.macie.updateClassificationJob(any(Consumer.class))).willThrow(denied);
		given(this.macie.listManagedDataIdentifiersPaginator(any(ListManagedDataIdentifiersRequest.class)))
			.willThrow(denied);
		given(this.macie.listCustomDataIdentifiersPaginator(any(ListCustomDataIdentifiersRequest.class)))
			.willThrow(denied);
		given(this.macie.listAllowListsPaginator(any(ListAllowListsRequest.class))).willThrow(denied);
		given(this.macie.describeBuckets(any(DescribeBucketsRequest.class))).willThrow(denied);
		given(this.macie.getMacieSession(any(GetMacieSessionRequest.class))).willThrow(denied);

		Stream.<Runnable>of(() -> this.jobs.listJobs(TestPlaces.IRELAND, JobListQuery.firstPage()),
				() -> this.jobs.describeJob(TestPlaces.IRELAND, "j"), () -> {
					throw ((CreateOutcome.NotCreated) this.jobs.createJob(TestPlaces.IRELAND,
							CreateJobRequest.of(JobDefinitions.monthly(), "t")))
						.reason();
				}, () -> this.jobs.changeStatus(TestPlaces.IRELAND, "j", StatusChange.CANCEL),
				() -> this.jobs.managedDataIdentifiers(TestPlaces.IRELAND),
				() -> this.jobs.customDataIdentifiers(TestPlaces.IRELAND),
				() -> this.jobs.allowLists(TestPlaces.IRELAND),
				() -> this.jobs.describeBuckets(TestPlaces.IRELAND, new BucketQuery(List.of(), null, 10, null)),
				() -> this.jobs.session(TestPlaces.IRELAND))
			.forEach((operation) -> assertThat(catchThrowableOfType(MacieException.class, operation::run).kind())
				.isEqualTo(Kind.NOT_ENABLED));
	}

	private static AwsServiceException error(AwsServiceException.Builder builder, int status, String code,
			String message) {
		return builder.statusCode(status)
			.message(message)
			.awsErrorDetails(
					AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Macie2").build())
			.build();
	}

}
