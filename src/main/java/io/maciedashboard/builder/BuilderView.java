package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.macie.Bucket;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.web.ScopeSentences;

/**
 * Everything the builder page (or one of its sections) shows besides the form itself,
 * built only for a page about to be rendered. Parts a section does not show are null.
 *
 * @param catalog Macie's identifiers and allow lists
 * @param search the inventory search
 * @param preview what the bucket selection matches now, or why there is no preview
 * @param review the reviewed job, or null before review
 * @param notice something to know about this form (a copy, a changed job), or null
 * @param problem why "Create" did not create the job, or null
 * @param createdClientTokens for a form drawn from scratch (not from a post), which the
 * browser may fill with a draft it kept: the client tokens that created jobs in this
 * session, space-separated (a draft with one of them was submitted); otherwise null
 */
public record BuilderView(IdentifierCatalog catalog, Search search, Preview preview, JobReview review, String notice,
		CreateProblem problem, String createdClientTokens) {

	private static final ScopeSentences SENTENCES = new ScopeSentences();

	BuilderView drawnFromScratch(CreatedJobs created) {
		return new BuilderView(this.catalog, this.search, this.preview, this.review, this.notice, this.problem,
				String.join(" ", created.clientTokens()));
	}

	public BuilderOptions options() {
		return BuilderOptions.INSTANCE;
	}

	public MacieLimits limits() {
		return MacieLimits.INSTANCE;
	}

	public ScopeSentences sentences() {
		return SENTENCES;
	}

	/** The inventory search's buckets, or why the inventory could not be searched. */
	public record Search(List<Bucket> buckets, String error) {
	}

	/** What the bucket selection matches now, or the hint why there is no preview. */
	public record Preview(BucketPreview matches, String hint) {
	}

}
