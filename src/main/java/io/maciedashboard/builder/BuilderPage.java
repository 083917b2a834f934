package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.maciedashboard.builder.BuilderView.BucketPreview;
import io.maciedashboard.builder.BuilderView.CreateProblem;
import io.maciedashboard.builder.BuilderView.JobReview;
import io.maciedashboard.builder.BuilderView.Preview;
import io.maciedashboard.builder.BuilderView.Search;
import io.maciedashboard.macie.Bucket;
import io.maciedashboard.macie.BucketPage;
import io.maciedashboard.macie.BucketQuery;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.Place;

import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;

/**
 * Builds the {@link BuilderView} of a page or section about to be rendered, asking Macie
 * for what it shows. A Macie failure never loses the form: the part that needs Macie says
 * why instead.
 */
@Component
class BuilderPage {

	/** Enough for any real account; a larger inventory is previewed from its start. */
	private static final int MAX_INVENTORY_PAGES = 200;

	private final MacieJobs macie;

	BuilderPage(MacieJobs macie) {
		this.macie = macie;
	}

	/**
	 * The form. The bucket part's problems are shown only when asked (a "Preview" without
	 * JavaScript), so that half-typed rows do not nag; otherwise they hide the preview.
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
		Place place = place(form.place);
		BucketPreview matches = null;
		try {
			matches = preview(place, request.definition().buckets());
		}
		catch (MacieException ex) {
			// the review still shows the job; only the estimate is missing
		}
		return new BuilderView(catalog, search(form),
				new Preview(matches, (matches != null) ? null : "The bucket inventory could not be read."),
				new JobReview(place, request, matches), notice, problem, null);
	}

	/** Only what one section (an htmx fragment) needs. */
	BuilderView section(JobForm form, String section) {
		boolean searches = section.equals("buckets") || section.equals("bucketPicker");
		boolean previews = section.equals("buckets") || section.equals("preview");
		return new BuilderView(null, searches ? search(form) : new Search(List.of(), null),
				previews ? preview(form, new DirectFieldBindingResult(form, "jobForm")) : new Preview(null, null), null,
				null, null, null);
	}

	/** The place with this key, or the default place when none has it. */
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

	/** The first page of inventory buckets matching the search text (all when blank). */
	private Search search(JobForm form) {
		String text = JobFormReader.trim(form.bucketSearch);
		BucketQuery query = new BucketQuery(List.of(),
				(text.isEmpty() || text.length() > JobFormReader.SEARCH_LENGTH) ? null : text,
				MacieLimits.BUCKETS_PER_PAGE, null);
		try {
			return new Search(this.macie.describeBuckets(place(form.place), query).buckets(), null);
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
			return new Preview(preview(place(form.place), buckets), null);
		}
		catch (MacieException ex) {
			return new Preview(null, "The bucket inventory could not be read: " + ex.getMessage());
		}
	}

	/** What the scope matches in the inventory (in its first pages when it is huge). */
	private BucketPreview preview(Place place, BucketScope scope) {
		SpecificBuckets specific = (scope instanceof SpecificBuckets buckets) ? buckets : null;
		List<String> accountIds = (specific != null)
				? specific.accounts().stream().map(AccountBuckets::accountId).toList() : List.of();
		List<Bucket> inventory = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			BucketPage page = this.macie.describeBuckets(place,
					new BucketQuery(accountIds, null, MacieLimits.BUCKETS_PER_PAGE, token));
			inventory.addAll(page.buckets());
			token = page.nextToken();
		}
		while (token != null && ++pages < MAX_INVENTORY_PAGES);
		boolean partial = token != null;
		if (specific == null) {
			return summary(BucketCriteriaMatcher.filter((BucketCriteria) scope, inventory), List.of(), partial, true);
		}
		Set<String> wanted = new LinkedHashSet<>();
		specific.accounts()
			.forEach((account) -> account.buckets()
				.forEach((name) -> wanted.add(account.accountId() + JobFormReader.ACCOUNT_BUCKET_SEPARATOR + name)));
		List<Bucket> found = inventory.stream()
			.filter((bucket) -> wanted
				.remove(bucket.accountId() + JobFormReader.ACCOUNT_BUCKET_SEPARATOR + bucket.name()))
			.toList();
		return summary(found, List.copyOf(wanted), partial, false);
	}

	private static BucketPreview summary(List<Bucket> buckets, List<String> notInInventory, boolean partial,
			boolean criteria) {
		List<Bucket> first = buckets.stream()
			.sorted(Comparator.comparing(Bucket::name).thenComparing(Bucket::accountId))
			.limit(BucketPreview.FIRST_BUCKETS)
			.toList();
		return new BucketPreview(buckets.size(), first, buckets.stream().mapToLong(Bucket::sizeInBytes).sum(),
				buckets.stream().mapToLong(Bucket::classifiableSizeInBytes).sum(), notInInventory, partial, criteria);
	}

}
