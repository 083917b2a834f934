package io.maciedashboard.builder;

import java.util.List;

import io.maciedashboard.macie.Bucket;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.Place;
import io.maciedashboard.web.ScopeSentences;

/**
 * What the builder page (or one of its sections) shows besides the form; parts a section
 * does not show are null.
 *
 * @param review the reviewed job, or null before review
 * @param notice something to know about this form (a copy, a changed job), or null
 * @param problem why "Create" did not create the job, or null
 * @param createdClientTokens for a form drawn from scratch, which the browser may fill
 * with a draft it kept: the space-separated client tokens that created jobs in this
 * session (such a draft was submitted); otherwise null
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

	/**
	 * What a bucket selection matches in Macie's inventory now.
	 *
	 * @param notInInventory specific buckets ("account/name") the inventory does not know
	 * @param partial whether the inventory was too large to read in full
	 * @param criteria whether the selection is criteria (evaluated again at every run)
	 */
	public record BucketPreview(int matchCount, List<Bucket> firstBuckets, long sizeInBytes,
			long classifiableSizeInBytes, List<String> notInInventory, boolean partial, boolean criteria) {

		static final int FIRST_BUCKETS = 10;

	}

	/**
	 * The job as it will be created, its request, and an estimate of the data to scan.
	 *
	 * @param preview what the buckets match now; null when the inventory was unreadable
	 */
	public record JobReview(Place place, CreateJobRequest request, BucketPreview preview) {

		/** The AWS CLI command that creates the same job in the same place. */
		public String cliCommand() {
			return "aws macie2 create-classification-job --region " + this.place.region()
					+ " --cli-input-json file://job.json";
		}

		/**
		 * Classifiable bytes of the chosen buckets times the sampling depth; null for
		 * bucket criteria (decided again at every run) or without a preview.
		 */
		public Long bytesToScan() {
			JobDefinition job = this.request.definition();
			if (this.preview == null || !(job.buckets() instanceof SpecificBuckets)) {
				return null;
			}
			int sampling = (job.samplingPercentage() != null) ? job.samplingPercentage() : 100;
			return this.preview.classifiableSizeInBytes() * sampling / 100;
		}

	}

	/**
	 * Why "Create" did not surely create the job.
	 *
	 * @param jobName the name to look for (UNKNOWN) or of the job Macie answered with
	 * (OTHER_JOB)
	 * @param jobUrl the page of the job Macie answered with (OTHER_JOB), otherwise null
	 */
	public record CreateProblem(Kind kind, String message, String jobName, String jobUrl) {

		public enum Kind {

			/** Macie refused: nothing was created. */
			NOT_CREATED,
			/** Macie did not answer: the job may exist. */
			UNKNOWN,
			/** Macie answered with a job this form's clientToken created earlier. */
			OTHER_JOB

		}

	}

}
