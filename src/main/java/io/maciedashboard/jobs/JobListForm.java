package io.maciedashboard.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;

/**
 * The job list's query string exactly as it arrived. Every parameter binds as text, so no
 * value can fail binding; {@link #read()} checks each one (its length first, so that no
 * value costs more than a glance), falls back to a default for what it cannot use, and
 * says why next to the filter. The typed values stay in the form.
 */
public class JobListForm {

	/** Longer than any status, type, sort or order name. */
	private static final int NAME_OF_A_CHOICE = 20;

	/** What Macie's job ids look like. */
	private static final Pattern JOB_ID = Pattern.compile("[0-9a-fA-F]{32}");

	/** yyyy-MM-dd. */
	private static final int DAY_LENGTH = 10;

	/** The tokens of the pages before: far more than a URL the server accepts holds. */
	private static final int HISTORY_LENGTH = 32 * 1024;

	/** At most this much of an unusable value is repeated in its message. */
	private static final int QUOTED = 40;

	private List<String> status = new ArrayList<>();

	private String type;

	private String name;

	private String createdAfter;

	private String createdBefore;

	private String sort;

	private String dir;

	private String size;

	private String token;

	private String prev;

	private String triage;

	/**
	 * The query to send to Macie, the page history and a message per unusable parameter.
	 */
	JobListRequest read() {
		Map<String, String> errors = new LinkedHashMap<>();
		Set<JobStatus> statuses = statuses(errors);
		JobType jobType = jobType(errors);
		String nameContains = nameContains(errors);
		Instant after = day("createdAfter", this.createdAfter, errors);
		Instant before = day("createdBefore", this.createdBefore, errors);
		if (after != null && before != null && !before.isAfter(after)) {
			errors.put("createdBefore", "Must be a later day than “Created on or after”: this filter is ignored.");
			before = null;
		}
		SortField sortBy = sortField(errors);
		boolean ascending = ascending(sortBy, errors);
		int pageSize = pageSize(errors);
		String nextToken = blankToNull(this.token);
		PageHistory history = history(nextToken, errors);
		JobListQuery query = new JobListQuery(statuses, jobType, nameContains, after, before, sortBy, ascending,
				pageSize, nextToken);
		return new JobListRequest(query, history, errors, triage(errors));
	}

	/** One of the triage strip's filters, or null. */
	private Triage triage(Map<String, String> errors) {
		String value = blankToNull(this.triage);
		if (value == null) {
			return null;
		}
		Triage parsed = (value.length() <= NAME_OF_A_CHOICE) ? Triage.of(value).orElse(null) : null;
		if (parsed == null) {
			errors.put("triage", "Unknown triage filter " + quoted(value) + ": showing the list without it.");
		}
		return parsed;
	}

	/**
	 * A job id (32 hex digits) pasted into "Name contains": the job to open, else null.
	 */
	String pastedJobId() {
		String value = blankToNull(this.name);
		return (value != null && JOB_ID.matcher(value.strip()).matches()) ? value.strip().toLowerCase(Locale.ROOT)
				: null;
	}

	private Set<JobStatus> statuses(Map<String, String> errors) {
		Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
		List<String> unknown = new ArrayList<>();
		for (String value : this.status) {
			if (value == null || value.isBlank()) {
				continue;
			}
			JobStatus parsed = parse(JobStatus.class, value);
			if (parsed != null) {
				statuses.add(parsed);
			}
			else if (unknown.size() < 5) {
				unknown.add(quoted(value));
			}
		}
		if (!unknown.isEmpty()) {
			errors.put("status", "Unknown status " + String.join(", ", unknown) + ": "
					+ (statuses.isEmpty() ? "showing every status." : "showing the other statuses."));
		}
		return statuses;
	}

	private JobType jobType(Map<String, String> errors) {
		if (this.type == null || this.type.isBlank()) {
			return null;
		}
		JobType parsed = parse(JobType.class, this.type);
		if (parsed == null) {
			errors.put("type", "Unknown type " + quoted(this.type) + ": showing both types.");
		}
		return parsed;
	}

	private String nameContains(Map<String, String> errors) {
		String value = blankToNull(this.name);
		if (value != null && value.length() > MacieLimits.NAME_LENGTH) {
			errors.put("name",
					"A job name has at most " + MacieLimits.NAME_LENGTH + " characters: this filter is ignored.");
			return null;
		}
		return value;
	}

	/** A day (yyyy-MM-dd, as date inputs send it) as the instant it starts in UTC. */
	private static Instant day(String field, String value, Map<String, String> errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			if (text.length() == DAY_LENGTH) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			// said below
		}
		errors.put(field, quoted(text) + " is not a date (YYYY-MM-DD): this filter is ignored.");
		return null;
	}

	private SortField sortField(Map<String, String> errors) {
		String value = blankToNull(this.sort);
		if (value == null) {
			return SortField.CREATED_AT;
		}
		for (SortOption option : SortOption.values()) {
			if (option.param().equalsIgnoreCase(value)) {
				return option.field();
			}
		}
		errors.put("sort", "Unknown sort " + quoted(value) + ": sorted by created date.");
		return SortField.CREATED_AT;
	}

	private boolean ascending(SortField sortBy, Map<String, String> errors) {
		String value = blankToNull(this.dir);
		if (value == null) {
			return SortOption.of(sortBy).ascendingByDefault();
		}
		if ("asc".equalsIgnoreCase(value) || "desc".equalsIgnoreCase(value)) {
			return "asc".equalsIgnoreCase(value);
		}
		errors.put("dir", "Unknown order " + quoted(value) + ": use ascending or descending.");
		return SortOption.of(sortBy).ascendingByDefault();
	}

	private int pageSize(Map<String, String> errors) {
		String value = blankToNull(this.size);
		if (value == null) {
			return JobListQuery.DEFAULT_PAGE_SIZE;
		}
		if (value.matches("\\d{1,3}")) {
			int parsed = Integer.parseInt(value);
			if (parsed >= 1 && parsed <= MacieLimits.JOBS_PER_PAGE) {
				return parsed;
			}
		}
		errors.put("size", "Page size must be a whole number from 1 to " + MacieLimits.JOBS_PER_PAGE + ": showing "
				+ JobListQuery.DEFAULT_PAGE_SIZE + " per page.");
		return JobListQuery.DEFAULT_PAGE_SIZE;
	}

	private PageHistory history(String nextToken, Map<String, String> errors) {
		if (nextToken == null) {
			return PageHistory.EMPTY;
		}
		try {
			if (this.prev == null || this.prev.length() <= HISTORY_LENGTH) {
				return PageHistory.parse(this.prev);
			}
		}
		catch (IllegalArgumentException ex) {
			// said below
		}
		errors.put("paging", "The page history in this link is damaged: “Previous” goes back to the first page.");
		return PageHistory.EMPTY;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		String name = value.strip();
		if (name.length() > NAME_OF_A_CHOICE) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The value in quotes, shortened for a message. */
	private static String quoted(String value) {
		String text = value.strip();
		return "“" + ((text.length() > QUOTED) ? text.substring(0, QUOTED) + "…" : text) + "”";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public List<String> getStatus() {
		return this.status;
	}

	public void setStatus(List<String> status) {
		this.status = (status != null) ? status : new ArrayList<>();
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCreatedAfter() {
		return this.createdAfter;
	}

	public void setCreatedAfter(String createdAfter) {
		this.createdAfter = createdAfter;
	}

	public String getCreatedBefore() {
		return this.createdBefore;
	}

	public void setCreatedBefore(String createdBefore) {
		this.createdBefore = createdBefore;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getDir() {
		return this.dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

	public String getSize() {
		return this.size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getTriage() {
		return this.triage;
	}

	public void setTriage(String triage) {
		this.triage = triage;
	}

	public String getPrev() {
		return this.prev;
	}

	public void setPrev(String prev) {
		this.prev = prev;
	}

}
