package io.maciedashboard.emulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.CriteriaBlockForJob;
import io.maciedashboard.emulator.Shapes.CriteriaForJob;
import io.maciedashboard.emulator.Shapes.JobScheduleFrequency;
import io.maciedashboard.emulator.Shapes.JobScopeTerm;
import io.maciedashboard.emulator.Shapes.JobScopingBlock;
import io.maciedashboard.emulator.Shapes.S3BucketDefinitionForJob;
import io.maciedashboard.emulator.Shapes.S3JobDefinition;
import io.maciedashboard.emulator.Shapes.SimpleCriterionForJob;
import io.maciedashboard.emulator.Shapes.SimpleScopeTerm;
import io.maciedashboard.emulator.Shapes.TagCriterionForJob;
import io.maciedashboard.emulator.Shapes.TagScopeTerm;

/**
 * Macie's rules for CreateClassificationJob, as its API reference and user guide document
 * them. The first rule broken is answered with a ValidationException whose message starts
 * with the path of the offending member (for example
 * {@code scheduleFrequency.monthlySchedule.dayOfMonth: ...}).
 */
final class CreateJobValidation {

	static final int MAX_NAME = 500;

	static final int MAX_DESCRIPTION = 200;

	static final int MAX_TAGS = 50;

	static final int MAX_TAG_KEY = 128;

	static final int MAX_TAG_VALUE = 256;

	static final int MAX_BUCKETS = 1000;

	static final int MAX_CUSTOM_DATA_IDENTIFIERS = 30;

	static final int MAX_ALLOW_LISTS = 10;

	private static final Set<String> JOB_TYPES = Set.of("ONE_TIME", "SCHEDULED");

	private static final Set<String> SELECTORS = Set.of("ALL", "EXCLUDE", "INCLUDE", "NONE", "RECOMMENDED");

	private static final Set<String> DAYS_OF_WEEK = Set.of("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
			"FRIDAY", "SATURDAY");

	private static final Set<String> EQ_NE = Set.of("EQ", "NE");

	private static final Set<String> COMPARISONS = Set.of("EQ", "NE", "GT", "GTE", "LT", "LTE");

	private static final Map<String, Set<String>> SCOPE_COMPARATORS = Map.of("OBJECT_EXTENSION", EQ_NE, "OBJECT_KEY",
			Set.of("STARTS_WITH"), "OBJECT_LAST_MODIFIED_DATE", COMPARISONS, "OBJECT_SIZE", COMPARISONS);

	private static final Set<String> BUCKET_CRITERION_KEYS = Set.of("ACCOUNT_ID", "S3_BUCKET_NAME",
			"S3_BUCKET_EFFECTIVE_PERMISSION", "S3_BUCKET_SHARED_ACCESS");

	private final Catalog catalog;

	CreateJobValidation(Catalog catalog) {
		this.catalog = catalog;
	}

	void check(CreateClassificationJobRequest request) {
		required("clientToken", request.clientToken());
		required("name", request.name());
		required("jobType", request.jobType());
		required("s3JobDefinition", request.s3JobDefinition());
		nameAndDescription(request);
		oneOf("jobType", request.jobType(), JOB_TYPES);
		schedule(request);
		samplingPercentage(request.samplingPercentage());
		tags(request.tags());
		buckets(request.s3JobDefinition());
		scoping(request.s3JobDefinition());
		managedDataIdentifiers(request);
		customDataIdentifiers(request.customDataIdentifierIds());
		allowLists(request.allowListIds());
	}

	private static void nameAndDescription(CreateClassificationJobRequest request) {
		if (request.name().isBlank()) {
			throw MacieError.validation("name", "must not be blank");
		}
		maxLength("name", request.name(), MAX_NAME);
		if (request.description() != null) {
			maxLength("description", request.description(), MAX_DESCRIPTION);
		}
	}

	/**
	 * ONE_TIME jobs take no schedule; SCHEDULED jobs exactly one of daily, weekly and
	 * monthly.
	 */
	private static void schedule(CreateClassificationJobRequest request) {
		JobScheduleFrequency frequency = request.scheduleFrequency();
		if (request.jobType().equals("ONE_TIME")) {
			if (frequency != null) {
				throw MacieError.validation("scheduleFrequency", "must not be specified for a ONE_TIME job");
			}
			return;
		}
		if (frequency == null) {
			throw MacieError.validation("scheduleFrequency", "is required for a SCHEDULED job");
		}
		int given = count(frequency.dailySchedule(), frequency.weeklySchedule(), frequency.monthlySchedule());
		if (given != 1) {
			throw MacieError.validation("scheduleFrequency",
					"must specify exactly one of dailySchedule, weeklySchedule and monthlySchedule");
		}
		if (frequency.weeklySchedule() != null) {
			oneOf("scheduleFrequency.weeklySchedule.dayOfWeek", frequency.weeklySchedule().dayOfWeek(), DAYS_OF_WEEK);
		}
		if (frequency.monthlySchedule() != null) {
			Integer day = frequency.monthlySchedule().dayOfMonth();
			if (day == null || day < 1 || day > 31) {
				throw MacieError.validation("scheduleFrequency.monthlySchedule.dayOfMonth",
						"must be a day of the month from 1 to 31, not " + day);
			}
		}
	}

	private static void samplingPercentage(Integer samplingPercentage) {
		if (samplingPercentage != null && (samplingPercentage < 1 || samplingPercentage > 100)) {
			throw MacieError.validation("samplingPercentage", "must be from 1 to 100, not " + samplingPercentage);
		}
	}

	/**
	 * At most 50 tags, keys of 1 to 128 characters, values of at most 256: for a new job
	 * and for TagResource.
	 */
	static void tags(Map<String, String> tags) {
		if (tags == null) {
			return;
		}
		if (tags.size() > MAX_TAGS) {
			throw MacieError.validation("tags", "a job can have at most " + MAX_TAGS + " tags, not " + tags.size());
		}
		tags.forEach((key, value) -> {
			if (key.isEmpty()) {
				throw MacieError.validation("tags", "a tag key must not be empty");
			}
			maxLength("tags." + key, key, MAX_TAG_KEY);
			if (value == null) {
				throw MacieError.validation("tags." + key, "a tag value must not be null");
			}
			maxLength("tags." + key, value, MAX_TAG_VALUE);
		});
	}

	/**
	 * Specific buckets or bucket criteria, never both; each definition names an account
	 * and its buckets.
	 */
	private static void buckets(S3JobDefinition definition) {
		boolean definitions = definition.bucketDefinitions() != null && !definition.bucketDefinitions().isEmpty();
		boolean criteria = definition.bucketCriteria() != null;
		if (definitions == criteria) {
			throw MacieError.validation("s3JobDefinition",
					"must specify either bucketDefinitions or bucketCriteria, and not both");
		}
		if (definitions) {
			int total = 0;
			for (int i = 0; i < definition.bucketDefinitions().size(); i++) {
				S3BucketDefinitionForJob bucketDefinition = definition.bucketDefinitions().get(i);
				String member = "s3JobDefinition.bucketDefinitions[" + i + "]";
				required(member + ".accountId", bucketDefinition.accountId());
				if (!bucketDefinition.accountId().matches("\\d{12}")) {
					throw MacieError.validation(member + ".accountId", "must be a 12-digit AWS account ID");
				}
				if (bucketDefinition.buckets() == null || bucketDefinition.buckets().isEmpty()) {
					throw MacieError.validation(member + ".buckets", "must name at least one bucket");
				}
				total += bucketDefinition.buckets().size();
			}
			if (total > MAX_BUCKETS) {
				throw MacieError.validation("s3JobDefinition.bucketDefinitions",
						"a job can analyze at most " + MAX_BUCKETS + " buckets, not " + total);
			}
			return;
		}
		if (definition.bucketCriteria().includes() == null && definition.bucketCriteria().excludes() == null) {
			throw MacieError.validation("s3JobDefinition.bucketCriteria", "must specify includes or excludes");
		}
		bucketCriteria("s3JobDefinition.bucketCriteria.includes", definition.bucketCriteria().includes());
		bucketCriteria("s3JobDefinition.bucketCriteria.excludes", definition.bucketCriteria().excludes());
	}

	private static void bucketCriteria(String member, CriteriaBlockForJob block) {
		if (block == null || block.and() == null) {
			return;
		}
		for (int i = 0; i < block.and().size(); i++) {
			CriteriaForJob criterion = block.and().get(i);
			String at = member + ".and[" + i + "]";
			if (count(criterion.simpleCriterion(), criterion.tagCriterion()) != 1) {
				throw MacieError.validation(at, "must specify exactly one of simpleCriterion and tagCriterion");
			}
			if (criterion.simpleCriterion() != null) {
				SimpleCriterionForJob simple = criterion.simpleCriterion();
				oneOf(at + ".simpleCriterion.comparator", simple.comparator(), EQ_NE);
				oneOf(at + ".simpleCriterion.key", simple.key(), BUCKET_CRITERION_KEYS);
				nonEmpty(at + ".simpleCriterion.values", simple.values());
			}
			else {
				TagCriterionForJob tag = criterion.tagCriterion();
				oneOf(at + ".tagCriterion.comparator", tag.comparator(), EQ_NE);
				nonEmpty(at + ".tagCriterion.tagValues", tag.tagValues());
				for (int j = 0; j < tag.tagValues().size(); j++) {
					if (tag.tagValues().get(j).key() == null && tag.tagValues().get(j).value() == null) {
						throw MacieError.validation(at + ".tagCriterion.tagValues[" + j + "]",
								"must specify a tag key, a tag value or both");
					}
				}
			}
		}
	}

	private static void scoping(S3JobDefinition definition) {
		if (definition.scoping() != null) {
			scopingBlock("s3JobDefinition.scoping.includes", definition.scoping().includes());
			scopingBlock("s3JobDefinition.scoping.excludes", definition.scoping().excludes());
		}
	}

	private static void scopingBlock(String member, JobScopingBlock block) {
		if (block == null || block.and() == null) {
			return;
		}
		for (int i = 0; i < block.and().size(); i++) {
			JobScopeTerm term = block.and().get(i);
			String at = member + ".and[" + i + "]";
			if (count(term.simpleScopeTerm(), term.tagScopeTerm()) != 1) {
				throw MacieError.validation(at, "must specify exactly one of simpleScopeTerm and tagScopeTerm");
			}
			if (term.simpleScopeTerm() != null) {
				simpleScopeTerm(at + ".simpleScopeTerm", term.simpleScopeTerm());
			}
			else {
				tagScopeTerm(at + ".tagScopeTerm", term.tagScopeTerm());
			}
		}
	}

	/**
	 * OBJECT_EXTENSION takes EQ or NE, OBJECT_KEY takes STARTS_WITH (both any number of
	 * values); OBJECT_LAST_MODIFIED_DATE (an ISO-8601 UTC instant) and OBJECT_SIZE
	 * (bytes) take one value.
	 */
	private static void simpleScopeTerm(String member, SimpleScopeTerm term) {
		oneOf(member + ".key", term.key(), SCOPE_COMPARATORS.keySet());
		required(member + ".comparator", term.comparator());
		if (!SCOPE_COMPARATORS.get(term.key()).contains(term.comparator())) {
			throw MacieError.validation(member + ".comparator", term.key() + " can only be compared with "
					+ String.join(", ", sorted(SCOPE_COMPARATORS.get(term.key()))) + ", not " + term.comparator());
		}
		nonEmpty(member + ".values", term.values());
		if (term.key().equals("OBJECT_LAST_MODIFIED_DATE") || term.key().equals("OBJECT_SIZE")) {
			if (term.values().size() != 1) {
				throw MacieError.validation(member + ".values", term.key() + " takes exactly one value");
			}
			String value = term.values().get(0);
			if (term.key().equals("OBJECT_SIZE") && !value.matches("\\d{1,18}")) {
				throw MacieError.validation(member + ".values",
						"an object size is a whole number of bytes, not " + value);
			}
			if (term.key().equals("OBJECT_LAST_MODIFIED_DATE") && !isUtcInstant(value)) {
				throw MacieError.validation(member + ".values",
						"a last-modified date is an ISO-8601 UTC date and time such as 2024-01-31T00:00:00Z, not "
								+ value);
			}
		}
		for (String value : term.values()) {
			if (value == null || value.isEmpty()) {
				throw MacieError.validation(member + ".values", "must not contain an empty value");
			}
		}
	}

	/** Object tags: key TAG, target S3_OBJECT, EQ or NE, at least one tag key. */
	private static void tagScopeTerm(String member, TagScopeTerm term) {
		if (!"TAG".equals(term.key())) {
			throw MacieError.validation(member + ".key", "must be TAG, not " + term.key());
		}
		oneOf(member + ".comparator", term.comparator(), EQ_NE);
		if (term.target() != null && !term.target().equals("S3_OBJECT")) {
			throw MacieError.validation(member + ".target", "must be S3_OBJECT, not " + term.target());
		}
		nonEmpty(member + ".tagValues", term.tagValues());
		for (int j = 0; j < term.tagValues().size(); j++) {
			if (term.tagValues().get(j).key() == null || term.tagValues().get(j).key().isEmpty()) {
				throw MacieError.validation(member + ".tagValues[" + j + "].key", "is required");
			}
		}
	}

	/**
	 * ALL, RECOMMENDED (the default) and NONE take no managed identifier ids, INCLUDE and
	 * EXCLUDE need ids Macie has; NONE needs at least one custom data identifier.
	 */
	private void managedDataIdentifiers(CreateClassificationJobRequest request) {
		String selector = (request.managedDataIdentifierSelector() != null) ? request.managedDataIdentifierSelector()
				: "RECOMMENDED";
		oneOf("managedDataIdentifierSelector", selector, SELECTORS);
		List<String> ids = (request.managedDataIdentifierIds() != null) ? request.managedDataIdentifierIds()
				: List.of();
		boolean takesIds = selector.equals("INCLUDE") || selector.equals("EXCLUDE");
		if (!takesIds && !ids.isEmpty()) {
			throw MacieError.validation("managedDataIdentifierIds",
					"must not be specified when managedDataIdentifierSelector is " + selector);
		}
		if (takesIds && ids.isEmpty()) {
			throw MacieError.validation("managedDataIdentifierIds",
					"must list at least one managed data identifier when managedDataIdentifierSelector is " + selector);
		}
		Set<String> known = this.catalog.managedDataIdentifierIds();
		for (String id : ids) {
			if (!known.contains(id)) {
				throw MacieError.validation("managedDataIdentifierIds", "there is no managed data identifier " + id);
			}
		}
		if (selector.equals("NONE")
				&& (request.customDataIdentifierIds() == null || request.customDataIdentifierIds().isEmpty())) {
			throw MacieError.validation("customDataIdentifierIds",
					"must list at least one custom data identifier when managedDataIdentifierSelector is NONE");
		}
	}

	private void customDataIdentifiers(List<String> ids) {
		existing("customDataIdentifierIds", ids, MAX_CUSTOM_DATA_IDENTIFIERS, this.catalog.customDataIdentifierIds(),
				"custom data identifier");
	}

	private void allowLists(List<String> ids) {
		existing("allowListIds", ids, MAX_ALLOW_LISTS, this.catalog.allowListIds(), "allow list");
	}

	private static void existing(String member, List<String> ids, int most, Set<String> known, String what) {
		if (ids == null) {
			return;
		}
		if (ids.size() > most) {
			throw MacieError.validation(member, "a job can use at most " + most + " " + what + "s, not " + ids.size());
		}
		for (String id : ids) {
			if (!known.contains(id)) {
				throw MacieError.validation(member, "there is no " + what + " " + id);
			}
		}
	}

	private static void required(String member, Object value) {
		if (value == null) {
			throw MacieError.validation(member, "is required");
		}
	}

	private static void oneOf(String member, String value, Set<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			throw MacieError.validation(member,
					"must be one of " + String.join(", ", sorted(allowed)) + ", not " + value);
		}
	}

	private static void nonEmpty(String member, List<?> values) {
		if (values == null || values.isEmpty()) {
			throw MacieError.validation(member, "must contain at least one value");
		}
	}

	private static void maxLength(String member, String value, int most) {
		if (value.length() > most) {
			throw MacieError.validation(member, "can be at most " + most + " characters long, not " + value.length());
		}
	}

	private static int count(Object... values) {
		int given = 0;
		for (Object value : values) {
			if (value != null) {
				given++;
			}
		}
		return given;
	}

	private static boolean isUtcInstant(String value) {
		try {
			Instant.parse(value);
			return value.endsWith("Z");
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

}
