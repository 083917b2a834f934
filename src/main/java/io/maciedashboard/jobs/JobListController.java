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

import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;

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

	private final JobRows jobRows;

	private final JobListProperties properties;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	JobListController(MacieJobs macieJobs, JobRows jobRows, JobListProperties properties, Clock clock) {
		this.macieJobs = macieJobs;
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
		JobListRequest request = filters.read();
		List<Integer> pageSizes = pageSizes(request.query().pageSize());
		Instant now = Instant.now(this.clock);
		try {
			JobPage page = this.macieJobs.listJobs(request.query());
			List<JobRow> rows = this.jobRows.rows(page.jobs(), now);
			String nextPageUrl = (page.nextToken() != null) ? request.nextPageUrl(page.nextToken()) : null;
			Long refreshSeconds = rows.stream().anyMatch((row) -> row.isChanging() || row.detailsLate())
					? this.properties.refreshInterval().toSeconds() : null;
			return new JobListView(request, pageSizes, now, rows, nextPageUrl, null, refreshSeconds);
		}
		catch (MacieException ex) {
			return new JobListView(request, pageSizes, now, List.of(), null, JobListFailure.of(ex, request), null);
		}
	}

	/** The page-size choices, with a valid size from the URL that is not one of them. */
	private static List<Integer> pageSizes(int current) {
		if (PAGE_SIZES.contains(current)) {
			return PAGE_SIZES;
		}
		return Stream.concat(PAGE_SIZES.stream(), Stream.of(current)).sorted().toList();
	}

}
