package io.maciedashboard.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.maciedashboard.emulator.Shapes.JobSummary;
import io.maciedashboard.emulator.Shapes.ListClassificationJobsRequest;
import io.maciedashboard.emulator.Shapes.ListJobsFilterTerm;
import io.maciedashboard.emulator.Shapes.ListJobsSortCriteria;

/**
 * ListClassificationJobs' filter and sort criteria. A job is listed when it meets every
 * {@code includes} term and none of the {@code excludes} terms. jobType and jobStatus
 * compare with EQ/NE against any of the values, name with EQ/NE/CONTAINS/STARTS_WITH,
 * createdAt with EQ/NE/GT/GTE/LT/LTE against one ISO-8601 instant.
 */
final class JobListing {

	private static final Set<String> EQ_NE = Set.of("EQ", "NE");

	private static final Map<String, Set<String>> COMPARATORS = Map.of("jobType", EQ_NE, "jobStatus", EQ_NE, "name",
			Set.of("EQ", "NE", "CONTAINS", "STARTS_WITH"), "createdAt", Set.of("EQ", "NE", "GT", "GTE", "LT", "LTE"));

	private static final Map<String, Set<String>> ENUM_VALUES = Map.of("jobType", Set.of("ONE_TIME", "SCHEDULED"),
			"jobStatus", Set.of("RUNNING", "PAUSED", "CANCELLED", "COMPLETE", "IDLE", "USER_PAUSED"));

	private static final Map<String, Comparator<JobSummary>> SORTS = Map.of("createdAt",
			Comparator.comparing(JobSummary::createdAt), "jobStatus", Comparator.comparing(JobSummary::jobStatus),
			"name", Comparator.comparing(JobSummary::name), "jobType", Comparator.comparing(JobSummary::jobType));

	private JobListing() {
	}

	static Predicate<JobSummary> filter(ListClassificationJobsRequest request) {
		Predicate<JobSummary> listed = job -> true;
		if (request.filterCriteria() == null) {
			return listed;
		}
		List<ListJobsFilterTerm> includes = request.filterCriteria().includes();
		List<ListJobsFilterTerm> excludes = request.filterCriteria().excludes();
		for (int i = 0; includes != null && i < includes.size(); i++) {
			listed = listed.and(term("filterCriteria.includes[" + i + "]", includes.get(i)));
		}
		for (int i = 0; excludes != null && i < excludes.size(); i++) {
			listed = listed.and(term("filterCriteria.excludes[" + i + "]", excludes.get(i)).negate());
		}
		return listed;
	}

	/**
	 * The requested order (createdAt ascending by default), then job id so that paging is
	 * stable.
	 */
	static Comparator<JobSummary> order(ListJobsSortCriteria sort) {
		String attribute = (sort != null && sort.attributeName() != null) ? sort.attributeName() : "createdAt";
		Comparator<JobSummary> order = SORTS.get(attribute);
		if (order == null) {
			throw MacieError.validation("sortCriteria.attributeName",
					"must be one of createdAt, jobStatus, jobType, name, not " + attribute);
		}
		if (sort != null && OrderBy.isDescending(sort.orderBy(), "sortCriteria.orderBy")) {
			order = order.reversed();
		}
		return order.thenComparing(JobSummary::jobId);
	}

	private static Predicate<JobSummary> term(String member, ListJobsFilterTerm term) {
		if (term.key() == null || !COMPARATORS.containsKey(term.key())) {
			throw MacieError.validation(member + ".key",
					"must be one of createdAt, jobStatus, jobType, name, not " + term.key());
		}
		String comparator = (term.comparator() != null) ? term.comparator() : "EQ";
		if (!COMPARATORS.get(term.key()).contains(comparator)) {
			throw MacieError.validation(member + ".comparator", term.key() + " cannot be compared with " + comparator);
		}
		if (term.values() == null || term.values().isEmpty()) {
			throw MacieError.validation(member + ".values", "must contain at least one value");
		}
		List<String> values = term.values();
		return switch (term.key()) {
			case "jobType" -> anyOf(member, values, comparator, JobSummary::jobType, ENUM_VALUES.get("jobType"));
			case "jobStatus" -> anyOf(member, values, comparator, JobSummary::jobStatus, ENUM_VALUES.get("jobStatus"));
			case "name" -> name(values, comparator);
			default -> createdAt(member, values, comparator);
		};
	}

	private static Predicate<JobSummary> anyOf(String member, List<String> values, String comparator,
			java.util.function.Function<JobSummary, String> property, Set<String> allowed) {
		for (String value : values) {
			if (!allowed.contains(value)) {
				throw MacieError.validation(member + ".values", "contains " + value + ", which is not one of "
						+ String.join(", ", allowed.stream().sorted().toList()));
			}
		}
		Predicate<JobSummary> in = job -> values.contains(property.apply(job));
		return comparator.equals("EQ") ? in : in.negate();
	}

	/**
	 * Name comparisons are case-sensitive, as Macie's are ("payroll" does not find
	 * "Payroll exports").
	 */
	private static Predicate<JobSummary> name(List<String> values, String comparator) {
		return switch (comparator) {
			case "EQ" -> job -> values.contains(job.name());
			case "NE" -> job -> !values.contains(job.name());
			case "CONTAINS" -> job -> values.stream().anyMatch(value -> job.name().contains(value));
			default -> job -> values.stream().anyMatch(value -> job.name().startsWith(value));
		};
	}

	private static Predicate<JobSummary> createdAt(String member, List<String> values, String comparator) {
		if (values.size() != 1) {
			throw MacieError.validation(member + ".values", "createdAt is compared with exactly one date and time");
		}
		Instant instant;
		try {
			instant = Instant.parse(values.get(0));
		}
		catch (DateTimeParseException ex) {
			throw MacieError.validation(member + ".values",
					"createdAt is compared with an ISO-8601 UTC date and time such as 2024-01-31T00:00:00Z, not "
							+ values.get(0));
		}
		return switch (comparator) {
			case "EQ" -> job -> job.createdAt().equals(instant);
			case "NE" -> job -> !job.createdAt().equals(instant);
			case "GT" -> job -> job.createdAt().isAfter(instant);
			case "GTE" -> job -> !job.createdAt().isBefore(instant);
			case "LT" -> job -> job.createdAt().isBefore(instant);
			default -> job -> !job.createdAt().isAfter(instant);
		};
	}

}
