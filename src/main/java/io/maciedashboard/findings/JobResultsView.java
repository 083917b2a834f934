package io.maciedashboard.findings;

import java.util.List;

/**
 * What the job page's Results section shows.
 *
 * @param findingsUrl the job's findings page
 * @param total unarchived findings in all
 * @param bySeverity High, Medium and Low, each with its count (0 too)
 * @param byType the finding types present, most findings first
 * @param byBucket the buckets with most findings, at most ten
 * @param moreBuckets whether more buckets have findings than are listed
 * @param storage where the detailed results are (null when the counts failed)
 * @param none why there are no findings, or null
 * @param failure why the counts could not be read, or null
 */
public record JobResultsView(String findingsUrl, long total, List<Count> bySeverity, List<Count> byType,
		List<Count> byBucket, boolean moreBuckets, Storage storage, String none, String failure) {

	static JobResultsView failed(String findingsUrl, String failure) {
		return new JobResultsView(findingsUrl, 0, List.of(), List.of(), List.of(), false, null, null, failure);
	}

	/**
	 * @param label what is counted, e.g. "High", a finding type or a bucket name
	 * @param url the findings with that value
	 */
	public record Count(String label, long count, String url) {
	}

	/**
	 * @param location e.g. s3://bucket/prefix/, null when none is configured or Macie did
	 * not say
	 * @param consoleUrl the bucket (at the prefix) in the S3 console
	 * @param failure why Macie did not say, or null
	 */
	public record Storage(String location, String consoleUrl, String failure) {

		static final Storage NONE = new Storage(null, null, null);

		Storage(String location, String consoleUrl) {
			this(location, consoleUrl, null);
		}

	}

}
