package io.maciedashboard.emulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** One request to a Macie operation: its path parameters, query string and JSON body. */
final class Call {

	private final Map<String, String> pathParameters;

	private final Map<String, List<String>> query;

	private final byte[] body;

	private final JsonMapper json;

	Call(Map<String, String> pathParameters, Map<String, List<String>> query, byte[] body, JsonMapper json) {
		this.pathParameters = pathParameters;
		this.query = query;
		this.body = body;
		this.json = json;
	}

	String path(String name) {
		return this.pathParameters.get(name);
	}

	List<String> queryValues(String name) {
		return this.query.getOrDefault(name, List.of());
	}

	Optional<String> queryValue(String name) {
		return queryValues(name).stream().findFirst();
	}

	/**
	 * The body as the request shape's record; an empty body is an empty structure. Bad
	 * JSON is a ValidationException.
	 */
	<T> T body(Class<T> shape) {
		try {
			return this.json.readValue((this.body.length == 0) ? "{}".getBytes() : this.body, shape);
		}
		catch (DatabindException ex) {
			String member = ex.getPath()
				.stream()
				.map(reference -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((left, right) -> right.startsWith("[") ? left + right : left + "." + right)
				.orElse("body");
			throw MacieError.validation(member, "the value does not have the type the API expects");
		}
		catch (JacksonException ex) {
			throw new MacieError(MacieError.Type.VALIDATION, "The request body is not valid JSON.");
		}
	}

}
