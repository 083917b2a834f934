package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.builder.BuilderView.Preview;
import io.maciedashboard.builder.BuilderView.Search;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;

import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;

/**
 * Builds the builder's {@link BuilderView}: Macie's identifiers and allow lists, the
 * bucket inventory search, the live preview and the review. Only called for a page or
 * section about to be rendered. A Macie failure here never loses the form: the part that
 * needs Macie shows the reason instead.
 */
@Component
class BuilderPage {

	private final MacieJobs macie;

	private final BucketInventory inventory;

	BuilderPage(MacieJobs macie, BucketInventory inventory) {
		this.macie = macie;
		this.inventory = inventory;
	}

	/**
	 * The form. The bucket part's problems are shown beside its fields only when asked
	 * (an explicit "Preview" without JavaScript); otherwise they only keep the preview
	 * from being drawn, so that half-typed rows do not nag.
	 */
	BuilderView form(JobForm form, IdentifierCatalog catalog, Errors errors, boolean showBucketProblems, String notice,
			CreateProblem problem) {
		return new BuilderView(catalog, search(form),
				preview(form, showBucketProblems ? errors : new DirectFieldBindingResult(form, "jobForm")), null,
				notice, problem, null);
	}

	/** The form with the review of its request on top; the preview is the review's. */
	BuilderView review(JobForm form, CreateJobRequest request, IdentifierCatalog catalog, String notice,
			CreateProblem problem) {
		JobReview review = review(place(form.place), request);
		return new BuilderView(catalog, search(form),
				new Preview(review.preview(),
						(review.preview() != null) ? null : "The bucket inventory could not be read."),
				review, notice, problem, null);
	}

	/** Only what one section (an htmx fragment) needs. */
	BuilderView section(JobForm form, String section) {
		boolean searches = section.equals("buckets") || section.equals("bucketPicker");
		boolean previews = section.equals("buckets") || section.equals("preview");
		return new BuilderView(null, searches ? search(form) : new Search(List.of(), null),
				previews ? preview(form, new DirectFieldBindingResult(form, "jobForm")) : new Preview(null, null), null,
				null, null, null);
	}

	/**
	 * The place the job is made in: the one with this key, or the default place when the
	 * key names none that is configured.
	 */
	Place place(String key) {
		List<Place> places = this.macie.places();
		return places.stream().filter((place) -> place.key().equals(key)).findFirst().orElse(places.get(0));
	}

	/** The places a job can be made in, for the place select. */
	List<Choice> placeChoices() {
		return this.macie.places()
			.stream()
			.map((place) -> new Choice(place.key(),
					place.name().equals(place.label()) ? place.label() : place.name() + " (" + place.label() + ")"))
			.toList();
	}

	/** Macie's identifiers and allow lists in the form's place. */
	IdentifierCatalog catalog(JobForm form) {
		try {
			Place place = place(form.place);
			return new IdentifierCatalog(this.macie.managedDataIdentifiers(place),
					this.macie.customDataIdentifiers(place), this.macie.allowLists(place), null);
		}
		catch (MacieException ex) {
			return IdentifierCatalog.unavailable(ex.getMessage());
		}
	}

	private JobReview review(Place place, CreateJobRequest request) {
		JobDefinition definition = request.definition();
		BucketPreview preview = null;
		try {
			preview = this.inventory.preview(place, definition.buckets());
		}
		catch (MacieException ex) {
			// the review still shows the job and its request; only the estimate is
			// missing
		}
		Long bytesToScan = (preview != null && definition.buckets() instanceof SpecificBuckets)
				? preview.classifiableSizeInBytes()
						* ((definition.samplingPercentage() != null) ? definition.samplingPercentage() : 100) / 100
				: null;
		return new JobReview(place, request, preview, bytesToScan);
	}

	private Search search(JobForm form) {
		try {
			return new Search(this.inventory.search(place(form.place), form.bucketSearch), null);
		}
		catch (MacieException ex) {
			return new Search(List.of(), ex.getMessage());
		}
	}

	private Preview preview(JobForm form, Errors errors) {
		BucketScope buckets = JobFormReader.readBuckets(form, errors);
		if (buckets == null) {
			return new Preview(null,
					form.isSpecificBuckets() ? "Choose or type valid buckets to see what the job would analyse."
							: "Complete the conditions to see which buckets they match now.");
		}
		try {
			return new Preview(this.inventory.preview(place(form.place), buckets), null);
		}
		catch (MacieException ex) {
			return new Preview(null, "The bucket inventory could not be read: " + ex.getMessage());
		}
	}

}
