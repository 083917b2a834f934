package io.maciedashboard.jobs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The nextTokens of the pages before the current one, so that "Previous" works from the
 * URL alone (a reload or a bookmark keeps it). Page 1 has no token and is not stored: the
 * list holds the tokens of pages 2 to n-1. In the URL it is one compact parameter: each
 * token base64url-encoded (Macie's tokens are opaque and may hold any character), joined
 * by dots.
 */
record PageHistory(List<String> tokens) {

	static final PageHistory EMPTY = new PageHistory(List.of());

	PageHistory {
		tokens = List.copyOf(tokens);
	}

	/** Reads the URL form; throws IllegalArgumentException when it is not one. */
	static PageHistory parse(String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return EMPTY;
		}
		List<String> tokens = new ArrayList<>();
		for (String part : encoded.split("\\.", -1)) {
			if (part.isEmpty()) {
				throw new IllegalArgumentException("empty page token");
			}
			tokens.add(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
		}
		return new PageHistory(tokens);
	}

	/** The URL form; empty when there is no history. */
	String encoded() {
		List<String> parts = new ArrayList<>();
		for (String token : this.tokens) {
			parts.add(Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
		}
		return String.join(".", parts);
	}

	/**
	 * The history on the next page, having left the page reached with currentToken (null
	 * for page 1).
	 */
	PageHistory forward(String currentToken) {
		if (currentToken == null) {
			return EMPTY;
		}
		List<String> next = new ArrayList<>(this.tokens);
		next.add(currentToken);
		return new PageHistory(next);
	}

	/**
	 * The token of the previous page (null: page 1). Only meaningful when not on page 1.
	 */
	String previousToken() {
		return this.tokens.isEmpty() ? null : this.tokens.get(this.tokens.size() - 1);
	}

	/** The history on the previous page. */
	PageHistory back() {
		return this.tokens.isEmpty() ? EMPTY : new PageHistory(this.tokens.subList(0, this.tokens.size() - 1));
	}

	/** The 1-based number of the page reached with currentToken. */
	int pageNumber(String currentToken) {
		return (currentToken == null) ? 1 : this.tokens.size() + 2;
	}

}
