package io.maciedashboard.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splitting and decoding of request paths and query strings, as the SDK and the CLI
 * encode them.
 */
final class PathSegments {

	private PathSegments() {
	}

	/**
	 * The segments of a raw path, each percent-decoded on its own, so that an encoded
	 * {@code /} inside a segment (as in a resource ARN) stays inside it.
	 */
	static List<String> split(String rawPath) {
		List<String> segments = new ArrayList<>();
		for (String segment : rawPath.split("/")) {
			if (!segment.isEmpty()) {
				segments.add(decode(segment.replace("+", "%2B")));
			}
		}
		return segments;
	}

	static Map<String, List<String>> query(String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new MacieError(MacieError.Type.VALIDATION, "The request URI is not correctly percent-encoded.");
		}
	}

}
