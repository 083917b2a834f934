package io.maciedashboard.emulator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.maciedashboard.emulator.Shapes.BucketCriteriaAdditionalProperties;
import io.maciedashboard.emulator.Shapes.CriteriaBlockForJob;
import io.maciedashboard.emulator.Shapes.CriteriaForJob;
import io.maciedashboard.emulator.Shapes.DescribeBucketsRequest;
import io.maciedashboard.emulator.Shapes.DescribeBucketsResponse;
import io.maciedashboard.emulator.Shapes.S3BucketDefinitionForJob;
import io.maciedashboard.emulator.Shapes.S3JobDefinition;
import io.maciedashboard.emulator.Shapes.SimpleCriterionForJob;
import io.maciedashboard.emulator.Shapes.TagCriterionForJob;
import tools.jackson.databind.JsonNode;

/**
 * The S3 buckets Macie knows about, kept as the seed's BucketMetadata objects:
 * DescribeBuckets with its criteria, sort and paging, and which buckets (and how many
 * objects) a job reaches. A bucket with an {@code errorCode} (e.g. ACCESS_DENIED) makes
 * the jobs that touch it report {@code lastRunErrorStatus} ERROR.
 */
final class BucketInventory {

	/** Bucket properties DescribeBuckets can filter on: a path into BucketMetadata. */
	static final Set<String> CRITERIA_KEYS = Set.of("accountId", "bucketName", "classifiableObjectCount",
			"classifiableSizeInBytes", "objectCount", "sensitivityScore", "sizeInBytes",
			"publicAccess.effectivePermission", "sharedAccess", "allowsUnencryptedObjectUploads",
			"serverSideEncryption.type", "replicationDetails.replicated", "versioning", "errorCode");

	/** Bucket properties DescribeBuckets can sort by (as the API documents). */
	static final Set<String> SORT_KEYS = Set.of("accountId", "bucketName", "classifiableObjectCount",
			"classifiableSizeInBytes", "objectCount", "sensitivityScore", "sizeInBytes");

	private static final Map<String, String> JOB_CRITERION_PROPERTIES = Map.of("ACCOUNT_ID", "accountId",
			"S3_BUCKET_NAME", "bucketName", "S3_BUCKET_EFFECTIVE_PERMISSION", "publicAccess.effectivePermission",
			"S3_BUCKET_SHARED_ACCESS", "sharedAccess");

	private static final int DEFAULT_PAGE = 50;

	private final List<JsonNode> buckets;

	BucketInventory(List<JsonNode> buckets) {
		this.buckets = List.copyOf(buckets);
	}

	DescribeBucketsResponse describe(DescribeBucketsRequest request) {
		int pageSize = PageToken.pageSize(request.maxResults(), DEFAULT_PAGE, DEFAULT_PAGE);
		Predicate<JsonNode> matches = bucket -> true;
		if (request.criteria() != null) {
			for (Map.Entry<String, BucketCriteriaAdditionalProperties> criterion : request.criteria().entrySet()) {
				matches = matches.and(criterionMatcher(criterion.getKey(), criterion.getValue()));
			}
		}
		List<JsonNode> sorted = this.buckets.stream().filter(matches).sorted(order(request)).toList();
		PageToken.Page<JsonNode> page = PageToken.page(sorted, request.nextToken(), pageSize,
				"DescribeBuckets" + request.criteria() + request.sortCriteria());
		return new DescribeBucketsResponse(page.items(), page.nextToken());
	}

	/**
	 * The buckets a job definition reaches and the objects in them that Macie can
	 * classify.
	 */
	record Reach(List<JsonNode> buckets, long classifiableObjects, boolean touchesFailingBucket) {
	}

	Reach reach(S3JobDefinition definition) {
		List<JsonNode> reached;
		boolean missing = false;
		if (definition.bucketDefinitions() != null) {
			reached = this.buckets.stream()
				.filter(bucket -> definition.bucketDefinitions().stream().anyMatch(wanted -> isNamedIn(bucket, wanted)))
				.toList();
			long named = definition.bucketDefinitions().stream().mapToLong(wanted -> wanted.buckets().size()).sum();
			missing = reached.size() < named;
		}
		else {
			CriteriaBlockForJob includes = definition.bucketCriteria().includes();
			CriteriaBlockForJob excludes = definition.bucketCriteria().excludes();
			reached = this.buckets.stream()
				.filter(bucket -> includes == null || allMatch(includes, bucket))
				.filter(bucket -> excludes == null || excludes.and() == null || excludes.and().isEmpty()
						|| !allMatch(excludes, bucket))
				.toList();
		}
		long objects = reached.stream().mapToLong(bucket -> bucket.path("classifiableObjectCount").asLong()).sum();
		boolean failing = missing || reached.stream().anyMatch(bucket -> bucket.hasNonNull("errorCode"));
		return new Reach(reached, objects, failing);
	}

	private static boolean isNamedIn(JsonNode bucket, S3BucketDefinitionForJob wanted) {
		return wanted.accountId().equals(bucket.path("accountId").asString())
				&& wanted.buckets().contains(bucket.path("bucketName").asString());
	}

	private static boolean allMatch(CriteriaBlockForJob block, JsonNode bucket) {
		return block.and() == null || block.and().stream().allMatch(criterion -> matches(criterion, bucket));
	}

	private static boolean matches(CriteriaForJob criterion, JsonNode bucket) {
		if (criterion.simpleCriterion() != null) {
			SimpleCriterionForJob simple = criterion.simpleCriterion();
			String value = property(bucket, JOB_CRITERION_PROPERTIES.get(simple.key())).asString();
			return simple.values().contains(value) == "EQ".equals(simple.comparator());
		}
		TagCriterionForJob tags = criterion.tagCriterion();
		boolean tagged = tags.tagValues().stream().anyMatch(pair -> hasTag(bucket, pair.key(), pair.value()));
		return tagged == "EQ".equals(tags.comparator());
	}

	private static boolean hasTag(JsonNode bucket, String key, String value) {
		for (JsonNode tag : bucket.path("tags")) {
			if ((key == null || key.equals(tag.path("key").asString()))
					&& (value == null || value.equals(tag.path("value").asString()))) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode property(JsonNode bucket, String path) {
		JsonNode node = bucket;
		for (String name : path.split("\\.")) {
			node = node.path(name);
		}
		return node;
	}

	private static Predicate<JsonNode> criterionMatcher(String key, BucketCriteriaAdditionalProperties condition) {
		if (!CRITERIA_KEYS.contains(key)) {
			throw MacieError.validation("criteria." + key, "is not a bucket property that can be used as a criterion");
		}
		Predicate<JsonNode> matcher = bucket -> true;
		if (condition.eq() != null) {
			matcher = matcher.and(bucket -> condition.eq().contains(property(bucket, key).asString()));
		}
		if (condition.neq() != null) {
			matcher = matcher.and(bucket -> !condition.neq().contains(property(bucket, key).asString()));
		}
		if (condition.prefix() != null) {
			matcher = matcher.and(bucket -> property(bucket, key).asString().startsWith(condition.prefix()));
		}
		if (condition.gt() != null) {
			matcher = matcher.and(bucket -> number(bucket, key) > condition.gt());
		}
		if (condition.gte() != null) {
			matcher = matcher.and(bucket -> number(bucket, key) >= condition.gte());
		}
		if (condition.lt() != null) {
			matcher = matcher.and(bucket -> number(bucket, key) < condition.lt());
		}
		if (condition.lte() != null) {
			matcher = matcher.and(bucket -> number(bucket, key) <= condition.lte());
		}
		return matcher;
	}

	private static long number(JsonNode bucket, String key) {
		JsonNode value = property(bucket, key);
		if (!value.isNumber()) {
			throw MacieError.validation("criteria." + key, "is not a numeric property: use eq, neq or prefix");
		}
		return value.asLong();
	}

	private static Comparator<JsonNode> order(DescribeBucketsRequest request) {
		Comparator<JsonNode> byName = Comparator.comparing((JsonNode bucket) -> bucket.path("accountId").asString())
			.thenComparing(bucket -> bucket.path("bucketName").asString());
		if (request.sortCriteria() == null || request.sortCriteria().attributeName() == null) {
			return byName;
		}
		String attribute = request.sortCriteria().attributeName();
		if (!SORT_KEYS.contains(attribute)) {
			throw MacieError.validation("sortCriteria.attributeName", "cannot sort by " + attribute);
		}
		Comparator<JsonNode> order = attribute.equals("accountId") || attribute.equals("bucketName")
				? Comparator.comparing((JsonNode bucket) -> bucket.path(attribute).asString())
				: Comparator.comparingLong((JsonNode bucket) -> bucket.path(attribute).asLong());
		if (OrderBy.isDescending(request.sortCriteria().orderBy(), "sortCriteria.orderBy")) {
			order = order.reversed();
		}
		return order.thenComparing(byName);
	}

}
