package io.maciedashboard.jobs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.Place;
import io.maciedashboard.web.ScheduleWords;

/**
 * What the job list shows, read from its query string: the query for Macie (sent to each
 * place; its nextToken is the {@link ListCursor} of every place's position), the places
 * chosen (none: every place), the cursors of the pages before, and a message per
 * parameter that could not be used (keyed by the form field, or "paging"). Builds the
 * links of the page (sort, next, previous, refresh) in the same canonical form, leaving
 * defaults out so that URLs stay short.
 *
 * @param triage one of the triage strip's filters, or null: the list then shows what the
 * triage scan found in the places shown, and the other filters do not apply
 */
public record JobListRequest(JobListQuery query, List<Place> places, List<Place> chosenPlaces, PageHistory history,
		Map<String, String> errors, Triage triage) {

	static final String PATH = "/jobs";

	static final String EVENTS_PATH = "/jobs/events";

	private static final ScheduleWords SCHEDULE_WORDS = new ScheduleWords();

	public JobListRequest {
		places = List.copyOf(places);
		chosenPlaces = List.copyOf(chosenPlaces);
		errors = Map.copyOf(errors);
	}

	/** The places the list shows: those chosen, or every place. */
	public List<Place> shownPlaces() {
		return this.chosenPlaces.isEmpty() ? this.places : this.chosenPlaces;
	}

	/** Whether there is more than one place to choose from (else no place column). */
	public boolean manyPlaces() {
		return this.places.size() > 1;
	}

	public boolean isChosen(Place place) {
		return this.chosenPlaces.contains(place);
	}

	/** Where each place's part of this page starts. */
	ListCursor cursor() {
		return isFirstPage() ? ListCursor.FIRST : ListCursor.parse(this.query.nextToken());
	}

	/**
	 * The current view (this page included): what a reload or the live refresh fetches.
	 */
	public String url() {
		return pageUrl(this.query.nextToken(), this.history);
	}

	/**
	 * The event stream of the current view: an event each time the watcher read its jobs.
	 */
	public String eventsUrl() {
		return EVENTS_PATH + url().substring(PATH.length());
	}

	/** The first page with the same filters and sort. */
	public String firstPageUrl() {
		return pageUrl(null, PageHistory.EMPTY);
	}

	public String nextPageUrl(String nextToken) {
		return pageUrl(nextToken, this.history.forward(this.query.nextToken()));
	}

	/** Null on the first page. */
	public String previousPageUrl() {
		if (isFirstPage()) {
			return null;
		}
		return pageUrl(this.history.previousToken(), this.history.back());
	}

	public boolean isFirstPage() {
		return this.query.nextToken() == null;
	}

	public int pageNumber() {
		return this.history.pageNumber(this.query.nextToken());
	}

	/**
	 * The column headers' sort links, keyed by the sort parameter ("created", "name",
	 * "status", "type").
	 */
	public Map<String, SortLink> sortLinks() {
		Map<String, SortLink> links = new LinkedHashMap<>();
		for (SortOption option : SortOption.values()) {
			links.put(option.param(), new SortLink(option.label(), sortUrl(option), ariaSort(option)));
		}
		return links;
	}

	/** The first page sorted by the option: flips the order when already sorted by it. */
	String sortUrl(SortOption option) {
		boolean ascending = isSortedBy(option) ? !this.query.ascending() : option.ascendingByDefault();
		return toUrl(filtered(option, ascending));
	}

	boolean isSortedBy(SortOption option) {
		return this.query.sortBy() == option.field();
	}

	/** The aria-sort value of a column header: null when the list is not sorted by it. */
	String ariaSort(SortOption option) {
		if (!isSortedBy(option)) {
			return null;
		}
		return this.query.ascending() ? "ascending" : "descending";
	}

	public String error(String field) {
		return this.errors.get(field);
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public boolean isFiltered() {
		return !this.chosenPlaces.isEmpty() || !this.query.statuses().isEmpty() || this.query.type() != null
				|| this.query.nameContains() != null || this.query.createdAfter() != null
				|| this.query.createdBefore() != null || this.triage != null;
	}

	/**
	 * The filters in force as removable chips: each says what it keeps and links to the
	 * list without it (first page, same sort).
	 */
	public List<Chip> chips() {
		List<Chip> chips = new ArrayList<>();
		JobListQuery q = this.query;
		for (Place place : this.chosenPlaces) {
			List<Place> others = new ArrayList<>(this.chosenPlaces);
			others.remove(place);
			chips.add(new Chip("Place: " + place.name(),
					(this.triage != null) ? without(others, null, null, null, null, null, this.triage) : without(others,
							q.statuses(), q.type(), q.nameContains(), q.createdAfter(), q.createdBefore(), null)));
		}
		if (this.triage != null) {
			chips.add(new Chip(this.triage.label(), without(this.chosenPlaces, null, null, null, null, null, null)));
			return chips;
		}
		for (JobStatus status : JobStatus.values()) {
			if (q.statuses().contains(status)) {
				Set<JobStatus> others = EnumSet.copyOf(q.statuses());
				others.remove(status);
				chips.add(new Chip("Status: " + status.label(), without(this.chosenPlaces, others, q.type(),
						q.nameContains(), q.createdAfter(), q.createdBefore(), null)));
			}
		}
		if (q.type() != null) {
			chips.add(new Chip("Type: " + SCHEDULE_WORDS.describe(q.type(), null), without(this.chosenPlaces,
					q.statuses(), null, q.nameContains(), q.createdAfter(), q.createdBefore(), null)));
		}
		if (q.nameContains() != null) {
			chips.add(new Chip("Name contains “" + q.nameContains() + "”", without(this.chosenPlaces, q.statuses(),
					q.type(), null, q.createdAfter(), q.createdBefore(), null)));
		}
		if (q.createdAfter() != null) {
			chips.add(new Chip("Created on or after " + LocalDate.ofInstant(q.createdAfter(), ZoneOffset.UTC), without(
					this.chosenPlaces, q.statuses(), q.type(), q.nameContains(), null, q.createdBefore(), null)));
		}
		if (q.createdBefore() != null) {
			chips.add(new Chip("Created before " + LocalDate.ofInstant(q.createdBefore(), ZoneOffset.UTC), without(
					this.chosenPlaces, q.statuses(), q.type(), q.nameContains(), q.createdAfter(), null, null)));
		}
		return chips;
	}

	/**
	 * The list with a triage filter in the places shown now (first page, default sort).
	 */
	String triageUrl(Triage triage) {
		return firstPageIn(Set.of(), triage);
	}

	/**
	 * The list of the jobs with one status in the places shown now (first page, default
	 * sort).
	 */
	String statusUrl(JobStatus status) {
		return firstPageIn(Set.of(status), null);
	}

	private String firstPageIn(Set<JobStatus> statuses, Triage keptTriage) {
		JobListQuery byDefault = new JobListQuery(statuses, null, null, null, null, SortOption.CREATED.field(),
				SortOption.CREATED.ascendingByDefault(), JobListQuery.DEFAULT_PAGE_SIZE, null);
		return new JobListRequest(byDefault, this.places, this.chosenPlaces, PageHistory.EMPTY, Map.of(), keptTriage)
			.firstPageUrl();
	}

	private String without(List<Place> chosen, Set<JobStatus> statuses, JobType type, String name, Instant after,
			Instant before, Triage keptTriage) {
		JobListQuery q = this.query;
		JobListQuery narrower = new JobListQuery((statuses != null) ? statuses : Set.of(), type, name, after, before,
				q.sortBy(), q.ascending(), q.pageSize(), null);
		return new JobListRequest(narrower, this.places, chosen, PageHistory.EMPTY, Map.of(), keptTriage)
			.firstPageUrl();
	}

	public boolean isSelected(JobStatus status) {
		return this.query.statuses().contains(status);
	}

	private String pageUrl(String token, PageHistory pageHistory) {
		List<Map.Entry<String, String>> params = filtered(SortOption.of(this.query.sortBy()), this.query.ascending());
		if (token != null) {
			params.add(Map.entry("token", token));
			if (!pageHistory.tokens().isEmpty()) {
				params.add(Map.entry("prev", pageHistory.encoded()));
			}
		}
		return toUrl(params);
	}

	private List<Map.Entry<String, String>> filtered(SortOption sort, boolean ascending) {
		List<Map.Entry<String, String>> params = new ArrayList<>();
		for (Place place : this.chosenPlaces) {
			params.add(Map.entry("place", place.key()));
		}
		if (this.triage != null) {
			params.add(Map.entry("triage", this.triage.param()));
		}
		for (JobStatus status : JobStatus.values()) {
			if (this.query.statuses().contains(status)) {
				params.add(Map.entry("status", status.name()));
			}
		}
		if (this.query.type() != null) {
			params.add(Map.entry("type", this.query.type().name()));
		}
		if (this.query.nameContains() != null) {
			params.add(Map.entry("name", this.query.nameContains()));
		}
		if (this.query.createdAfter() != null) {
			params.add(Map.entry("createdAfter",
					LocalDate.ofInstant(this.query.createdAfter(), ZoneOffset.UTC).toString()));
		}
		if (this.query.createdBefore() != null) {
			params.add(Map.entry("createdBefore",
					LocalDate.ofInstant(this.query.createdBefore(), ZoneOffset.UTC).toString()));
		}
		if (sort != SortOption.CREATED || ascending != sort.ascendingByDefault()) {
			params.add(Map.entry("sort", sort.param()));
			params.add(Map.entry("dir", ascending ? "asc" : "desc"));
		}
		if (this.query.pageSize() != JobListQuery.DEFAULT_PAGE_SIZE) {
			params.add(Map.entry("size", Integer.toString(this.query.pageSize())));
		}
		return params;
	}

	/** Form-encodes every value, '+' and '/' of opaque tokens included. */
	private static String toUrl(List<Map.Entry<String, String>> params) {
		StringJoiner query = new StringJoiner("&", PATH + "?", "").setEmptyValue(PATH);
		for (Map.Entry<String, String> param : params) {
			query.add(param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	/**
	 * A sortable column header: its label, where it leads, and its aria-sort (null when
	 * not sorted by it).
	 */
	public record SortLink(String label, String url, String ariaSort) {
	}

	/** An active filter: what it keeps, and the list without it. */
	public record Chip(String label, String removeUrl) {
	}

}
