package io.maciedashboard.macie;

/**
 * Which findings of a job to show; a null member does not filter.
 *
 * @param jobId the job whose findings these are (required)
 * @param severity one severity, or null for all
 * @param type a finding type, e.g. {@code SensitiveData:S3Object/Personal}, or null
 * @param bucket a bucket name, or null
 * @param archived true: archived ones only, false: unarchived ones only (as Macie's
 * console shows by default), null: both
 */
public record FindingFilter(String jobId, FindingSeverity severity, String type, String bucket, Boolean archived) {

	public FindingFilter {
		if (jobId == null) {
			throw new IllegalArgumentException("a job's findings need the job's id");
		}
	}

	/** The job's unarchived findings, as Macie's console shows them first. */
	public static FindingFilter unarchived(String jobId) {
		return new FindingFilter(jobId, null, null, null, false);
	}

}
