package io.maciedashboard.macie;

import java.time.Instant;
import java.util.List;

/**
 * A sensitive data finding as GetFindings returns it, in the project's own terms.
 *
 * @param type e.g. {@code SensitiveData:S3Object/Personal}
 * @param count how many times Macie saw it (1 for sensitive data findings)
 * @param accountId the account that owns the bucket
 */
public record Finding(String id, String type, FindingSeverity severity, String title, String description, long count,
		boolean archived, Instant createdAt, Instant updatedAt, String region, String accountId,
		Classification classification, BucketInfo bucket, ObjectInfo object) {

	/**
	 * What the job found in the object.
	 *
	 * @param detailedResultsLocation the object's detailed result in S3, or null
	 * @param status Macie's result status: COMPLETE, PARTIAL, SKIPPED
	 * @param statusReason why it is not COMPLETE, or null
	 * @param sizeClassified bytes analysed, or null
	 * @param additionalOccurrences whether there are more occurrences than the locations
	 * listed
	 */
	public record Classification(String jobId, String jobArn, String detailedResultsLocation, String status,
			String statusReason, String mimeType, Long sizeClassified, boolean additionalOccurrences,
			List<DataType> dataTypes) {
	}

	/**
	 * One kind of sensitive data found in the object.
	 *
	 * @param category Macie's category (e.g. PERSONAL_INFORMATION), or CUSTOM_IDENTIFIER
	 * for a custom data identifier
	 * @param name the managed identifier's type (e.g. USA_SOCIAL_SECURITY_NUMBER) or the
	 * custom identifier's name
	 * @param occurrences where in the object, in words ("Cell B12 (column email)"); never
	 * the data itself
	 */
	public record DataType(String category, String name, long count, List<String> occurrences) {
	}

	/**
	 * @param publicAccess Macie's effective permission: PUBLIC, NOT_PUBLIC or UNKNOWN
	 * @param encryptionType default encryption: NONE, AES256, aws:kms, aws:kms:dsse
	 */
	public record BucketInfo(String name, String arn, String ownerName, String publicAccess, String encryptionType,
			String kmsKeyId, Boolean allowsUnencryptedUploads, List<TagValue> tags) {
	}

	/**
	 * @param size bytes, or null
	 * @param publicAccess whether the object is publicly accessible, null when unknown
	 */
	public record ObjectInfo(String key, String path, String extension, Long size, String storageClass,
			String encryptionType, String kmsKeyId, Boolean publicAccess, Instant lastModified, String eTag,
			String versionId, List<TagValue> tags) {
	}

}
