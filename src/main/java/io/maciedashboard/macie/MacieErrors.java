package io.maciedashboard.macie;

import java.util.regex.Pattern;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;
import software.amazon.awssdk.services.macie2.model.ConflictException;
import software.amazon.awssdk.services.macie2.model.InternalServerException;
import software.amazon.awssdk.services.macie2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.macie2.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.macie2.model.ThrottlingException;
import software.amazon.awssdk.services.macie2.model.UnprocessableEntityException;
import software.amazon.awssdk.services.macie2.model.ValidationException;

import io.maciedashboard.macie.MacieException.Kind;

/**
 * Turns every SDK exception into a {@link MacieException} whose message a compliance user
 * understands: the one place where Macie's errors are translated.
 */
final class MacieErrors {

	/**
	 * How Macie says that it is not enabled (or suspended) for the account in the region;
	 * it answers so with AccessDeniedException, and with other error types for some
	 * operations.
	 */
	private static final Pattern NOT_ENABLED = Pattern.compile("(?i)(not|n't) (been |yet )?enabled|suspended");

	private MacieErrors() {
	}

	/**
	 * @param region the region the call went to
	 * @param subject what the call was about, for the not-found message, e.g. "Job
	 * 4f1c..."
	 */
	static MacieException translate(SdkException exception, String region, String subject) {
		if (exception instanceof AwsServiceException service) {
			return fromService(service, region, subject);
		}
		if (exception instanceof ApiCallTimeoutException || exception instanceof ApiCallAttemptTimeoutException) {
			return new MacieException(Kind.UNAVAILABLE,
					"Macie could not be reached in " + region + ": it did not answer in time. Try again in a moment.",
					exception);
		}
		// SdkClientException and the like: connection refused, unknown host, broken
		// connection
		return new MacieException(Kind.UNAVAILABLE,
				"Macie could not be reached in " + region + ". Try again in a moment; if this persists, "
						+ "ask an administrator to check the dashboard's connection to AWS.",
				exception);
	}

	private static MacieException fromService(AwsServiceException exception, String region, String subject) {
		String macieMessage = macieMessage(exception);
		if ((exception instanceof AccessDeniedException || exception instanceof ResourceNotFoundException
				|| exception instanceof ConflictException || exception.statusCode() == 403)
				&& NOT_ENABLED.matcher(macieMessage).find()) {
			return new MacieException(Kind.NOT_ENABLED, "Macie is not enabled in " + region + ".", exception);
		}
		Kind kind = kind(exception);
		return new MacieException(kind, message(kind, region, subject, macieMessage), exception);
	}

	private static Kind kind(AwsServiceException exception) {
		if (exception instanceof ResourceNotFoundException) {
			return Kind.NOT_FOUND;
		}
		if (exception instanceof AccessDeniedException) {
			return Kind.ACCESS_DENIED;
		}
		if (exception instanceof ValidationException || exception instanceof UnprocessableEntityException) {
			return Kind.VALIDATION;
		}
		if (exception instanceof ConflictException) {
			return Kind.CONFLICT;
		}
		if (exception instanceof ThrottlingException || exception.isThrottlingException()) {
			return Kind.THROTTLED;
		}
		if (exception instanceof ServiceQuotaExceededException) {
			return Kind.QUOTA_EXCEEDED;
		}
		if (exception instanceof InternalServerException) {
			return Kind.UNAVAILABLE;
		}
		// an error Macie's model does not name (e.g. from AWS's front door): go by the
		// status code
		return switch (exception.statusCode()) {
			case 400, 422 -> Kind.VALIDATION;
			case 401, 403 -> Kind.ACCESS_DENIED;
			case 402 -> Kind.QUOTA_EXCEEDED;
			case 404 -> Kind.NOT_FOUND;
			case 409 -> Kind.CONFLICT;
			case 429 -> Kind.THROTTLED;
			default -> Kind.UNAVAILABLE;
		};
	}

	private static String message(Kind kind, String region, String subject, String macieMessage) {
		return switch (kind) {
			case NOT_FOUND -> subject + " was not found in " + region + ".";
			case ACCESS_DENIED -> "The dashboard is not allowed to do this in Macie in " + region
					+ ". Ask an administrator to check its AWS permissions." + detail(macieMessage);
			case NOT_ENABLED -> "Macie is not enabled in " + region + ".";
			case VALIDATION -> macieMessage.isEmpty() ? "Macie refused the request." : macieMessage;
			case CONFLICT -> "Macie refused because this conflicts with the current state of " + subject + "."
					+ detail(macieMessage);
			case THROTTLED -> "Macie is busy, try again in a moment.";
			case QUOTA_EXCEEDED -> "A Macie quota of the account in " + region + " is used up." + detail(macieMessage);
			case UNAVAILABLE ->
				"Macie could not be reached in " + region + " or failed to answer. Try again in a moment.";
		};
	}

	private static String detail(String macieMessage) {
		return macieMessage.isEmpty() ? "" : " Macie said: " + macieMessage;
	}

	/**
	 * Macie's own message, without the SDK's "(Service: ..., Status Code: ...)" suffix.
	 */
	private static String macieMessage(AwsServiceException exception) {
		String message = (exception.awsErrorDetails() != null) ? exception.awsErrorDetails().errorMessage()
				: exception.getMessage();
		return (message == null) ? "" : message.strip();
	}

}
