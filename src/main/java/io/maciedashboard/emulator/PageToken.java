package io.maciedashboard.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Paging for the list operations: an opaque {@code nextToken} that carries the offset of
 * the next page and a fingerprint of the query it belongs to, so that a token from
 * another query or a made-up one is refused with a ValidationException, as Macie does.
 */
final class PageToken {

	private static final String VERSION = "p1";

	private PageToken() {
	}

	/** One page of already filtered and sorted items. */
	record Page<T>(List<T> items, String nextToken) {
	}

	static <T> Page<T> page(List<T> all, String nextToken, int pageSize, String query) {
		int offset = (nextToken == null) ? 0 : offset(nextToken, query, all.size());
		int end = Math.min(all.size(), offset + pageSize);
		String next = (end < all.size()) ? encode(end, query) : null;
		return new Page<>(List.copyOf(all.subList(offset, end)), next);
	}

	/** The page size a request asks for, within the operation's bounds. */
	static int pageSize(Integer maxResults, int defaultSize, int largest) {
		return sizeWithin("maxResults", maxResults, defaultSize, largest);
	}

	/** A size a request asks for in {@code member}, within 1 and {@code largest}. */
	static int sizeWithin(String member, Integer size, int defaultSize, int largest) {
		if (size == null) {
			return defaultSize;
		}
		if (size < 1 || size > largest) {
			throw MacieError.validation(member, "must be between 1 and " + largest + ", not " + size);
		}
		return size;
	}

	private static String encode(int offset, String query) {
		String plain = VERSION + ":" + offset + ":" + fingerprint(query);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	private static int offset(String token, String query, int size) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
			int offset = Integer.parseInt(parts[1]);
			if (parts.length == 3 && parts[0].equals(VERSION) && parts[2].equals(fingerprint(query)) && offset >= 0
					&& offset <= size) {
				return offset;
			}
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			// falls through to the refusal below
		}
		throw MacieError.validation("nextToken", "the token is not valid for this request");
	}

	private static String fingerprint(String query) {
		return Integer.toHexString(query.hashCode());
	}

}
