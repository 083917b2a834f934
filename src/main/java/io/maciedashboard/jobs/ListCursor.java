package io.maciedashboard.jobs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.maciedashboard.macie.Place;

/**
 * Where the next page of the merged job list starts in each place: Macie's nextToken of
 * the place's page that holds the next job (none for the place's first page) and how many
 * jobs of that page were already shown, or that the place has no more jobs. Its URL form
 * (the {@code token} parameter) is one entry per place, joined by commas:
 * {@code 111122223333.eu-west-1.3.<token in base64url>} or
 * {@code 111122223333.eu-west-1.end}.
 */
record ListCursor(Map<String, Position> positions) {

	private static final Pattern ENTRY = Pattern
		.compile("(\\d{12})\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.(?:(end)|(\\d{1,3})\\.([A-Za-z0-9_-]*))");

	/** The first page: every place from its start. */
	static final ListCursor FIRST = new ListCursor(Map.of());

	/** Macie returns at most this many jobs per ListClassificationJobs call. */
	static final int MAX_SKIP = 200;

	ListCursor {
		positions = Map.copyOf(positions);
	}

	/**
	 * Reads the URL form; throws IllegalArgumentException when it is not one (a damaged
	 * or hand-made link).
	 */
	static ListCursor parse(String encoded) {
		Map<String, Position> positions = new LinkedHashMap<>();
		for (String entry : encoded.split(",", -1)) {
			Matcher matcher = ENTRY.matcher(entry);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("not a place's position: " + entry);
			}
			String key = matcher.group(1) + "/" + matcher.group(2);
			Position position;
			if (matcher.group(3) != null) {
				position = Position.END;
			}
			else {
				int skip = Integer.parseInt(matcher.group(4));
				if (skip >= MAX_SKIP) {
					throw new IllegalArgumentException("skips too many jobs: " + entry);
				}
				String token = matcher.group(5).isEmpty() ? null
						: new String(Base64.getUrlDecoder().decode(matcher.group(5)), StandardCharsets.UTF_8);
				position = new Position(token, skip, false);
			}
			if (positions.put(key, position) != null) {
				throw new IllegalArgumentException("a place twice: " + entry);
			}
		}
		return new ListCursor(positions);
	}

	/**
	 * Where the place's part of the list starts: on the first page its start; later, a
	 * place the cursor does not name has no more jobs (a link made for other places).
	 */
	Position of(Place place) {
		if (this.positions.isEmpty()) {
			return Position.START;
		}
		return this.positions.getOrDefault(place.key(), Position.END);
	}

	/** The URL form, places in the order given. */
	static String encode(Map<Place, Position> positions) {
		StringBuilder encoded = new StringBuilder();
		positions.forEach((place, position) -> {
			if (!encoded.isEmpty()) {
				encoded.append(',');
			}
			encoded.append(place.accountId()).append('.').append(place.region()).append('.');
			if (position.end()) {
				encoded.append("end");
			}
			else {
				encoded.append(position.skip()).append('.');
				if (position.token() != null) {
					encoded.append(Base64.getUrlEncoder()
						.withoutPadding()
						.encodeToString(position.token().getBytes(StandardCharsets.UTF_8)));
				}
			}
		});
		return encoded.toString();
	}

	/**
	 * A place's position.
	 *
	 * @param token Macie's nextToken of the page to read, null for the first page
	 * @param skip how many jobs of that page were shown already
	 * @param end whether the place has no more jobs
	 */
	record Position(String token, int skip, boolean end) {

		static final Position START = new Position(null, 0, false);

		static final Position END = new Position(null, 0, true);

	}

}
