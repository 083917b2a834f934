package io.maciedashboard.builder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.maciedashboard.macie.CreatedJob;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.security.AuditLog;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job builder, {@code /jobs/new}: one form posted back to itself. Each button says
 * what it wants in {@code action}; a plain post answers with the whole page, an htmx post
 * with the section that changed. Nothing is sent to Macie before the form passes every
 * check and was reviewed.
 */
@Controller
@RequestMapping("/jobs/new")
class JobBuilderController {

	static final String VIEW = "builder/form";

	private static final Pattern CLIENT_TOKEN = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final int MAX_NAME = 500;

	private final MacieJobs macie;

	private final JobFormValidator validator;

	private final BuilderPage page;

	private final AuditLog auditLog;

	JobBuilderController(MacieJobs macie, JobFormValidator validator, BuilderPage page, AuditLog auditLog) {
		this.macie = macie;
		this.validator = validator;
		this.page = page;
		this.auditLog = auditLog;
	}

	@InitBinder("jobForm")
	void limitRows(WebDataBinder binder) {
		// indexes beyond this are refused by the binder (a field error), never grown into
		// memory
		binder.setAutoGrowCollectionLimit(FormRows.MAX_ROWS);
	}

	@GetMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String newJob(@RequestParam(required = false) String copyOf, Model model) {
		JobForm form = (copyOf != null) ? copy(copyOf, model) : new JobForm();
		form.setClientToken(newClientToken());
		model.addAttribute("jobForm", form);
		this.page.fill(model, form);
		return VIEW;
	}

	private JobForm copy(String jobId, Model model) {
		if (!JOB_ID.matcher(jobId).matches()) {
			model.addAttribute("notice", "There is no job with that id, so the form starts empty.");
			return new JobForm();
		}
		try {
			JobForm form = JobFormMapper.toForm(this.macie.describeJob(jobId).definition());
			String name = "Copy of " + form.getName();
			form.setName((name.length() > MAX_NAME) ? name.substring(0, MAX_NAME) : name);
			model.addAttribute("notice", "This form is a copy of job " + jobId + ". Check it, then review and create.");
			return form;
		}
		catch (MacieException ex) {
			model.addAttribute("notice",
					(ex.kind() == MacieException.Kind.NOT_FOUND)
							? "There is no job with the id " + jobId + ", so the form starts empty."
							: "The job to copy could not be read (" + ex.getMessage() + "), so the form starts empty.");
			return new JobForm();
		}
	}

	/** htmx: only the section the action changed. */
	@HxRequest
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String section(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, Authentication who,
			RedirectAttributes redirect) {
		FormAction parsed = FormAction.parse(action);
		String section = parsed.section();
		if (section == null) {
			return submit(form, binding, action, model, who, redirect);
		}
		keepClientToken(form);
		applyRowChange(form, parsed);
		this.page.fillSection(model, form, section);
		return VIEW + " :: " + section;
	}

	/**
	 * Without JavaScript: every button posts the whole form and gets the whole page back.
	 */
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String submit(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, Authentication who,
			RedirectAttributes redirect) {
		keepClientToken(form);
		FormAction parsed = FormAction.parse(action);
		switch (parsed.kind()) {
			case REVIEW -> {
				return review(form, binding, model);
			}
			case CREATE -> {
				return create(form, binding, model, who, redirect);
			}
			default -> applyRowChange(form, parsed);
		}
		this.page.fill(model, form);
		if (parsed.kind() == FormAction.Kind.PREVIEW) {
			this.page.showBucketProblems(form, binding);
		}
		return VIEW;
	}

	/**
	 * A forged post naming a row far beyond what the page ever shows (the binder refuses
	 * to grow a list that far): the form cannot be read, so the page starts again and
	 * says why. Binding runs before the role check, so the role is checked here.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String unreadableForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!request.isUserInRole("OPERATOR")) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "error/403";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		JobForm form = new JobForm();
		form.setClientToken(newClientToken());
		model.addAttribute("jobForm", form);
		model.addAttribute("notice", "The form sent more rows than the builder allows (" + FormRows.MAX_ROWS
				+ " per list) and could not be read. Please start again.");
		this.page.fill(model, form);
		return VIEW;
	}

	private static void applyRowChange(JobForm form, FormAction action) {
		if (action.kind() == FormAction.Kind.ADD) {
			FormRows.add(form, action.list());
		}
		else if (action.kind() == FormAction.Kind.REMOVE) {
			FormRows.remove(form, action.list(), action.index());
		}
	}

	private String review(JobForm form, BindingResult binding, Model model) {
		IdentifierCatalog catalog = this.page.fill(model, form);
		this.validator.validate(form, binding, catalog);
		if (binding.hasErrors()) {
			return VIEW;
		}
		showReview(form, model);
		return VIEW;
	}

	private String create(JobForm form, BindingResult binding, Model model, Authentication who,
			RedirectAttributes redirect) {
		IdentifierCatalog catalog = this.page.fill(model, form);
		this.validator.validate(form, binding, catalog);
		if (binding.hasErrors()) {
			return VIEW;
		}
		JobDefinition definition = JobFormMapper.toDefinition(form);
		String requestJson = this.macie.createJobRequestJson(definition, form.getClientToken());
		if (!fingerprint(requestJson).equals(form.getReviewedFingerprint())) {
			model.addAttribute("notice", "The job changed since you last reviewed it. Check it again, then create it.");
			showReview(form, model);
			return VIEW;
		}
		try {
			CreatedJob created = this.macie.createJob(definition, form.getClientToken());
			this.auditLog.record(who, "CREATE", created.jobId(), "ok");
			redirect.addFlashAttribute("flash", "Job \"" + definition.name() + "\" created.");
			return "redirect:/jobs/" + created.jobId();
		}
		catch (MacieException ex) {
			this.auditLog.record(who, "CREATE", null, "failed: " + ex.kind().name());
			model.addAttribute("macieError", ex.getMessage());
			showReview(form, model);
			return VIEW;
		}
	}

	private void showReview(JobForm form, Model model) {
		JobDefinition definition = JobFormMapper.toDefinition(form);
		String requestJson = this.macie.createJobRequestJson(definition, form.getClientToken());
		form.setReviewedFingerprint(fingerprint(requestJson));
		model.addAttribute("review", this.page.review(definition, requestJson));
	}

	private static void keepClientToken(JobForm form) {
		if (form.getClientToken() == null || !CLIENT_TOKEN.matcher(form.getClientToken()).matches()) {
			form.setClientToken(newClientToken());
		}
	}

	private static String newClientToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Identifies the exact request that was reviewed, so that only that request is
	 * created.
	 */
	static String fingerprint(String requestJson) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(requestJson.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
