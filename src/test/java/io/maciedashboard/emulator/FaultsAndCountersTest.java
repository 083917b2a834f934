package io.maciedashboard.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;
import software.amazon.awssdk.services.macie2.model.ConflictException;
import software.amazon.awssdk.services.macie2.model.InternalServerException;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsRequest;
import software.amazon.awssdk.services.macie2.model.Macie2Exception;
import software.amazon.awssdk.services.macie2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.macie2.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.macie2.model.ThrottlingException;
import software.amazon.awssdk.services.macie2.model.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Injected faults, request counters and the admin surface, seen through the real SDK and
 * plain HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsAndCountersTest {

	private final EmulatorFixture fixture = new EmulatorFixture();

	@AfterEach
	void healthyAgain() {
		this.fixture.emulator.faults().clear();
		this.fixture.emulator.counters().reset();
	}

	@AfterAll
	void stop() {
		this.fixture.close();
	}

	private Faults faults() {
		return this.fixture.emulator.faults();
	}

	private void getSession() {
		this.fixture.macie.getMacieSession(request -> {
		});
	}

	@Test
	void macieNotEnabledDeniesEveryOperation() {
		faults().macieEnabled(false);
		assertThatThrownBy(this::getSession).isInstanceOfSatisfying(AccessDeniedException.class, ex -> {
			assertThat(ex.statusCode()).isEqualTo(403);
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Macie is not enabled for this account.");
		});
		assertThatThrownBy(
				() -> this.fixture.macie.listClassificationJobs(ListClassificationJobsRequest.builder().build()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixture.macie.describeBuckets(request -> {
		})).isInstanceOf(AccessDeniedException.class);
		faults().macieEnabled(true);
		getSession();
	}

	@Test
	void aThrottlingShareFailsThatShareOfRequestsEvenly() {
		faults().throttlingShare(0.5);
		List<Boolean> throttled = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Throwable thrown = catchThrowable(this::getSession);
			throttled.add(thrown instanceof ThrottlingException);
			if (thrown != null) {
				assertThat(((ThrottlingException) thrown).statusCode()).isEqualTo(429);
			}
		}
		assertThat(throttled).containsExactly(false, true, false, true, false, true);
	}

	@Test
	void anInternalErrorShareOfOneFailsEveryRequest() {
		faults().internalErrorShare(1);
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(this::getSession).isInstanceOfSatisfying(InternalServerException.class,
					ex -> assertThat(ex.statusCode()).isEqualTo(500));
		}
		faults().internalErrorShare(0);
		getSession();
	}

	static Stream<Arguments> errorTypes() {
		return Stream.of(Arguments.of("ValidationException", ValidationException.class, 400),
				Arguments.of("ServiceQuotaExceededException", ServiceQuotaExceededException.class, 402),
				Arguments.of("AccessDeniedException", AccessDeniedException.class, 403),
				Arguments.of("ResourceNotFoundException", ResourceNotFoundException.class, 404),
				Arguments.of("ConflictException", ConflictException.class, 409),
				Arguments.of("ThrottlingException", ThrottlingException.class, 429),
				Arguments.of("InternalServerException", InternalServerException.class, 500));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorTypes")
	void everyMacieErrorReachesTheSdkAsItsTypedException(String errorType, Class<? extends Macie2Exception> exception,
			int status) {
		faults().failNextRequest(errorType, "injected " + errorType);
		assertThatThrownBy(this::getSession).isInstanceOfSatisfying(exception, ex -> {
			assertThat(ex.statusCode()).isEqualTo(status);
			assertThat(ex.awsErrorDetails().errorCode()).isEqualTo(errorType);
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("injected " + errorType);
		});
		getSession();
	}

	@Test
	void anUnknownErrorTypeIsRefused() {
		assertThatThrownBy(() -> faults().failNextRequest("TeapotException", "no"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> faults().throttlingShare(1.5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> faults().latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void requestsAreCountedPerOperationIncludingFailedOnes() {
		getSession();
		this.fixture.macie.listClassificationJobs(ListClassificationJobsRequest.builder().build());
		this.fixture.macie.listClassificationJobs(ListClassificationJobsRequest.builder().build());
		catchThrowable(() -> this.fixture.macie.describeClassificationJob(request -> request.jobId("nope")));
		this.fixture.send("GET", "/macie", null, false);
		RequestCounters counters = this.fixture.emulator.counters();
		assertThat(counters.count("GetMacieSession")).isEqualTo(1);
		assertThat(counters.count("ListClassificationJobs")).isEqualTo(2);
		assertThat(counters.count("DescribeClassificationJob")).isEqualTo(1);
		assertThat(counters.count("CreateClassificationJob")).isZero();
		assertThat(counters.snapshot()).containsOnlyKeys("GetMacieSession", "ListClassificationJobs",
				"DescribeClassificationJob");
	}

	@Test
	void addedLatencyStillAnswers() {
		faults().latency(Duration.ofMillis(20));
		getSession();
		assertThat(this.fixture.emulator.counters().count("GetMacieSession")).isEqualTo(1);
	}

	// the admin surface

	@Test
	void theAdminSurfaceMovesTheClock() {
		var before = this.fixture.emulator.clock().instant();
		HttpResponse<String> response = this.fixture.send("POST", "/_emulator/clock/advance", "{\"by\": \"PT6H\"}",
				false);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.fixture.emulator.clock().instant()).isEqualTo(before.plus(Duration.ofHours(6)));
		assertThat(response.body()).isEqualTo("{\"now\":\"" + before.plus(Duration.ofHours(6)) + "\"}");
		assertThat(this.fixture.send("GET", "/_emulator/clock", null, false).body())
			.contains(before.plus(Duration.ofHours(6)).toString());
		assertThat(this.fixture.send("POST", "/_emulator/clock/advance", "{\"by\": \"-PT1H\"}", false).statusCode())
			.isEqualTo(400);
		assertThat(this.fixture.send("POST", "/_emulator/clock/advance", "{\"by\": \"soon\"}", false).statusCode())
			.isEqualTo(400);
	}

	@Test
	void theAdminSurfaceReadsAndResetsCounters() {
		getSession();
		getSession();
		assertThat(this.fixture.send("GET", "/_emulator/counters", null, false).body())
			.isEqualTo("{\"GetMacieSession\":2}");
		assertThat(this.fixture.send("POST", "/_emulator/counters/reset", "{}", false).body()).isEqualTo("{}");
		assertThat(this.fixture.emulator.counters().count("GetMacieSession")).isZero();
	}

	@Test
	void theAdminSurfaceSetsFaults() {
		HttpResponse<String> response = this.fixture.send("POST", "/_emulator/faults",
				"{\"latencyMillis\": 5, \"throttlingShare\": 0.25, \"macieEnabled\": false}", false);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(
				"{\"latencyMillis\":5,\"throttlingShare\":0.25,\"internalErrorShare\":0.0,\"macieEnabled\":false,"
						+ "\"accessDenied\":false}");
		assertThat(faults().latency()).isEqualTo(Duration.ofMillis(5));
		assertThat(faults().throttlingShare()).isEqualTo(0.25);
		assertThatThrownBy(this::getSession).isInstanceOf(AccessDeniedException.class);

		this.fixture.send("POST", "/_emulator/faults", "{\"macieEnabled\": true, \"throttlingShare\": 0, "
				+ "\"nextError\": {\"type\": \"ConflictException\", \"message\": \"busy\"}}", false);
		assertThatThrownBy(this::getSession).isInstanceOf(ConflictException.class).hasMessageContaining("busy");
		getSession();
		assertThat(this.fixture.send("GET", "/_emulator/faults", null, false).body()).contains("\"macieEnabled\":true");
		assertThat(this.fixture.send("POST", "/_emulator/faults", "{\"throttlingShare\": 2}", false).statusCode())
			.isEqualTo(400);
	}

	@Test
	void theAdminSurfaceOnlyTakesJsonPostsAndKnownActions() {
		var before = this.fixture.emulator.clock().instant();
		HttpResponse<String> form = this.fixture.send("POST", "/_emulator/clock/advance", "by=PT1H", false,
				"application/x-www-form-urlencoded");
		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(this.fixture.emulator.clock().instant()).isEqualTo(before);
		assertThat(this.fixture.send("GET", "/_emulator/nothing", null, false).statusCode()).isEqualTo(404);
		assertThat(this.fixture.send("DELETE", "/_emulator/faults", null, false).statusCode()).isEqualTo(404);
	}

}
