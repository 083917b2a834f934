package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.maciedashboard.history.RunHistories;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.jobs.MergedJobList.MergedPage;

/**
 * The job list at {@code /jobs}: the full page (also for htmx's history restore), the
 * filter/sort/paging swap (htmx, target {@code job-finder}: the form and the results) and
 * the live refresh (htmx, target {@code job-results}: the results only). Everything the
 * view depends on is in the URL. A view that refreshes has an event stream
 * ({@code /jobs/events} with the view's parameters): the watcher reads the view (its
 * places' page, the rows' descriptions and the Findings column) once per interval for all
 * its viewers ({@link WatchedLists}) and pushes an event, on which every viewer
 * refreshes. Every render starts from the view's latest observation and describes only
 * the rows it lacks (late, or new), so rows whose details were late are filled in as
 * before; what depends on the time (countdowns, time left) is worked out at each render.
 */
@Controller
class JobListController {

	static final String FINDER_ID = "job-finder";

	static final String RESULTS_ID = "job-results";

	static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100, 200);

	private final MacieJobs macieJobs;

	private final JobRows jobRows;

	private final JobListProperties properties;

	private final TriageScan triageScan;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	private final RunHistories histories;

	private final FindingsColumn findingsColumn;

	private final WatchedLists lists;

	JobListController(MacieJobs macieJobs, JobRows jobRows, JobListProperties properties, TriageScan triageScan,
			Clock clock, RunHistories histories, FindingsColumn findingsColumn, WatchedLists lists) {
		this.macieJobs = macieJobs;
		this.triageScan = triageScan;
		this.jobRows = jobRows;
		this.properties = properties;
		this.clock = clock;
		this.histories = histories;
		this.findingsColumn = findingsColumn;
		this.lists = lists;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/jobs";
	}

	@GetMapping("/jobs")
	String page(@ModelAttribute("filters") JobListForm filters, Model model) {
		String pastedJobId = filters.pastedJobId();
		if (pastedJobId != null) {
			return "redirect:" + JobLinks.lookup(pastedJobId);
		}
		model.addAttribute("view", view(filters));
		return "jobs/list";
	}

	/**
	 * A new view (filters, sort, page): the form and the results, and the address bar
	 * gets its canonical, bookmarkable URL. A job id pasted into "Name contains" opens
	 * the job.
	 */
	@HxRequest(target = FINDER_ID)
	@GetMapping("/jobs")
	String finder(@ModelAttribute("filters") JobListForm filters, Model model, HtmxResponse htmx) {
		String pastedJobId = filters.pastedJobId();
		if (pastedJobId != null) {
			return "redirect:htmx:" + JobLinks.lookup(pastedJobId);
		}
		JobListView view = view(filters);
		model.addAttribute("view", view);
		htmx.setPushUrl(view.request().url());
		return "jobs/list :: finder";
	}

	/**
	 * The live refresh: the results only. When Macie fails, the answer is an error (503),
	 * so that the table on screen stays and live-errors.js says so and tries again later.
	 */
	@HxRequest(target = RESULTS_ID)
	@GetMapping("/jobs")
	ModelAndView results(@ModelAttribute("filters") JobListForm filters) {
		JobListView view = view(filters);
		if (view.failure() != null && !view.failure().notEnabled()) {
			ModelAndView failed = new ModelAndView("jobs/list :: refresh-failed", "message", view.failure().message());
			failed.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			return failed;
		}
		return new ModelAndView("jobs/list :: results", "view", view);
	}

	/** The view's event stream: an event each time the watcher read its jobs. */
	@GetMapping(path = JobListRequest.EVENTS_PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@ModelAttribute("filters") JobListForm filters) {
		return this.lists.stream(filters.read(this.macieJobs.places()));
	}

	private JobListView view(JobListForm filters) {
		Instant now = Instant.now(this.clock);
		JobListRequest request;
		try {
			request = filters.read(this.macieJobs.places());
		}
		catch (MacieException ex) {
			// the places themselves are unknown (the account of the default credentials)
			request = filters.read(List.of());
			return failed(request, now, JobListFailure.of(ex, request), null);
		}
		// the strip first: its scan is shared and cached, and a failure of it hides only
		// the strip
		TriageStrip triage = triageStrip(request, now);
		ObservedList observed;
		try {
			observed = this.lists.latest(request);
		}
		catch (MacieException ex) {
			return failed(request, now, JobListFailure.of(ex, request), triage);
		}
		List<PlacedJob> jobs = observed.jobs(request, now);
		String nextPageUrl = null;
		List<PlaceFailure> placeFailures = List.of();
		MergedPage page = observed.page();
		if (page != null) {
			if (request.shownPlaces().size() == 1 && !page.failures().isEmpty()) {
				return failed(request, now, JobListFailure.of(page.failures().values().iterator().next(), request),
						triage);
			}
			nextPageUrl = (page.nextCursor() != null) ? request.nextPageUrl(page.nextCursor()) : null;
			placeFailures = page.failures()
				.entrySet()
				.stream()
				.map((failure) -> PlaceFailure.of(failure.getKey(), failure.getValue()))
				.toList();
		}
		FindingCounts counted = observed.findingsOf(jobs);
		FindingsColumn.Pending findings = (counted != null) ? FindingsColumn.Pending.of(counted)
				: this.findingsColumn.start(jobs);
		List<JobRow> rows = withTimesLeft(this.jobRows.rows(jobs, now, observed.rows(), observed.deadlineNanos()), now);
		Long refreshSeconds = rows.stream().anyMatch((row) -> row.isChanging() || row.detailsLate())
				? this.properties.refreshInterval().toSeconds() : null;
		return new JobListView(request, pageSizes(request.query().pageSize()), now, rows, nextPageUrl, null,
				placeFailures, refreshSeconds, triage, findings.get());
	}

	/**
	 * The rows, running jobs' with their estimates: from the objects left that the row's
	 * description already holds and the stored history (no Macie call).
	 */
	private List<JobRow> withTimesLeft(List<JobRow> rows, Instant now) {
		List<RunHistories.JobReading> running = rows.stream()
			.filter((row) -> row.reading(now) != null)
			.map((row) -> new RunHistories.JobReading(row.place(), row.job().jobId(), row.reading(now)))
			.toList();
		if (running.isEmpty()) {
			return rows;
		}
		Iterator<String> estimates = this.histories.timesLeft(running).iterator();
		return rows.stream()
			.map((row) -> (row.reading(now) != null) ? row.withTimeLeft(estimates.next()) : row)
			.toList();
	}

	/** The triage strip, or null when its scan failed (the list itself still shows). */
	private TriageStrip triageStrip(JobListRequest request, Instant now) {
		try {
			return TriageStrip.of(this.triageScan.result(), request, now);
		}
		catch (MacieException ex) {
			return null;
		}
	}

	private static JobListView failed(JobListRequest request, Instant now, JobListFailure failure, TriageStrip triage) {
		return new JobListView(request, pageSizes(request.query().pageSize()), now, List.of(), null, failure, List.of(),
				null, triage, FindingCounts.NONE);
	}

	/** The page-size choices, with a valid size from the URL that is not one of them. */
	private static List<Integer> pageSizes(int current) {
		if (PAGE_SIZES.contains(current)) {
			return PAGE_SIZES;
		}
		return Stream.concat(PAGE_SIZES.stream(), Stream.of(current)).sorted().toList();
	}

}
