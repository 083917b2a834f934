package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.maciedashboard.audit.AuditAction;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.AuditUnavailableException;
import io.maciedashboard.audit.JobRef;
import io.maciedashboard.builder.BuilderView.CreateProblem;
import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.CreateOutcome;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.Place;
import io.maciedashboard.web.PlainBindingErrors;

import org.springframework.beans.AbstractNestablePropertyAccessor;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.ServletRequestParameterPropertyValues;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job builder, {@code /jobs/new}: one form posted back to itself, each button naming
 * its {@code action}; a plain post gets the whole page, an htmx post the section it
 * targets. Only a form that reads without a problem and was reviewed is sent to Macie.
 */
@Controller
@RequestMapping("/jobs/new")
class JobBuilderController {

	static final String VIEW = "builder/form";

	/** What a clientToken or job id may be. */
	private static final Pattern TOKEN_OR_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final String UNKNOWN_ACTION = "That button is not one this form knows, so nothing was changed.";

	private static final String NO_SUCH_ROW = "That row is no longer on the form (or the list is full), so nothing was changed.";

	private static final String RESTORED = "What you typed earlier in this tab is back: the page had to be drawn again "
			+ "(for example after signing in again).";

	private final MacieJobs macie;

	private final BuilderPage page;

	private final AuditTrail audit;

	JobBuilderController(MacieJobs macie, BuilderPage page, AuditTrail audit) {
		this.macie = macie;
		this.page = page;
		this.audit = audit;
	}

	/** Every post binds onto a new form, which the binder below gets as its target. */
	@ModelAttribute("jobForm")
	JobForm jobForm() {
		return new JobForm();
	}

	/**
	 * Fields are set directly; lists are bound row by row, never replaced, and never
	 * grown beyond {@link FormAction#MAX_ROWS}. Direct field access ignores the binder's
	 * own limit (spring-framework#36861), so it is set on the accessor.
	 */
	@InitBinder("jobForm")
	static void bindFields(DataBinder binder) {
		binder.setDisallowedFields("tags", "typedBuckets", "bucketIncludes", "bucketExcludes", "objectIncludes",
				"objectExcludes", "*.tagValues");
		binder.initDirectFieldAccess();
		((AbstractNestablePropertyAccessor) ((AbstractPropertyBindingResult) binder.getBindingResult())
			.getPropertyAccessor()).setAutoGrowCollectionLimit(FormAction.MAX_ROWS);
	}

	@GetMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String newJob(@RequestParam(required = false) String copyOf, @RequestParam(required = false) String place,
			Model model, HttpSession session) {
		Place from = this.page.place(place);
		JobForm empty = new JobForm();
		empty.place = from.key();
		if (copyOf == null) {
			return newForm(model, empty, null, session);
		}
		if (!TOKEN_OR_ID.matcher(copyOf).matches()) {
			return newForm(model, empty, "There is no job with that id, so the form starts empty.", session);
		}
		try {
			JobForm form = JobForm.copyOf(this.macie.describeJob(from, copyOf).definition());
			form.place = from.key();
			String name = "Copy of " + form.name;
			form.name = name.substring(0, Math.min(name.length(), MacieLimits.NAME_LENGTH));
			return newForm(model, form, "This form is a copy of job " + copyOf + ". Check it, then review and create.",
					session);
		}
		catch (MacieException ex) {
			return newForm(model, empty,
					(ex.kind() == MacieException.Kind.NOT_FOUND)
							? "There is no job with the id " + copyOf + ", so the form starts empty."
							: "The job to copy could not be read (" + ex.getMessage() + "), so the form starts empty.",
					session);
		}
	}

	/** A form drawn from scratch, which the browser may fill with a draft it kept. */
	private String newForm(Model model, JobForm form, String notice, HttpSession session) {
		form.clientToken = newClientToken();
		return form(model, form, this.page.form(form, this.page.catalog(form), null, false, notice, null)
			.drawnFromScratch(CreatedJobs.of(session)));
	}

	/** Without JavaScript: every button posts the whole form and gets the whole page. */
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String submit(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, Authentication who, HttpSession session,
			RedirectAttributes redirect) {
		FormAction parsed = FormAction.parse(action);
		CreatedJobs created = CreatedJobs.of(session);
		keepClientToken(form, created, parsed.kind() == FormAction.Kind.CREATE);
		return switch (parsed.kind()) {
			case REVIEW -> review(form, binding, model);
			case CREATE -> create(form, binding, model, who, created, redirect);
			default -> redraw(model, form, binding, parsed.kind() == FormAction.Kind.PREVIEW,
					changeNotice(form, parsed), null);
		};
	}

	// htmx: one handler per section a button targets (HX-Target). The BindingResult makes
	// a value the binder cannot convert a field message, not a failed request.

	@HxRequest(target = "section-tags")
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String tags(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, HttpSession session, HtmxResponse htmx) {
		return section("tags", form, action, model, session, htmx);
	}

	@HxRequest(target = "section-buckets")
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String buckets(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, HttpSession session, HtmxResponse htmx) {
		return section("buckets", form, action, model, session, htmx);
	}

	@HxRequest(target = "bucket-picker")
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String bucketPicker(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, HttpSession session, HtmxResponse htmx) {
		return section("bucketPicker", form, action, model, session, htmx);
	}

	@HxRequest(target = "preview")
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String preview(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, HttpSession session, HtmxResponse htmx) {
		return section("preview", form, action, model, session, htmx);
	}

	@HxRequest(target = "section-object-scope")
	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	String objectScope(@ModelAttribute("jobForm") JobForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String action, Model model, HttpSession session, HtmxResponse htmx) {
		return section("objectScope", form, action, model, session, htmx);
	}

	/**
	 * Applies a row change and draws the section; an action foreign to the section, or
	 * one that could not be applied, draws the whole form, saying why.
	 */
	private String section(String section, JobForm form, String action, Model model, HttpSession session,
			HtmxResponse htmx) {
		keepClientToken(form, CreatedJobs.of(session), false);
		FormAction parsed = FormAction.parse(action);
		String notice = changeNotice(form, parsed);
		if (notice != null || !section.equals(parsed.section())) {
			htmx.setRetarget("#job-form");
			htmx.setReswap(HtmxReswap.outerHtml());
			redraw(model, form, null, false, (notice != null) ? notice : UNKNOWN_ACTION, null);
			return VIEW + " :: form";
		}
		model.addAttribute("view", this.page.section(form, section));
		return VIEW + " :: " + section;
	}

	/** Applies a row change; says why when the action could not be applied. */
	private static String changeNotice(JobForm form, FormAction action) {
		return switch (action.kind()) {
			case UNKNOWN -> UNKNOWN_ACTION;
			case RESTORE -> RESTORED;
			default -> action.applyTo(form) ? null : NO_SUCH_ROW;
		};
	}

	/**
	 * A forged post naming a field the form does not have (or a row beyond the limit):
	 * the form is read again without those fields. Binding runs before the role check, so
	 * the role is checked here.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String unreadableFields(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!request.isUserInRole("OPERATOR")) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "error/403";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		MutablePropertyValues values = new ServletRequestParameterPropertyValues(request);
		values.getPropertyValueList().removeIf((value) -> !isReadable(value));
		JobForm form = new JobForm();
		ServletRequestDataBinder binder = binder(form);
		binder.bind(values);
		keepClientToken(form, CreatedJobs.of(request.getSession()), false);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "jobForm", binder.getBindingResult());
		return redraw(model, form, null, false, "The form sent fields it does not have, or more than "
				+ FormAction.MAX_ROWS + " rows in a list; those were left out.", null);
	}

	/** Whether the binder can take this value on its own. */
	private boolean isReadable(PropertyValue value) {
		try {
			binder(new JobForm()).bind(new MutablePropertyValues(new ArrayList<>(List.of(value))));
			return true;
		}
		catch (InvalidPropertyException ex) {
			return false;
		}
	}

	private ServletRequestDataBinder binder(JobForm form) {
		ServletRequestDataBinder binder = new ServletRequestDataBinder(form, "jobForm");
		bindFields(binder);
		PlainBindingErrors.applyTo(binder);
		return binder;
	}

	private String review(JobForm form, BindingResult binding, Model model) {
		JobDefinition definition = JobFormReader.read(form, binding);
		IdentifierCatalog catalog = this.page.catalog(form);
		if (definition != null) {
			JobFormReader.checkReferences(definition, catalog, binding);
		}
		if (binding.hasErrors()) {
			return form(model, form, this.page.form(form, catalog, binding, false, null, null));
		}
		return reviewed(model, form, CreateJobRequest.of(definition, form.clientToken), catalog, null, null);
	}

	private String reviewed(Model model, JobForm form, CreateJobRequest request, IdentifierCatalog catalog,
			String notice, CreateProblem problem) {
		form.reviewedFingerprint = fingerprint(form, request);
		return form(model, form, this.page.review(form, request, catalog, notice, problem));
	}

	private String create(JobForm form, BindingResult binding, Model model, Authentication who, CreatedJobs created,
			RedirectAttributes redirect) {
		JobDefinition definition = JobFormReader.read(form, binding);
		if (definition == null) {
			return redraw(model, form, binding, false, null, null);
		}
		CreateJobRequest request = CreateJobRequest.of(definition, form.clientToken);
		if (!fingerprint(form, request).equals(form.reviewedFingerprint)) {
			return reviewed(model, form, request, this.page.catalog(form),
					"The job changed since you last reviewed it. Check it again, then create it.", null);
		}
		Place place = this.page.place(form.place);
		AuditTrail.Attempt attempt;
		try {
			attempt = this.audit.attempt(who, AuditAction.CREATE, JobRef.of(place, null, definition.name()),
					request.json());
		}
		catch (AuditUnavailableException ex) {
			return reviewed(model, form, request, this.page.catalog(form), null,
					new CreateProblem(CreateProblem.Kind.NOT_CREATED, ex.getMessage(), definition.name(), null));
		}
		CreateOutcome outcome = this.macie.createJob(place, request);
		if (outcome instanceof CreateOutcome.Created job && job.asRequested()) {
			boolean first = created.record(request.clientToken());
			attempt.done(JobRef.of(place, job.jobId(), job.name()), first ? "ok" : "replay");
			redirect.addFlashAttribute("flash",
					(job.name() != null) ? "Job \"" + job.name() + "\" created." : "Job " + job.jobId() + " created.");
			return "redirect:" + place.jobPath(job.jobId());
		}
		if (outcome instanceof CreateOutcome.Created other) {
			attempt.refused(JobRef.of(place, other.jobId(), other.name()),
					"Macie answered with another job made earlier with the same client token: "
							+ ((other.name() != null) ? other.name() + " (" + other.jobId() + ")" : other.jobId()),
					"replay: not the reviewed job");
			return startOver(model, form, binding, new CreateProblem(CreateProblem.Kind.OTHER_JOB, null,
					(other.name() != null) ? other.name() : other.jobId(), place.jobPath(other.jobId())));
		}
		boolean unknown = outcome instanceof CreateOutcome.Unknown;
		MacieException reason = unknown ? ((CreateOutcome.Unknown) outcome).reason()
				: ((CreateOutcome.NotCreated) outcome).reason();
		if (unknown) {
			attempt.unknown(reason.getMessage(), "unknown: " + reason.kind().name());
		}
		else {
			attempt.refused(reason.getMessage(), "failed: " + reason.kind().name());
		}
		if (reason.kind() == MacieException.Kind.CONFLICT) {
			// a token used before for another request: a new one needs a new review
			return startOver(model, form, binding,
					new CreateProblem(CreateProblem.Kind.NOT_CREATED,
							reason.getMessage()
									+ " The form now has a new client token: review the job again, then create it.",
							null, null));
		}
		return reviewed(model, form, request, this.page.catalog(form), null,
				new CreateProblem(unknown ? CreateProblem.Kind.UNKNOWN : CreateProblem.Kind.NOT_CREATED,
						reason.getMessage(), definition.name(), null));
	}

	/** The form drawn again, with Macie's lists of its place. */
	private String redraw(Model model, JobForm form, BindingResult binding, boolean showBucketProblems, String notice,
			CreateProblem problem) {
		return form(model, form,
				this.page.form(form, this.page.catalog(form), binding, showBucketProblems, notice, problem));
	}

	/** The form as a new job (new clientToken, nothing reviewed), saying why. */
	private String startOver(Model model, JobForm form, BindingResult binding, CreateProblem problem) {
		form.clientToken = newClientToken();
		form.reviewedFingerprint = "";
		return redraw(model, form, binding, false, null, problem);
	}

	private String form(Model model, JobForm form, BuilderView view) {
		model.addAttribute("jobForm", form);
		model.addAttribute("places", this.page.placeChoices());
		model.addAttribute("view", view);
		return VIEW;
	}

	/**
	 * Replaces a missing or malformed clientToken, or one that created a job (the form is
	 * now a new job); a create keeps it, so that a retry gets the job the first created.
	 */
	private static void keepClientToken(JobForm form, CreatedJobs created, boolean creating) {
		String token = form.clientToken;
		if (token == null || !TOKEN_OR_ID.matcher(token).matches() || (!creating && created.contains(token))) {
			form.clientToken = newClientToken();
		}
	}

	private static String newClientToken() {
		return UUID.randomUUID().toString();
	}

	/** What the review showed: the request and its place (another place: another job). */
	private String fingerprint(JobForm form, CreateJobRequest request) {
		return this.page.place(form.place).key() + " " + request.fingerprint();
	}

}
