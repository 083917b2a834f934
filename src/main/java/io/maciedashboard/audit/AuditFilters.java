package io.maciedashboard.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's filters as they came in the URL (so a bookmark holds them), the query
 * they make, and a plain-words problem for each value that cannot be read (that filter is
 * then left out). The fields are strings so the form shows back what was typed.
 */
public record AuditFilters(String person, String action, String outcome, String job, String place, String from,
		String to, String before) {

	static final int MAX_LENGTH = 320;

	/** The query, filters that cannot be read left out. */
	AuditQuery query() {
		return new AuditQuery(text(this.person), parse(this.action, AuditAction.class),
				parse(this.outcome, Outcome.class), text(this.job), text(this.place), day(this.from), day(this.to),
				id(this.before));
	}

	/** Field name to problem, for each value that cannot be read. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		for (var field : Map
			.of("person", nullToEmpty(this.person), "job", nullToEmpty(this.job), "place", nullToEmpty(this.place))
			.entrySet()) {
			if (field.getValue().length() > MAX_LENGTH) {
				problems.put(field.getKey(), "At most " + MAX_LENGTH + " characters.");
			}
		}
		if (present(this.action) && parse(this.action, AuditAction.class) == null) {
			problems.put("action", "Choose an action from the list.");
		}
		if (present(this.outcome) && parse(this.outcome, Outcome.class) == null) {
			problems.put("outcome", "Choose an outcome from the list.");
		}
		if (present(this.from) && day(this.from) == null) {
			problems.put("from", "Enter a day as 2026-11-30.");
		}
		if (present(this.to) && day(this.to) == null) {
			problems.put("to", "Enter a day as 2026-11-30.");
		}
		LocalDate from = day(this.from);
		LocalDate to = day(this.to);
		if (from != null && to != null && to.isBefore(from)) {
			problems.put("to", "The last day comes before the first day.");
		}
		return problems;
	}

	/** The same filters on another page: older than {@code id}, or the newest (null). */
	String url(String path, Long beforeId) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		param(url, "person", this.person);
		param(url, "action", this.action);
		param(url, "outcome", this.outcome);
		param(url, "job", this.job);
		param(url, "place", this.place);
		param(url, "from", this.from);
		param(url, "to", this.to);
		if (beforeId != null) {
			url.queryParam("before", beforeId);
		}
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (present(value)) {
			url.queryParam(name, value.strip());
		}
	}

	private static String text(String value) {
		return (present(value) && value.length() <= MAX_LENGTH) ? value.strip() : null;
	}

	private static <E extends Enum<E>> E parse(String value, Class<E> type) {
		return read(value, (text) -> Enum.valueOf(type, text));
	}

	private static LocalDate day(String value) {
		return read(value, LocalDate::parse);
	}

	private static Long id(String value) {
		return read(value, Long::valueOf);
	}

	/** The value read by {@code reader}, or null when it is blank or cannot be read. */
	private static <T> T read(String value, Function<String, T> reader) {
		if (!present(value)) {
			return null;
		}
		try {
			return reader.apply(value.strip());
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return null;
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
