package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;
import io.maciedashboard.history.RunHistories;
import io.maciedashboard.audit.AuditAction;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.AuditUnavailableException;
import io.maciedashboard.audit.JobRef;
import io.maciedashboard.findings.JobResults;
import io.maciedashboard.web.JobPages;
import io.maciedashboard.web.JobPages.JobNotFoundException;
import io.maciedashboard.watch.EventStreams;
import io.maciedashboard.watch.Refreshes;
import io.maciedashboard.watch.Watcher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The job page ({@code /jobs/{accountId}/{region}/{jobId}}, see {@link JobPaths}): what a
 * job is doing, what it scans, and pause / resume / cancel for operators. While the job
 * can still change, its status part is watched ({@link Watcher}: one Macie read per
 * interval for every viewer) and refreshed on each observation pushed over the page's
 * event stream, or by polling where the stream cannot connect; both are served from the
 * watcher's latest observation. A change made here is read again at once and pushed to
 * every viewer, also those of the dashboard's other instances ({@link Refreshes}). An old
 * bookmark {@code /jobs/{jobId}} is looked up in every place and redirected permanently.
 */
@Controller
@EnableConfigurationProperties(JobPageProperties.class)
class JobDetailController {

	/**
	 * Macie's job ids are 32 hex digits; what looks nothing like an id is not sent to
	 * Macie.
	 */

	private final MacieJobs macie;

	private final AuditTrail audit;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	private final JobPageProperties properties;

	private final JobScopeLookups scopes;

	private final RunHistories histories;

	private final JobResults results;

	private final Watcher watcher;

	private final EventStreams streams;

	private final Refreshes refreshes;

	JobDetailController(MacieJobs macie, AuditTrail audit, Clock clock, JobPageProperties properties,
			JobScopeLookups scopes, RunHistories histories, JobResults results, Watcher watcher, EventStreams streams,
			Refreshes refreshes) {
		this.macie = macie;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.scopes = scopes;
		this.histories = histories;
		this.results = results;
		this.watcher = watcher;
		this.streams = streams;
		this.refreshes = refreshes;
	}

	@GetMapping(JobPaths.JOB)
	String page(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId, Model model,
			Authentication who) {
		Place place = place(accountId, region, jobId);
		Job job = describe(place, jobId);
		model.addAttribute("view",
				new JobPageView(liveView(place, job, null), this.scopes.scopeOf(place, job.definition())));
		model.addAttribute("results", this.results.of(place, job));
		if (this.audit.mayRead(who)) {
			model.addAttribute("history", JobHistory.of(this.audit, place, jobId));
		}
		return "jobs/detail";
	}

	/**
	 * An old bookmark: the job's page in the place that holds it (301), a choice when
	 * several do, the not-found page when none does. A place that cannot be asked makes
	 * the answer unknown unless another holds the job.
	 */
	@GetMapping("/jobs/{jobId}")
	ModelAndView oldBookmark(@PathVariable String jobId) {
		List<Place> holding = new ArrayList<>();
		MacieException unknown = null;
		for (Place place : this.macie.places()) {
			try {
				describe(place, jobId);
				holding.add(place);
			}
			catch (JobNotFoundException ex) {
				// not in this place
			}
			catch (MacieException ex) {
				unknown = ex;
			}
		}
		if (holding.size() == 1) {
			RedirectView moved = new RedirectView(JobLinks.job(holding.get(0), jobId), true);
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			moved.setPropagateQueryParams(true);
			return new ModelAndView(moved);
		}
		if (holding.isEmpty() && unknown != null) {
			throw unknown;
		}
		if (holding.isEmpty()) {
			throw new JobNotFoundException(jobId);
		}
		ModelAndView choice = new ModelAndView("jobs/choose-place");
		choice.addObject("jobId", jobId);
		choice.addObject("choices",
				holding.stream().map((place) -> new PlaceChoice(place, JobLinks.job(place, jobId))).toList());
		return choice;
	}

	/**
	 * The refreshing part; {@code shown} is the status the page showed, to announce a
	 * change.
	 */
	@HxRequest
	@GetMapping(JobPaths.JOB + "/live")
	ModelAndView live(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId,
			@RequestParam(required = false) JobStatus shown) {
		Place place = place(accountId, region, jobId);
		try {
			Job job = this.watcher
				.latest(new WatchedJob(place, jobId), this.properties.refreshInterval(), () -> describe(place, jobId))
				.valueOrThrow();
			return new ModelAndView("jobs/detail :: live-update", "live", liveView(place, job, shown));
		}
		catch (MacieException ex) {
			// htmx keeps the last state on screen; live-errors.js shows this and backs
			// off
			ModelAndView failed = new ModelAndView("jobs/detail :: refresh-failed", "message", ex.getMessage());
			failed.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			return failed;
		}
	}

	/**
	 * The job's event stream: an event for each observation of the watcher, on which the
	 * page asks for its live part.
	 */
	@GetMapping(path = JobPaths.JOB + "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId) {
		Place place = place(accountId, region, jobId);
		return this.streams.open(new WatchedJob(place, jobId), this.properties.refreshInterval(),
				() -> describe(place, jobId));
	}

	/** Without htmx the refreshing part is the whole page. */
	@GetMapping(JobPaths.JOB + "/live")
	String liveWithoutHtmx() {
		return "redirect:" + JobPaths.JOB;
	}

	/**
	 * An action's first POST (without JavaScript's dialog) asks for confirmation; the
	 * confirmed one acts. Every POST that does not end on the confirmation step writes
	 * one audit line with its outcome, also when it fails before reaching Macie's
	 * UpdateClassificationJob.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping(JobPaths.JOB + "/{action:pause|resume|cancel}")
	String act(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId,
			@PathVariable("action") String path, @RequestParam(defaultValue = "false") boolean confirmed,
			Authentication who, Model model, RedirectAttributes redirect) {
		JobAction action = JobAction.fromPath(path).orElseThrow();
		AuditAction audited = AuditAction.valueOf(action.name());
		Job job;
		// null while the place is not known to be configured (the trail then names none)
		Place place = null;
		try {
			place = place(accountId, region, jobId);
			job = describe(place, jobId);
		}
		catch (JobNotFoundException ex) {
			this.audit.refused(who, audited, JobRef.of(place, jobId, null), "There is no such job.",
					failed(MacieException.Kind.NOT_FOUND));
			throw ex;
		}
		catch (MacieException ex) {
			this.audit.refused(who, audited, JobRef.of(place, jobId, null), ex.getMessage(), failed(ex.kind()));
			throw ex;
		}
		JobRef ref = JobRef.of(place, job.jobId(), job.name());
		if (!action.change().isAllowedFrom(job.status())) {
			String message = "This job is now " + job.status().label() + ", so it cannot be " + action.past() + ".";
			this.audit.refused(who, audited, ref, message, "refused: job is " + job.status().name());
			redirect.addFlashAttribute("flashError", message + " The page shows its current state.");
			return "redirect:" + JobPaths.JOB;
		}
		if (!confirmed) {
			model.addAttribute("job", job);
			model.addAttribute("jobUrl", JobLinks.job(place, jobId));
			model.addAttribute("action", action);
			return "jobs/confirm";
		}
		AuditTrail.Attempt attempt;
		try {
			attempt = this.audit.attempt(who, audited, ref, null);
		}
		catch (AuditUnavailableException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:" + JobPaths.JOB;
		}
		try {
			this.macie.changeStatus(place, jobId, action.change());
		}
		catch (MacieException ex) {
			// Macie may have changed the job all the same
			this.refreshes.refresh(new WatchedJob(place, jobId));
			if (ex.kind() == MacieException.Kind.UNAVAILABLE) {
				attempt.unknown(ex.getMessage(), failed(ex.kind()));
			}
			else {
				attempt.refused(ex.getMessage(), failed(ex.kind()));
			}
			redirect.addFlashAttribute("flashError", "Macie did not " + action.verb() + " the job: " + ex.getMessage());
			return "redirect:" + JobPaths.JOB;
		}
		attempt.done(null, "ok");
		// every viewer of the job sees the change at once
		this.refreshes.refresh(new WatchedJob(place, jobId));
		redirect.addFlashAttribute("flash", action.doneMessage());
		return "redirect:" + JobPaths.JOB;
	}

	@ExceptionHandler(JobNotFoundException.class)
	ModelAndView notFound(JobNotFoundException ex) {
		return JobPages.notFound(ex.jobId());
	}

	@ExceptionHandler(MacieException.class)
	ModelAndView macieFailed(MacieException ex, HttpServletRequest request) {
		// the job page, also when an action failed: only a configured place and ids that
		// could be job ids (MacieJobs.findJob) reach Macie
		Map<?, ?> pathVariables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return JobPages.unavailable(ex, retryUrl((String) pathVariables.get("accountId"),
				(String) pathVariables.get("region"), (String) pathVariables.get("jobId")));
	}

	/** The job page again: of its place, or looked up when the place is not known. */
	private String retryUrl(String accountId, String region, String jobId) {
		if (accountId != null) {
			try {
				Optional<Place> place = this.macie.place(accountId, region);
				if (place.isPresent()) {
					return JobLinks.job(place.get(), jobId);
				}
			}
			catch (MacieException ex) {
				// the places themselves are unknown: the lookup says so again
			}
		}
		return JobLinks.lookup(jobId);
	}

	private static String failed(MacieException.Kind kind) {
		return "failed: " + kind.name();
	}

	/** The configured place; any other is a job the dashboard does not know. */
	private Place place(String accountId, String region, String jobId) {
		return this.macie.place(accountId, region).orElseThrow(() -> new JobNotFoundException(jobId));
	}

	private Job describe(Place place, String jobId) {
		return this.macie.findJob(place, jobId).orElseThrow(() -> new JobNotFoundException(jobId));
	}

	private JobLiveView liveView(Place place, Job job, JobStatus shown) {
		Instant now = this.clock.instant();
		return JobLiveView.of(place, job, now, shown, this.properties.refreshInterval(),
				this.histories.of(place, job, now));
	}

	/** What the watcher reads for the job page: one job. */
	private record WatchedJob(Place place, String jobId) {
	}

	/** A place that holds the id of an old bookmark, and where its job's page is. */
	record PlaceChoice(Place place, String url) {
	}

}
