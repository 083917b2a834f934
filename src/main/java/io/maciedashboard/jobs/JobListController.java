package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;

/**
 * The job list at {@code /jobs}. One GET handler serves the full page, the
 * filter/sort/paging swap (htmx, target {@code job-finder}: the form and the results) and
 * the live refresh (htmx, target {@code job-results}: the results only). Everything the
 * view depends on is in the URL.
 */
@Controller
class JobListController {

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
	String list(@ModelAttribute("filters") JobListForm filters, HtmxRequest htmx, Model model,
			HttpServletRequest servletRequest, HttpServletResponse response) {
		JobListRequest request = filters.read();
		model.addAttribute("request", request);
		model.addAttribute("statuses", JobStatus.values());
		model.addAttribute("types", JobType.values());
		model.addAttribute("sortOptions", SortOption.values());
		model.addAttribute("pageSizes", pageSizes(request.query().pageSize()));
		Instant now = Instant.now(this.clock);
		model.addAttribute("updatedAt", now);
		try {
			JobPage page = this.macieJobs.listJobs(request.query());
			List<JobRow> rows = this.jobRows.rows(page.jobs(), now);
			model.addAttribute("rows", rows);
			model.addAttribute("nextPageUrl",
					(page.nextToken() != null) ? request.nextPageUrl(page.nextToken()) : null);
			model.addAttribute("detailsMissing", rows.stream().anyMatch((row) -> row.details() == null));
			model.addAttribute("anyPaused", rows.stream().anyMatch((row) -> row.pauseExpiry() != null));
			if (rows.stream().anyMatch(JobRow::isChanging)) {
				model.addAttribute("refreshSeconds", this.properties.refreshInterval().toSeconds());
			}
		}
		catch (MacieException ex) {
			model.addAttribute("failure", JobListFailure.of(ex, request));
		}
		if (!htmx.isHtmxRequest() || htmx.isHistoryRestoreRequest()) {
			return "jobs/list";
		}
		if (RESULTS_ID.equals(htmx.getTarget())) {
			return "jobs/list :: results";
		}
		// A new view (filters, sort, page): the address bar gets its canonical,
		// bookmarkable URL.
		response.setHeader("HX-Push-Url", servletRequest.getContextPath() + request.url());
		return "jobs/list :: finder";
	}

	/** The page-size choices, with a valid size from the URL that is not one of them. */
	private static List<Integer> pageSizes(int current) {
		if (PAGE_SIZES.contains(current)) {
			return PAGE_SIZES;
		}
		return Stream.concat(PAGE_SIZES.stream(), Stream.of(current)).sorted().toList();
	}

}
