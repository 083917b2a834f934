package io.maciedashboard.emulator;

/**
 * An error answer exactly as Macie sends it: the HTTP status, the
 * {@code X-Amzn-ErrorType} header naming the error shape of the service model, and a
 * {@code {"message": ...}} body.
 */
final class MacieError extends RuntimeException {

	enum Type {

		VALIDATION("ValidationException", 400), SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", 402),
		ACCESS_DENIED("AccessDeniedException", 403), RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
		CONFLICT("ConflictException", 409), THROTTLING("ThrottlingException", 429),
		INTERNAL_SERVER("InternalServerException", 500),
		/**
		 * What the API front door answers for a method and path that is no Macie
		 * operation.
		 */
		UNKNOWN_OPERATION("UnknownOperationException", 404);

		private final String shapeName;

		private final int status;

		Type(String shapeName, int status) {
			this.shapeName = shapeName;
			this.status = status;
		}

		String shapeName() {
			return this.shapeName;
		}

		int status() {
			return this.status;
		}

	}

	private final Type type;

	MacieError(Type type, String message) {
		super(message, null, false, false);
		this.type = type;
	}

	static MacieError validation(String member, String problem) {
		return new MacieError(Type.VALIDATION, member + ": " + problem);
	}

	static MacieError notFound(String message) {
		return new MacieError(Type.RESOURCE_NOT_FOUND, message);
	}

	Type type() {
		return this.type;
	}

}
