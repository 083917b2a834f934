package io.maciedashboard.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.maciedashboard.emulator.Shapes.CriterionAdditionalProperties;
import io.maciedashboard.emulator.Shapes.FindingCriteria;
import io.maciedashboard.emulator.Shapes.SortCriteria;

/**
 * Filtering, sorting and grouping findings as ListFindings, GetFindings and
 * GetFindingStatistics do. A criterion names a finding property by its JSON path (the
 * fields Macie documents for filtering) and compares it with {@code eq} or {@code neq}
 * (any of the values, for text, booleans, numbers and dates), {@code gt}, {@code gte},
 * {@code lt}, {@code lte} (numbers, and dates as epoch milliseconds) or
 * {@code eqExactMatch} (the property's values are exactly the given ones; only on the
 * properties Macie allows it for). Several criteria, and several operators of one, must
 * all hold.
 */
final class FindingQuery {

	/** How a property's values compare. */
	enum Kind {

		TEXT, NUMBER, DATE, BOOLEAN

	}

	/** A property a criterion can name: its kind and its values in a finding. */
	record Property(Kind kind, boolean exactMatch, Function<DiscoveredFinding, List<?>> values) {

		static Property text(Function<DiscoveredFinding, Object> value) {
			return new Property(Kind.TEXT, false, finding -> single(value.apply(finding)));
		}

		static Property texts(Function<DiscoveredFinding, List<?>> values) {
			return new Property(Kind.TEXT, true, values);
		}

		static Property number(Function<DiscoveredFinding, Object> value) {
			return new Property(Kind.NUMBER, false, finding -> single(value.apply(finding)));
		}

		static Property date(Function<DiscoveredFinding, Instant> value) {
			return new Property(Kind.DATE, false,
					finding -> single((value.apply(finding) != null) ? value.apply(finding).toEpochMilli() : null));
		}

		static Property bool(Function<DiscoveredFinding, Object> value) {
			return new Property(Kind.BOOLEAN, false, finding -> single(value.apply(finding)));
		}

		private static List<?> single(Object value) {
			return (value != null) ? List.of(value) : List.of();
		}

	}

	private static final Map<String, Property> PROPERTIES = properties();

	/** The orders ListFindings and GetFindings can sort by. */
	private static final Map<String, Comparator<DiscoveredFinding>> SORTS = Map.of("count",
			Comparator.comparingLong(finding -> 1L), "createdAt", Comparator.comparing(DiscoveredFinding::createdAt),
			"updatedAt", Comparator.comparing(DiscoveredFinding::createdAt), "severity.score",
			Comparator.comparingLong(DiscoveredFinding::severityScore), "type",
			Comparator.comparing(DiscoveredFinding::type), "resourcesAffected",
			Comparator.comparing(DiscoveredFinding::bucketName).thenComparing(finding -> finding.object().key()),
			"policyDetails.action.apiCallDetails.firstSeen", Comparator.comparingLong(finding -> 0L),
			"policyDetails.action.apiCallDetails.lastSeen", Comparator.comparingLong(finding -> 0L));

	/** The properties GetFindingStatistics groups by. */
	static final Map<String, Function<DiscoveredFinding, String>> GROUPS = Map.of("classificationDetails.jobId",
			DiscoveredFinding::jobId, "resourcesAffected.s3Bucket.name", DiscoveredFinding::bucketName, "type",
			DiscoveredFinding::type, "severity.description", DiscoveredFinding::severity);

	private FindingQuery() {
	}

	private static Map<String, Property> properties() {
		Map<String, Property> properties = new TreeMap<>();
		String result = "classificationDetails.result.";
		String bucket = "resourcesAffected.s3Bucket.";
		String object = "resourcesAffected.s3Object.";
		properties.put("accountId", Property.text(DiscoveredFinding::accountId));
		properties.put("archived", Property.bool(DiscoveredFinding::archived));
		properties.put("category", Property.text(finding -> "CLASSIFICATION"));
		properties.put("count", Property.number(finding -> 1L));
		properties.put("createdAt", Property.date(DiscoveredFinding::createdAt));
		properties.put("id", Property.text(DiscoveredFinding::id));
		properties.put("partition", Property.text(finding -> "aws"));
		properties.put("region", Property.text(finding -> finding.job().region()));
		properties.put("sample", Property.bool(finding -> false));
		properties.put("severity.description", Property.text(DiscoveredFinding::severity));
		properties.put("severity.score", Property.number(DiscoveredFinding::severityScore));
		properties.put("type", Property.text(DiscoveredFinding::type));
		properties.put("updatedAt", Property.date(DiscoveredFinding::createdAt));
		properties.put("classificationDetails.jobId", Property.text(DiscoveredFinding::jobId));
		properties.put("classificationDetails.jobArn", Property.text(finding -> finding.job().job().jobArn()));
		properties.put("classificationDetails.originType", Property.text(finding -> "SENSITIVE_DATA_DISCOVERY_JOB"));
		properties.put(result + "status.code", Property.text(finding -> "COMPLETE"));
		properties.put(result + "mimeType", Property.text(DiscoveredFinding::mimeType));
		properties.put(result + "sizeClassified", Property.number(finding -> finding.object().size()));
		properties.put(result + "additionalOccurrences",
				Property.bool(finding -> finding.detections()
					.stream()
					.anyMatch(detection -> detection.count() > DiscoveredFinding.LOCATED_OCCURRENCES)));
		properties.put(result + "sensitiveData.category",
				Property.texts(finding -> managed(finding).map(d -> d.detector().category()).distinct().toList()));
		properties.put(result + "sensitiveData.detections.type",
				Property.texts(finding -> managed(finding).map(d -> d.detector().id()).toList()));
		properties.put(result + "sensitiveData.detections.count",
				new Property(Kind.NUMBER, false, finding -> managed(finding).map(d -> d.count()).toList()));
		properties.put(result + "sensitiveData.totalCount", Property.number(finding -> finding.totalCount(false)));
		properties.put(result + "customDataIdentifiers.detections.arn",
				Property.texts(finding -> custom(finding).map(d -> d.detector().arn()).toList()));
		properties.put(result + "customDataIdentifiers.detections.name",
				Property.texts(finding -> custom(finding).map(d -> d.detector().name()).toList()));
		properties.put(result + "customDataIdentifiers.detections.count",
				new Property(Kind.NUMBER, false, finding -> custom(finding).map(d -> d.count()).toList()));
		properties.put(result + "customDataIdentifiers.totalCount",
				Property.number(finding -> finding.totalCount(true)));
		properties.put(bucket + "name", Property.text(DiscoveredFinding::bucketName));
		properties.put(bucket + "arn", Property.text(finding -> finding.bucket().path("bucketArn").asString()));
		properties.put(bucket + "createdAt",
				Property.date(finding -> Instant.parse(finding.bucket().path("bucketCreatedAt").asString())));
		properties.put(bucket + "allowsUnencryptedObjectUploads",
				Property.text(finding -> finding.bucket().path("allowsUnencryptedObjectUploads").asString()));
		properties.put(bucket + "defaultServerSideEncryption.encryptionType",
				Property.text(finding -> finding.encryption().encryptionType()));
		properties.put(bucket + "defaultServerSideEncryption.kmsMasterKeyId",
				Property.text(finding -> finding.encryption().kmsMasterKeyId()));
		properties.put(bucket + "owner.displayName", Property.text(finding -> "acme-" + finding.accountId()));
		properties.put(bucket + "publicAccess.effectivePermission",
				Property.text(finding -> finding.bucket().path("publicAccess").path("effectivePermission").asString()));
		properties.put(bucket + "tags.key",
				Property.texts(finding -> finding.bucketTags().stream().map(Shapes.KeyValuePair::key).toList()));
		properties.put(bucket + "tags.value",
				Property.texts(finding -> finding.bucketTags().stream().map(Shapes.KeyValuePair::value).toList()));
		properties.put(object + "bucketArn", Property.text(finding -> finding.bucket().path("bucketArn").asString()));
		properties.put(object + "key", Property.text(finding -> finding.object().key()));
		properties.put(object + "path", Property.text(finding -> finding.bucketName() + "/" + finding.object().key()));
		properties.put(object + "extension", Property.text(finding -> finding.object().extension()));
		properties.put(object + "eTag", Property.text(finding -> finding.object().eTag()));
		properties.put(object + "versionId", Property.text(finding -> finding.object().versionId()));
		properties.put(object + "lastModified", Property.date(finding -> finding.object().lastModified()));
		properties.put(object + "publicAccess", Property.bool(DiscoveredFinding::objectIsPublic));
		properties.put(object + "serverSideEncryption.encryptionType",
				Property.text(finding -> finding.encryption().encryptionType()));
		properties.put(object + "serverSideEncryption.kmsMasterKeyId",
				Property.text(finding -> finding.encryption().kmsMasterKeyId()));
		properties.put(object + "size", Property.number(finding -> finding.object().size()));
		properties.put(object + "storageClass", Property.text(finding -> finding.object().storageClass()));
		properties.put(object + "tags.key", Property.texts(finding -> List.of()));
		properties.put(object + "tags.value", Property.texts(finding -> List.of()));
		return properties;
	}

	private static java.util.stream.Stream<DiscoveredFinding.Detection> managed(DiscoveredFinding finding) {
		return finding.detections().stream().filter(detection -> !detection.detector().isCustom());
	}

	private static java.util.stream.Stream<DiscoveredFinding.Detection> custom(DiscoveredFinding finding) {
		return finding.detections().stream().filter(detection -> detection.detector().isCustom());
	}

	/** The findings the criteria keep; a ValidationException names a bad criterion. */
	static Predicate<DiscoveredFinding> filter(FindingCriteria criteria) {
		Predicate<DiscoveredFinding> kept = finding -> true;
		if (criteria == null || criteria.criterion() == null) {
			return kept;
		}
		for (Map.Entry<String, CriterionAdditionalProperties> criterion : criteria.criterion().entrySet()) {
			kept = kept.and(condition(criterion.getKey(), criterion.getValue()));
		}
		return kept;
	}

	/** The job ids a criterion restricts the findings to, if it does (a shortcut). */
	static Set<String> jobIds(FindingCriteria criteria) {
		if (criteria == null || criteria.criterion() == null) {
			return null;
		}
		CriterionAdditionalProperties jobId = criteria.criterion().get("classificationDetails.jobId");
		return (jobId != null && jobId.eq() != null) ? new HashSet<>(jobId.eq()) : null;
	}

	private static Predicate<DiscoveredFinding> condition(String name, CriterionAdditionalProperties condition) {
		String member = "findingCriteria.criterion." + name;
		Property property = PROPERTIES.get(name);
		if (property == null) {
			throw MacieError.validation(member, "is not a finding property that findings can be filtered by");
		}
		if (condition == null || (condition.eq() == null && condition.neq() == null && condition.eqExactMatch() == null
				&& condition.gt() == null && condition.gte() == null && condition.lt() == null
				&& condition.lte() == null)) {
			throw MacieError.validation(member, "needs an operator: eq, eqExactMatch, gt, gte, lt, lte or neq");
		}
		Predicate<DiscoveredFinding> holds = finding -> true;
		if (condition.eq() != null) {
			Set<Object> wanted = values(member + ".eq", property, condition.eq());
			holds = holds.and(finding -> property.values().apply(finding).stream().anyMatch(wanted::contains));
		}
		if (condition.neq() != null) {
			Set<Object> unwanted = values(member + ".neq", property, condition.neq());
			holds = holds.and(finding -> property.values().apply(finding).stream().noneMatch(unwanted::contains));
		}
		if (condition.eqExactMatch() != null) {
			if (!property.exactMatch()) {
				throw MacieError.validation(member + ".eqExactMatch",
						"can only be used with " + String.join(", ", exactMatchProperties()));
			}
			Set<Object> exactly = values(member + ".eqExactMatch", property, condition.eqExactMatch());
			holds = holds.and(finding -> new HashSet<>(property.values().apply(finding)).equals(exactly));
		}
		holds = holds.and(range(member + ".gt", property, condition.gt(), (value, limit) -> value > limit));
		holds = holds.and(range(member + ".gte", property, condition.gte(), (value, limit) -> value >= limit));
		holds = holds.and(range(member + ".lt", property, condition.lt(), (value, limit) -> value < limit));
		return holds.and(range(member + ".lte", property, condition.lte(), (value, limit) -> value <= limit));
	}

	private static List<String> exactMatchProperties() {
		return PROPERTIES.entrySet()
			.stream()
			.filter(entry -> entry.getValue().exactMatch())
			.map(Map.Entry::getKey)
			.toList();
	}

	private interface Comparison {

		boolean test(long value, long limit);

	}

	private static Predicate<DiscoveredFinding> range(String member, Property property, Long limit,
			Comparison comparison) {
		if (limit == null) {
			return finding -> true;
		}
		if (property.kind() != Kind.NUMBER && property.kind() != Kind.DATE) {
			throw MacieError.validation(member, "compares numbers and dates only, not "
					+ property.kind().name().toLowerCase(java.util.Locale.ROOT) + " values: use eq or neq");
		}
		return finding -> property.values()
			.apply(finding)
			.stream()
			.anyMatch(value -> comparison.test(((Number) value).longValue(), limit));
	}

	/** The given values as the property's values compare (numbers, dates, booleans). */
	private static Set<Object> values(String member, Property property, List<String> given) {
		if (given.isEmpty()) {
			throw MacieError.validation(member, "must contain at least one value");
		}
		return given.stream().map(value -> switch (property.kind()) {
			case TEXT -> value;
			case BOOLEAN -> {
				if (!value.equals("true") && !value.equals("false")) {
					throw MacieError.validation(member, "compares true or false, not " + value);
				}
				yield Boolean.valueOf(value);
			}
			case NUMBER -> number(member, value);
			case DATE -> epochMillis(member, value);
		}).collect(Collectors.toSet());
	}

	private static Long number(String member, String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw MacieError.validation(member, "compares whole numbers, not " + value);
		}
	}

	private static Long epochMillis(String member, String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException notMillis) {
			try {
				return Instant.parse(value).toEpochMilli();
			}
			catch (DateTimeParseException ex) {
				throw MacieError.validation(member,
						"compares dates as epoch milliseconds or ISO-8601 UTC times, not " + value);
			}
		}
	}

	/** The order asked for (createdAt ascending by default), then the finding id. */
	static Comparator<DiscoveredFinding> order(SortCriteria sort) {
		String attribute = (sort != null && sort.attributeName() != null) ? sort.attributeName() : "createdAt";
		Comparator<DiscoveredFinding> order = SORTS.get(attribute);
		if (order == null) {
			throw MacieError.validation("sortCriteria.attributeName", "must be one of "
					+ String.join(", ", new java.util.TreeSet<>(SORTS.keySet())) + ", not " + attribute);
		}
		if (sort != null && OrderBy.isDescending(sort.orderBy(), "sortCriteria.orderBy")) {
			order = order.reversed();
		}
		return order.thenComparing(DiscoveredFinding::id);
	}

}
