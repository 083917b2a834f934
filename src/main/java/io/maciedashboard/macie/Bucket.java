package io.maciedashboard.macie;

import java.util.Map;

/**
 * An S3 bucket from Macie's inventory (DescribeBuckets).
 *
 * @param effectivePermission PUBLIC, NOT_PUBLIC or UNKNOWN
 * @param sharedAccess EXTERNAL, INTERNAL, NOT_SHARED or UNKNOWN
 */
public record Bucket(String accountId, String name, String region, long sizeInBytes, long classifiableSizeInBytes,
		long objectCount, long classifiableObjectCount, String effectivePermission, String sharedAccess,
		Map<String, String> tags) {
}
