package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.jobs.MergedJobList.MergedPage;

/**
 * The job list at {@code /jobs}: the full page (also for htmx's history restore), the
 * filter/sort/paging swap (htmx, target {@code job-finder}: the form and the results) and
 * the live refresh (htmx, target {@code job-results}: the results only). Everything the
 * view depends on is in the URL.
 */
@Controller
class JobListController {

	static final String FINDER_ID = "job-finder";

	static final String RESULTS_ID = "job-results";

	static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100, 200);

	private final MacieJobs macieJobs;

	private final MergedJobList jobList;

	private final JobRows jobRows;

	private final JobListProperties properties;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	JobListController(MacieJobs macieJobs, MergedJobList jobList, JobRows jobRows, JobListProperties properties,
			Clock clock) {
		this.macieJobs = macieJobs;
		this.jobList = jobList;
		this.jobRows = jobRows;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/jobs";
	}

	@GetMapping("/jobs")
	String page(@ModelAttribute("filters") JobListForm filters, Model model) {
		model.addAttribute("view", view(filters));
		return "jobs/list";
	}

	/**
	 * A new view (filters, sort, page): the form and the results, and the address bar
	 * gets its canonical, bookmarkable URL.
	 */
	@HxRequest(target = FINDER_ID)
	@GetMapping("/jobs")
	String finder(@ModelAttribute("filters") JobListForm filters, Model model, HtmxResponse htmx) {
		JobListView view = view(filters);
		model.addAttribute("view", view);
		htmx.setPushUrl(view.request().url());
		return "jobs/list :: finder";
	}

	/** The live refresh: the results only. */
	@HxRequest(target = RESULTS_ID)
	@GetMapping("/jobs")
	String results(@ModelAttribute("filters") JobListForm filters, Model model) {
		model.addAttribute("view", view(filters));
		return "jobs/list :: results";
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
			return failed(request, now, JobListFailure.of(ex, request));
		}
		MergedPage page = this.jobList.page(request.shownPlaces(), request.query(), request.cursor());
		if (request.shownPlaces().size() == 1 && !page.failures().isEmpty()) {
			return failed(request, now, JobListFailure.of(page.failures().values().iterator().next(), request));
		}
		List<JobRow> rows = this.jobRows.rows(page.jobs(), now);
		String nextPageUrl = (page.nextCursor() != null) ? request.nextPageUrl(page.nextCursor()) : null;
		Long refreshSeconds = rows.stream().anyMatch((row) -> row.isChanging() || row.detailsLate())
				? this.properties.refreshInterval().toSeconds() : null;
		List<PlaceFailure> placeFailures = page.failures()
			.entrySet()
			.stream()
			.map((failure) -> PlaceFailure.of(failure.getKey(), failure.getValue()))
			.toList();
		return new JobListView(request, pageSizes(request.query().pageSize()), now, rows, nextPageUrl, null,
				placeFailures, refreshSeconds);
	}

	private static JobListView failed(JobListRequest request, Instant now, JobListFailure failure) {
		return new JobListView(request, pageSizes(request.query().pageSize()), now, List.of(), null, failure, List.of(),
				null);
	}

	/** The page-size choices, with a valid size from the URL that is not one of them. */
	private static List<Integer> pageSizes(int current) {
		if (PAGE_SIZES.contains(current)) {
			return PAGE_SIZES;
		}
		return Stream.concat(PAGE_SIZES.stream(), Stream.of(current)).sorted().toList();
	}

}
