package io.maciedashboard.findings;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.maciedashboard.macie.Finding;
import io.maciedashboard.macie.FindingPage;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;
import io.maciedashboard.web.AwsConsole;
import io.maciedashboard.web.JobPages;
import io.maciedashboard.web.JobPages.JobNotFoundException;

/**
 * A job's findings ({@link FindingLinks#LIST}: filters, sort and Macie's page token in
 * the URL) and a finding's page ({@link FindingLinks#FINDING}), for everyone who may see
 * the job. A URL that cannot be read is answered with what is wrong with it (400), a
 * finding Macie no longer has with why that may be (404), a Macie failure with its
 * message (502 or 503): never a stack trace.
 */
@Controller
class FindingsController {

	/** What could be a finding's id: anything else is not sent to Macie. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

	private final MacieJobs jobs;

	private final MacieFindings findings;

	FindingsController(MacieJobs jobs, MacieFindings findings) {
		this.jobs = jobs;
		this.findings = findings;
	}

	@GetMapping(FindingLinks.LIST)
	ModelAndView list(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId,
			@RequestParam MultiValueMap<String, String> parameters) {
		Place place = place(accountId, region, jobId);
		Job job = job(place, jobId);
		FindingsRequest request = FindingsRequest.read(parameters);
		ModelAndView page = new ModelAndView("findings/list");
		if (request.hasProblems()) {
			page.addObject("view", new FindingsView(place, job, request, List.of(), null, null));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		try {
			FindingPage found = this.findings.findings(place, request.query(jobId));
			List<FindingsView.Row> rows = found.findings()
				.stream()
				.map((finding) -> new FindingsView.Row(finding, FindingLinks.finding(place, jobId, finding.id())))
				.toList();
			String next = (found.nextToken() != null)
					? FindingLinks.list(place, jobId) + FindingLinks.query(request.parameters(found.nextToken()))
					: null;
			page.addObject("view", new FindingsView(place, job, request, rows, next, null));
		}
		catch (MacieException ex) {
			boolean badToken = ex.kind() == MacieException.Kind.VALIDATION && request.pageToken() != null;
			String message = badToken
					? "This page link no longer works: Macie did not accept its page token. Start again from the first page."
					: ex.getMessage();
			page.addObject("view", new FindingsView(place, job, request, List.of(), null, message));
			page.setStatus(badToken ? HttpStatus.BAD_REQUEST : JobPages.status(ex));
		}
		return page;
	}

	@GetMapping(FindingLinks.FINDING)
	ModelAndView finding(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId,
			@PathVariable String findingId) {
		Place place = place(accountId, region, jobId);
		Job job = job(place, jobId);
		Optional<Finding> finding = ID.matcher(findingId).matches() ? this.findings.finding(place, findingId)
				: Optional.empty();
		if (finding.isEmpty() || finding.get().classification() == null
				|| !jobId.equals(finding.get().classification().jobId())) {
			ModelAndView gone = new ModelAndView("findings/gone");
			gone.addObject("findingId", findingId);
			gone.addObject("findingsUrl", FindingLinks.list(place, jobId));
			gone.addObject("job", job);
			gone.setStatus(HttpStatus.NOT_FOUND);
			return gone;
		}
		ModelAndView page = new ModelAndView("findings/finding");
		page.addObject("finding", finding.get());
		page.addObject("job", job);
		page.addObject("place", place);
		page.addObject("jobUrl", place.jobPath(jobId));
		page.addObject("findingsUrl", FindingLinks.list(place, jobId));
		page.addObject("consoleUrl", AwsConsole.macieFinding(place.region(), findingId));
		page.addObject("resultsConsoleUrl", resultsConsoleUrl(place, finding.get()));
		return page;
	}

	@ExceptionHandler(JobNotFoundException.class)
	ModelAndView unknownJob(JobNotFoundException ex) {
		return JobPages.notFound(ex.jobId());
	}

	@ExceptionHandler(JobUnavailableException.class)
	ModelAndView unavailable(JobUnavailableException ex) {
		return JobPages.unavailable((MacieException) ex.getCause(), ex.retryUrl);
	}

	/** The object's detailed result in the S3 console, or null. */
	private static String resultsConsoleUrl(Place place, Finding finding) {
		String location = finding.classification().detailedResultsLocation();
		if (location == null || !location.startsWith("s3://")) {
			return null;
		}
		String path = location.substring("s3://".length());
		int slash = path.indexOf('/');
		if (slash < 1) {
			return null;
		}
		String key = path.substring(slash + 1);
		// the folder the result is in: the console opens folders, not objects
		String folder = key.substring(0, key.lastIndexOf('/') + 1);
		return AwsConsole.s3Bucket(place.region(), path.substring(0, slash), folder);
	}

	/** The configured place; any other holds no job the dashboard knows. */
	private Place place(String accountId, String region, String jobId) {
		return this.jobs.place(accountId, region).orElseThrow(() -> new JobNotFoundException(jobId));
	}

	private Job job(Place place, String jobId) {
		try {
			return this.jobs.findJob(place, jobId).orElseThrow(() -> new JobNotFoundException(jobId));
		}
		catch (MacieException ex) {
			throw new JobUnavailableException(ex, FindingLinks.list(place, jobId));
		}
	}

	static final class JobUnavailableException extends RuntimeException {

		private final String retryUrl;

		JobUnavailableException(MacieException cause, String retryUrl) {
			super(cause.getMessage(), cause, false, false);
			this.retryUrl = retryUrl;
		}

	}

}
