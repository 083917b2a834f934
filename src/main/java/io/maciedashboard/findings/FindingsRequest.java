package io.maciedashboard.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import io.maciedashboard.macie.FindingFilter;
import io.maciedashboard.macie.FindingListQuery;
import io.maciedashboard.macie.FindingSeverity;
import io.maciedashboard.macie.FindingSort;

/**
 * The findings page's URL read: filters ({@code severity}, {@code type}, {@code bucket},
 * {@code archived}), sort ({@code sort}, {@code dir}) and Macie's page token
 * ({@code page}). A value that cannot be read is a problem named after its parameter, and
 * nothing is asked of Macie; the canonical URL leaves defaults out.
 *
 * @param archived false (the default, as Macie's console), true, or null for both
 * @param problems by parameter, in words
 */
record FindingsRequest(FindingSeverity severity, String type, String bucket, Boolean archived, FindingSort sort,
		boolean descending, String pageToken, Map<String, String> problems) {

	static final int PAGE_SIZE = 25;

	/** The sensitive data finding types a job makes, by their short names. */
	static final List<String> TYPES = List.of("Personal", "Financial", "Credentials", "CustomIdentifier", "Multiple");

	private static final String TYPE_PREFIX = "SensitiveData:S3Object/";

	/** S3's rules for a bucket name (general purpose buckets). */
	private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

	/** Macie's tokens are opaque; what could be one is printable and not huge. */
	private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{1,4096}");

	FindingsRequest {
		problems = Map.copyOf(problems);
	}

	static FindingsRequest read(MultiValueMap<String, String> parameters) {
		Map<String, String> problems = new LinkedHashMap<>();
		FindingSeverity severity = one(parameters, "severity", problems).map((value) -> FindingSeverity.of(value)
			.orElseGet(() -> problem(problems, "severity", "“" + value + "” is not a severity: Low, Medium or High.")))
			.orElse(null);
		String type = one(parameters, "type", problems).map((value) -> typeOf(value).orElseGet(() -> problem(problems,
				"type", "“" + value + "” is not a finding type of a job: " + String.join(", ", TYPES) + ".")))
			.orElse(null);
		String bucket = one(parameters, "bucket", problems).map((value) -> BUCKET.matcher(value).matches() ? value
				: problem(problems, "bucket", "“" + value + "” is not an S3 bucket name."))
			.orElse(null);
		// "any" is null, which an Optional cannot carry
		Boolean archived = switch (one(parameters, "archived", problems).orElse("no")) {
			case "no" -> Boolean.FALSE;
			case "yes" -> Boolean.TRUE;
			case "any" -> null;
			default -> {
				problem(problems, "archived",
						"“" + parameters.getFirst("archived").strip() + "” is not one of no, yes or any.");
				yield Boolean.FALSE;
			}
		};
		FindingSort sort = one(parameters, "sort", problems)
			.map((value) -> sortOf(value).orElseGet(() -> problem(problems, "sort",
					"“" + value + "” is not a sort: updated, severity, count, type or resource.")))
			.orElse(FindingSort.UPDATED);
		boolean descending = one(parameters, "dir", problems).map((value) -> switch (value) {
			case "asc" -> false;
			case "desc" -> true;
			default -> {
				problem(problems, "dir", "“" + value + "” is not asc or desc.");
				yield true;
			}
		}).orElse(true);
		String page = one(parameters, "page", problems)
			.map((value) -> TOKEN.matcher(value).matches() ? value
					: problem(problems, "page", "This page link is damaged. Start again from the first page."))
			.orElse(null);
		return new FindingsRequest(severity, type, bucket, archived, sort, descending, page, problems);
	}

	/** A type's short name in URLs ({@code Personal}), or the type itself if unknown. */
	static String typeParameter(String type) {
		return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** Whether any filter differs from the default view (unarchived findings). */
	public boolean isFiltered() {
		return this.severity != null || this.type != null || this.bucket != null
				|| !Boolean.FALSE.equals(this.archived);
	}

	FindingListQuery query(String jobId) {
		return new FindingListQuery(new FindingFilter(jobId, this.severity, this.type, this.bucket, this.archived),
				this.sort, this.descending, PAGE_SIZE, this.pageToken);
	}

	/** This view's parameters (defaults left out), at another page token (or none). */
	Map<String, String> parameters(String pageToken) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.severity != null) {
			parameters.put("severity", this.severity.label());
		}
		if (this.type != null) {
			parameters.put("type", typeParameter(this.type));
		}
		if (this.bucket != null) {
			parameters.put("bucket", this.bucket);
		}
		if (!Boolean.FALSE.equals(this.archived)) {
			parameters.put("archived", (this.archived == null) ? "any" : "yes");
		}
		if (this.sort != FindingSort.UPDATED) {
			parameters.put("sort", this.sort.name().toLowerCase(Locale.ROOT));
		}
		if (!this.descending) {
			parameters.put("dir", "asc");
		}
		if (pageToken != null) {
			parameters.put("page", pageToken);
		}
		return parameters;
	}

	/** The parameter's one value; blank is none, several are a problem. */
	private static Optional<String> one(MultiValueMap<String, String> parameters, String name,
			Map<String, String> problems) {
		List<String> values = parameters.getOrDefault(name, List.of())
			.stream()
			.filter((value) -> value != null && !value.isBlank())
			.map(String::strip)
			.toList();
		if (values.size() > 1) {
			problems.put(name, "Give one " + name + ", not " + values.size() + ".");
			return Optional.empty();
		}
		return values.stream().findFirst();
	}

	private static <T> T problem(Map<String, String> problems, String name, String problem) {
		problems.put(name, problem);
		return null;
	}

	private static Optional<String> typeOf(String value) {
		String shortName = typeParameter(value);
		return TYPES.stream().filter((type) -> type.equalsIgnoreCase(shortName)).findFirst().map(TYPE_PREFIX::concat);
	}

	private static Optional<FindingSort> sortOf(String value) {
		try {
			return Optional.of(FindingSort.valueOf(value.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
