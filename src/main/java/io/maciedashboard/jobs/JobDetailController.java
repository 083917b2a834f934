package io.maciedashboard.jobs;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.audit.AuditAction;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.AuditUnavailableException;
import io.maciedashboard.audit.JobRef;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job page ({@code /jobs/{jobId}}): what a job is doing, what it scans, and pause /
 * resume / cancel for operators. The status part refreshes through htmx while the job can
 * still change.
 */
@Controller
@RequestMapping("/jobs/{jobId}")
@EnableConfigurationProperties(JobPageProperties.class)
class JobDetailController {

	/**
	 * Macie's job ids are 32 hex digits; what looks nothing like an id is not sent to
	 * Macie.
	 */
	private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

	private final MacieJobs macie;

	private final AuditTrail audit;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	private final JobPageProperties properties;

	private final JobScopeLookups scopes;

	JobDetailController(MacieJobs macie, AuditTrail audit, Clock clock, JobPageProperties properties,
			JobScopeLookups scopes) {
		this.macie = macie;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.scopes = scopes;
	}

	@GetMapping
	String page(@PathVariable String jobId, Model model, Authentication who) {
		Job job = describe(jobId);
		model.addAttribute("view", new JobPageView(liveView(job, null), this.scopes.scopeOf(job.definition())));
		if (this.audit.mayRead(who)) {
			model.addAttribute("history", JobHistory.of(this.audit, jobId));
		}
		return "jobs/detail";
	}

	/**
	 * The refreshing part; {@code shown} is the status the page showed, to announce a
	 * change.
	 */
	@HxRequest
	@GetMapping("/live")
	ModelAndView live(@PathVariable String jobId, @RequestParam(required = false) JobStatus shown) {
		try {
			return new ModelAndView("jobs/detail :: live-update", "live", liveView(describe(jobId), shown));
		}
		catch (MacieException ex) {
			// htmx keeps the last state on screen; live-errors.js shows this and backs
			// off
			ModelAndView failed = new ModelAndView("jobs/detail :: refresh-failed", "message", ex.getMessage());
			failed.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			return failed;
		}
	}

	/** Without htmx the refreshing part is the whole page. */
	@GetMapping("/live")
	String liveWithoutHtmx(@PathVariable String jobId) {
		return "redirect:/jobs/{jobId}";
	}

	/**
	 * An action's first POST (without JavaScript's dialog) asks for confirmation; the
	 * confirmed one acts. Every POST that does not end on the confirmation step writes
	 * one audit line with its outcome, also when it fails before reaching Macie's
	 * UpdateClassificationJob.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/{action:pause|resume|cancel}")
	String act(@PathVariable String jobId, @PathVariable("action") String path,
			@RequestParam(defaultValue = "false") boolean confirmed, Authentication who, Model model,
			RedirectAttributes redirect) {
		JobAction action = JobAction.fromPath(path).orElseThrow();
		AuditAction audited = AuditAction.valueOf(action.name());
		Job job;
		try {
			job = describe(jobId);
		}
		catch (JobNotFoundException ex) {
			this.audit.refused(who, audited, JobRef.id(jobId), "There is no such job.",
					failed(MacieException.Kind.NOT_FOUND));
			throw ex;
		}
		catch (MacieException ex) {
			this.audit.refused(who, audited, JobRef.id(jobId), ex.getMessage(), failed(ex.kind()));
			throw ex;
		}
		JobRef ref = new JobRef(job.jobId(), job.name(), job.jobArn());
		if (!action.change().isAllowedFrom(job.status())) {
			String message = "This job is now " + job.status().label() + ", so it cannot be " + action.past() + ".";
			this.audit.refused(who, audited, ref, message, "refused: job is " + job.status().name());
			redirect.addFlashAttribute("flashError", message + " The page shows its current state.");
			return "redirect:/jobs/{jobId}";
		}
		if (!confirmed) {
			model.addAttribute("job", job);
			model.addAttribute("action", action);
			return "jobs/confirm";
		}
		AuditTrail.Attempt attempt;
		try {
			attempt = this.audit.attempt(who, audited, ref, null);
		}
		catch (AuditUnavailableException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/jobs/{jobId}";
		}
		try {
			this.macie.changeStatus(jobId, action.change());
		}
		catch (MacieException ex) {
			if (ex.kind() == MacieException.Kind.UNAVAILABLE) {
				attempt.unknown(ex.getMessage(), failed(ex.kind()));
			}
			else {
				attempt.refused(ex.getMessage(), failed(ex.kind()));
			}
			redirect.addFlashAttribute("flashError", "Macie did not " + action.verb() + " the job: " + ex.getMessage());
			return "redirect:/jobs/{jobId}";
		}
		attempt.done(null, "ok");
		redirect.addFlashAttribute("flash", action.doneMessage());
		return "redirect:/jobs/{jobId}";
	}

	@ExceptionHandler(JobNotFoundException.class)
	ModelAndView notFound(JobNotFoundException ex) {
		ModelAndView page = new ModelAndView("jobs/not-found", "jobId", ex.jobId);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(MacieException.class)
	ModelAndView macieFailed(MacieException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("jobs/unavailable", "message", ex.getMessage());
		// the job page, also when an action failed: only ids that passed JOB_ID reach
		// Macie
		Map<?, ?> pathVariables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		page.addObject("retryUrl", "/jobs/" + pathVariables.get("jobId"));
		page.setStatus((ex.kind() == MacieException.Kind.UNAVAILABLE || ex.kind() == MacieException.Kind.THROTTLED)
				? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY);
		return page;
	}

	private static String failed(MacieException.Kind kind) {
		return "failed: " + kind.name();
	}

	private Job describe(String jobId) {
		if (!JOB_ID.matcher(jobId).matches()) {
			throw new JobNotFoundException(jobId);
		}
		try {
			return this.macie.describeJob(jobId);
		}
		catch (MacieException ex) {
			// Macie refuses an id it cannot parse as it refuses one it does not know:
			// neither is a job
			if (ex.kind() == MacieException.Kind.NOT_FOUND || ex.kind() == MacieException.Kind.VALIDATION) {
				throw new JobNotFoundException(jobId);
			}
			throw ex;
		}
	}

	private JobLiveView liveView(Job job, JobStatus shown) {
		return JobLiveView.of(job, this.clock.instant(), shown, this.properties.refreshInterval());
	}

	static final class JobNotFoundException extends RuntimeException {

		private final String jobId;

		JobNotFoundException(String jobId) {
			super("No job " + jobId, null, false, false);
			this.jobId = jobId;
		}

	}

}
