package io.maciedashboard.emulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Macie operation the emulator serves: its HTTP method, its URI template and success
 * status exactly as the service model's {@code http} trait gives them, and the code that
 * answers it.
 */
record Route(String operation, String method, String uriTemplate, int successStatus, Handler handler) {

	/**
	 * Answers one call in a place with the response shape's record (written as JSON), or
	 * throws a {@link MacieError}.
	 */
	@FunctionalInterface
	interface Handler {

		Object answer(Place place, Call call);

	}

	static Route of(String operation, String method, String uriTemplate, Handler handler) {
		return new Route(operation, method, uriTemplate, 200, handler);
	}

	static Route noContent(String operation, String method, String uriTemplate, Handler handler) {
		return new Route(operation, method, uriTemplate, 204, handler);
	}

	/**
	 * The path parameters, if this route serves the method and the (already decoded) path
	 * segments.
	 */
	Optional<Map<String, String>> match(String requestMethod, List<String> segments) {
		List<String> template = PathSegments.split(this.uriTemplate);
		if (!this.method.equals(requestMethod) || template.size() != segments.size()) {
			return Optional.empty();
		}
		Map<String, String> parameters = new HashMap<>();
		for (int i = 0; i < template.size(); i++) {
			String part = template.get(i);
			if (part.startsWith("{") && part.endsWith("}")) {
				parameters.put(part.substring(1, part.length() - 1), segments.get(i));
			}
			else if (!part.equals(segments.get(i))) {
				return Optional.empty();
			}
		}
		return Optional.of(parameters);
	}

}
