package io.maciedashboard.macie;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.macie2.model.Cell;
import software.amazon.awssdk.services.macie2.model.ClassificationDetails;
import software.amazon.awssdk.services.macie2.model.ClassificationResult;
import software.amazon.awssdk.services.macie2.model.KeyValuePair;
import software.amazon.awssdk.services.macie2.model.Occurrences;
import software.amazon.awssdk.services.macie2.model.Page;
import software.amazon.awssdk.services.macie2.model.Range;
import software.amazon.awssdk.services.macie2.model.Record;
import software.amazon.awssdk.services.macie2.model.ResourcesAffected;
import software.amazon.awssdk.services.macie2.model.S3Bucket;
import software.amazon.awssdk.services.macie2.model.S3Object;
import software.amazon.awssdk.services.macie2.model.ServerSideEncryption;

import io.maciedashboard.macie.Finding.BucketInfo;
import io.maciedashboard.macie.Finding.Classification;
import io.maciedashboard.macie.Finding.DataType;
import io.maciedashboard.macie.Finding.ObjectInfo;

/**
 * Builds {@link Finding}s from GetFindings' answer, with where the data occurs in words
 * (Macie gives positions only, never the data).
 */
final class FindingRecords {

	static final String CUSTOM_IDENTIFIER = "CUSTOM_IDENTIFIER";

	private FindingRecords() {
	}

	static Finding finding(software.amazon.awssdk.services.macie2.model.Finding finding) {
		FindingSeverity severity = (finding.severity() != null)
				? FindingSeverity.of(finding.severity().descriptionAsString()).orElse(null) : null;
		long count = (finding.count() != null) ? finding.count() : 1;
		return new Finding(finding.id(), finding.typeAsString(), severity, finding.title(), finding.description(),
				count, Boolean.TRUE.equals(finding.archived()), finding.createdAt(), finding.updatedAt(),
				finding.region(), finding.accountId(), classification(finding.classificationDetails()),
				bucket(finding.resourcesAffected()), object(finding.resourcesAffected()));
	}

	private static Classification classification(ClassificationDetails details) {
		if (details == null) {
			return null;
		}
		ClassificationResult result = details.result();
		List<DataType> dataTypes = new ArrayList<>();
		if (result != null) {
			result.sensitiveData()
				.forEach((item) -> item.detections()
					.forEach((detection) -> dataTypes.add(new DataType(item.categoryAsString(), detection.type(),
							orZero(detection.count()), occurrences(detection.occurrences())))));
			if (result.customDataIdentifiers() != null) {
				result.customDataIdentifiers()
					.detections()
					.forEach((detection) -> dataTypes.add(new DataType(CUSTOM_IDENTIFIER, detection.name(),
							orZero(detection.count()), occurrences(detection.occurrences()))));
			}
		}
		return new Classification(details.jobId(), details.jobArn(), details.detailedResultsLocation(),
				(result != null && result.status() != null) ? result.status().code() : null,
				(result != null && result.status() != null) ? result.status().reason() : null,
				(result != null) ? result.mimeType() : null, (result != null) ? result.sizeClassified() : null,
				result != null && Boolean.TRUE.equals(result.additionalOccurrences()), List.copyOf(dataTypes));
	}

	private static BucketInfo bucket(ResourcesAffected resources) {
		S3Bucket bucket = (resources != null) ? resources.s3Bucket() : null;
		if (bucket == null) {
			return null;
		}
		ServerSideEncryption encryption = bucket.defaultServerSideEncryption();
		return new BucketInfo(bucket.name(), bucket.arn(),
				(bucket.owner() != null) ? bucket.owner().displayName() : null,
				(bucket.publicAccess() != null) ? bucket.publicAccess().effectivePermissionAsString() : null,
				(encryption != null) ? encryption.encryptionTypeAsString() : null,
				(encryption != null) ? encryption.kmsMasterKeyId() : null,
				yesNoOrUnknown(bucket.allowsUnencryptedObjectUploadsAsString()), tags(bucket.tags()));
	}

	private static ObjectInfo object(ResourcesAffected resources) {
		S3Object object = (resources != null) ? resources.s3Object() : null;
		if (object == null) {
			return null;
		}
		ServerSideEncryption encryption = object.serverSideEncryption();
		return new ObjectInfo(object.key(), object.path(), object.extension(), object.size(),
				object.storageClassAsString(), (encryption != null) ? encryption.encryptionTypeAsString() : null,
				(encryption != null) ? encryption.kmsMasterKeyId() : null, object.publicAccess(), object.lastModified(),
				object.eTag(), object.versionId(), tags(object.tags()));
	}

	private static List<TagValue> tags(List<KeyValuePair> tags) {
		return tags.stream().map((tag) -> new TagValue(tag.key(), tag.value())).toList();
	}

	/** Where the data occurs, each place in words, in Macie's order. */
	static List<String> occurrences(Occurrences occurrences) {
		if (occurrences == null) {
			return List.of();
		}
		List<String> where = new ArrayList<>();
		occurrences.cells().forEach((cell) -> where.add(cell(cell)));
		occurrences.pages().forEach((page) -> where.add(page(page)));
		occurrences.records().forEach((record) -> where.add(record(record)));
		occurrences.lineRanges().forEach((range) -> where.add((isOne(range) ? "Line " : "Lines ") + range(range)));
		occurrences.offsetRanges().forEach((range) -> where.add("Characters " + range(range)));
		return List.copyOf(where);
	}

	private static String cell(Cell cell) {
		StringBuilder words = new StringBuilder("Cell ");
		words.append((cell.cellReference() != null) ? cell.cellReference()
				: "row " + cell.row() + ", column " + cell.column());
		if (cell.columnName() != null && !cell.columnName().isEmpty()) {
			words.append(" (column \"").append(cell.columnName()).append("\")");
		}
		return words.toString();
	}

	private static String page(Page page) {
		String words = "Page " + page.pageNumber();
		if (page.lineRange() != null) {
			words += ", lines " + range(page.lineRange());
		}
		return words;
	}

	private static String record(Record record) {
		String words = "Record " + record.recordIndex();
		return (record.jsonPath() != null) ? words + " at " + record.jsonPath() : words;
	}

	private static boolean isOne(Range range) {
		return range.start() != null && range.start().equals(range.end());
	}

	private static String range(Range range) {
		String words = isOne(range) ? String.valueOf(range.start()) : range.start() + " to " + range.end();
		return (range.startColumn() != null) ? words + " (from column " + range.startColumn() + ")" : words;
	}

	/** Macie's TRUE, FALSE or UNKNOWN. */
	private static Boolean yesNoOrUnknown(String value) {
		return "TRUE".equals(value) ? Boolean.TRUE : "FALSE".equals(value) ? Boolean.FALSE : null;
	}

	private static long orZero(Long count) {
		return (count != null) ? count : 0;
	}

}
