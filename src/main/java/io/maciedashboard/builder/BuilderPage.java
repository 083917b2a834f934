package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.web.ScopeSentences;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * Everything the builder page shows besides the form itself: the choices, Macie's
 * identifiers and allow lists, the bucket inventory search, the live preview and the
 * review. A Macie failure here never loses the form: the part that needs Macie shows the
 * reason instead.
 */
@Component
class BuilderPage {

	private static final ScopeSentences SENTENCES = new ScopeSentences();

	private final MacieJobs macie;

	private final BucketInventory inventory;

	private final JobFormValidator validator;

	BuilderPage(MacieJobs macie, BucketInventory inventory, JobFormValidator validator) {
		this.macie = macie;
		this.inventory = inventory;
		this.validator = validator;
	}

	/** The whole page; returns the identifier catalog used (for validation). */
	IdentifierCatalog fill(Model model, JobForm form) {
		IdentifierCatalog catalog = catalog();
		model.addAttribute("options", BuilderOptions.INSTANCE);
		model.addAttribute("sentences", SENTENCES);
		model.addAttribute("catalog", catalog);
		fillBucketSearch(model, form);
		fillPreview(model, form);
		return catalog;
	}

	/** Only what one section (an htmx fragment) needs. */
	void fillSection(Model model, JobForm form, String section) {
		model.addAttribute("options", BuilderOptions.INSTANCE);
		switch (section) {
			case "buckets", "bucketPicker" -> {
				fillBucketSearch(model, form);
				fillPreview(model, form);
			}
			case "preview" -> fillPreview(model, form);
			default -> {
				// tags and object scope need nothing from Macie
			}
		}
	}

	/**
	 * After an explicit "Preview" without JavaScript, the bucket part's problems are
	 * shown beside its fields. On any other redraw they only keep the preview from being
	 * drawn, so that half-typed rows do not nag.
	 */
	void showBucketProblems(JobForm form, BindingResult binding) {
		this.validator.validateBuckets(form, binding);
	}

	JobReview review(JobDefinition definition, String requestJson) {
		BucketPreview preview = null;
		try {
			preview = this.inventory.preview(definition.buckets());
		}
		catch (MacieException ex) {
			// the review still shows the job and its request; only the estimate is
			// missing
		}
		Long bytesToScan = (preview != null && definition.buckets() instanceof SpecificBuckets)
				? preview.classifiableSizeInBytes()
						* ((definition.samplingPercentage() != null) ? definition.samplingPercentage() : 100) / 100
				: null;
		return new JobReview(definition, requestJson, preview, bytesToScan);
	}

	private IdentifierCatalog catalog() {
		try {
			return new IdentifierCatalog(this.macie.managedDataIdentifiers(), this.macie.customDataIdentifiers(),
					this.macie.allowLists(), null);
		}
		catch (MacieException ex) {
			return IdentifierCatalog.unavailable(ex.getMessage());
		}
	}

	private void fillBucketSearch(Model model, JobForm form) {
		try {
			model.addAttribute("bucketResults", this.inventory.search(form.getBucketSearch()));
		}
		catch (MacieException ex) {
			model.addAttribute("bucketResults", List.of());
			model.addAttribute("inventoryError", ex.getMessage());
		}
	}

	private void fillPreview(Model model, JobForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "jobForm");
		this.validator.validateBuckets(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("previewHint",
					form.isSpecificBuckets() ? "Choose or type valid buckets to see what the job would analyse."
							: "Complete the conditions to see which buckets they match now.");
			return;
		}
		try {
			model.addAttribute("preview", this.inventory.preview(JobFormMapper.bucketScope(form)));
		}
		catch (MacieException ex) {
			model.addAttribute("previewHint", "The bucket inventory could not be read: " + ex.getMessage());
		}
	}

}
