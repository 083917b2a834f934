package io.maciedashboard.builder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.maciedashboard.builder.JobForm.AccountBucketsForm;
import io.maciedashboard.builder.JobForm.BucketConditionForm;
import io.maciedashboard.builder.JobForm.ObjectConditionForm;
import io.maciedashboard.builder.JobForm.TagPairForm;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.Comparator;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.ManagedDataIdentifier;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.macie.TagValue;

import org.springframework.validation.Errors;

import static io.maciedashboard.macie.MacieLimits.ACCOUNT_ID_DIGITS;
import static io.maciedashboard.macie.MacieLimits.ALLOW_LISTS;
import static io.maciedashboard.macie.MacieLimits.BUCKETS;
import static io.maciedashboard.macie.MacieLimits.BUCKET_NAME_MAX_LENGTH;
import static io.maciedashboard.macie.MacieLimits.BUCKET_NAME_MIN_LENGTH;
import static io.maciedashboard.macie.MacieLimits.CUSTOM_DATA_IDENTIFIERS;
import static io.maciedashboard.macie.MacieLimits.DAY_OF_MONTH_MAX;
import static io.maciedashboard.macie.MacieLimits.DESCRIPTION_LENGTH;
import static io.maciedashboard.macie.MacieLimits.NAME_LENGTH;
import static io.maciedashboard.macie.MacieLimits.OBJECT_KEY_LENGTH;
import static io.maciedashboard.macie.MacieLimits.SAMPLING_PERCENTAGE_MAX;
import static io.maciedashboard.macie.MacieLimits.SAMPLING_PERCENTAGE_MIN;
import static io.maciedashboard.macie.MacieLimits.TAGS;
import static io.maciedashboard.macie.MacieLimits.TAG_KEY_LENGTH;
import static io.maciedashboard.macie.MacieLimits.TAG_VALUE_LENGTH;

/**
 * Reads a {@link JobForm} into the {@link JobDefinition} it describes, or reports each
 * broken rule of CreateClassificationJob on its field. Typed values are bounded in length
 * before they are parsed, so no input costs more than a glance.
 */
final class JobFormReader {

	/** Inventory buckets are posted as "accountId/bucketName" (neither holds a slash). */
	static final char ACCOUNT_BUCKET_SEPARATOR = '/';

	/** Longest search text: a bucket name is shorter. */
	static final int SEARCH_LENGTH = 255;

	/** Longest text of one condition's values. */
	static final int VALUES_TEXT_LENGTH = 20_000;

	/** Longest bucket names text of one account: every bucket a job can hold. */
	static final int BUCKET_NAMES_LENGTH = BUCKETS * (BUCKET_NAME_MAX_LENGTH + 2);

	private static final String CONTROL_CHARACTERS = "Remove the invisible control characters (such as tabs or line breaks) from this field.";

	private static final String ACCOUNT_ID = "\\d{" + ACCOUNT_ID_DIGITS + "}";

	private static final String BUCKET_NAME = "[a-z0-9][a-z0-9.-]{" + (BUCKET_NAME_MIN_LENGTH - 2) + ","
			+ (BUCKET_NAME_MAX_LENGTH - 2) + "}[a-z0-9]";

	private static final Predicate<String> IS_ACCOUNT_ID = Pattern.compile(ACCOUNT_ID).asMatchPredicate();

	private static final Predicate<String> IS_BUCKET_NAME = Pattern.compile(BUCKET_NAME).asMatchPredicate();

	/** An inventory bucket as chosen: "accountId/bucketName". */
	private static final Pattern SELECTED_BUCKET = Pattern
		.compile("(" + ACCOUNT_ID + ")" + ACCOUNT_BUCKET_SEPARATOR + "(" + BUCKET_NAME + ")");

	private static final String NOT_BUCKET_NAMES = "Not valid bucket names: %s (a bucket name has "
			+ BUCKET_NAME_MIN_LENGTH + " to " + BUCKET_NAME_MAX_LENGTH
			+ " lowercase letters, digits, dots and hyphens).";

	/** A decimal as people type it; length-bounded so that parsing it costs nothing. */
	private static final Pattern DECIMAL = Pattern.compile("(-?)(\\d{1,20}(\\.\\d{0,20})?|\\.\\d{1,20})");

	private static final Pattern SMALL_WHOLE_NUMBER = Pattern.compile("\\d{1,3}");

	/** A datetime-local value, seconds and fractions optional. */
	private static final Pattern LOCAL_DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

	private static final Pattern LINES = Pattern.compile("\\R");

	private static final Pattern LINES_OR_COMMAS = Pattern.compile("[\\r\\n,]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern CONTROL_BESIDES_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\r\\n]]");

	private final JobForm form;

	private final Errors errors;

	private JobFormReader(JobForm form, Errors errors) {
		this.form = form;
		this.errors = errors;
	}

	/** The definition; null when {@code errors} holds any problem (binding ones too). */
	static JobDefinition read(JobForm form, Errors errors) {
		return new JobFormReader(form, errors).definition();
	}

	/** The bucket part alone, for the preview; null when it has problems. */
	static BucketScope readBuckets(JobForm form, Errors errors) {
		int before = errors.getErrorCount();
		BucketScope buckets = new JobFormReader(form, errors).buckets();
		return (errors.getErrorCount() == before) ? buckets : null;
	}

	/** Reports ids Macie's lists lack; if they could not be read, Macie checks them. */
	static void checkReferences(JobDefinition definition, IdentifierCatalog catalog, Errors errors) {
		if (!catalog.isAvailable()) {
			return;
		}
		unknown("managedIdentifierIds", definition.managedDataIdentifierIds(),
				catalog.managed().stream().map(ManagedDataIdentifier::id).toList(), "managed data identifiers", errors);
		unknown("customIdentifierIds", definition.customDataIdentifierIds(), catalog.customNames().keySet(),
				"custom data identifiers", errors);
		unknown("allowListIds", definition.allowListIds(), catalog.allowListNames().keySet(), "allow lists", errors);
	}

	private static void unknown(String field, List<String> ids, Collection<String> known, String what, Errors errors) {
		List<String> unknown = ids.stream().filter((id) -> !known.contains(id)).toList();
		if (!unknown.isEmpty()) {
			errors.rejectValue(field, "unknown", "Macie has no " + what + " with these ids: " + sample(unknown) + ".");
		}
	}

	private JobDefinition definition() {
		String name = text("name", this.form.name, NAME_LENGTH, "A job name");
		if (name != null && name.isEmpty()) {
			reject("name", "Give the job a name.");
		}
		String description = text("description", this.form.description, DESCRIPTION_LENGTH, "A description");
		text("bucketSearch", this.form.bucketSearch, SEARCH_LENGTH, "A bucket search");
		Map<String, String> tags = tags();
		BucketScope buckets = buckets();
		ZoneId zone = zone();
		ObjectScope objects = new ObjectScope(objectConditions("objectIncludes", this.form.objectIncludes, zone),
				objectConditions("objectExcludes", this.form.objectExcludes, zone));
		Schedule schedule = schedule();
		Integer sampling = wholeNumber("samplingPercentage", this.form.samplingPercentage, SAMPLING_PERCENTAGE_MIN,
				SAMPLING_PERCENTAGE_MAX,
				"Enter a whole number from " + SAMPLING_PERCENTAGE_MIN + " to " + SAMPLING_PERCENTAGE_MAX + ".");
		ManagedIdentifierSelector selector = managedSelector();
		List<String> managed = listsManagedIds(selector) ? this.form.managedIdentifierIds.stream().distinct().toList()
				: List.of();
		List<String> custom = chosen("customIdentifierIds", this.form.customIdentifierIds, CUSTOM_DATA_IDENTIFIERS,
				"custom data identifiers");
		List<String> allowLists = chosen("allowListIds", this.form.allowListIds, ALLOW_LISTS, "allow lists");
		if (selector == ManagedIdentifierSelector.NONE && custom.isEmpty()
				&& !this.errors.hasFieldErrors("customIdentifierIds")) {
			reject("customIdentifierIds",
					"With no managed data identifiers, choose at least one custom data identifier.");
		}
		if (this.errors.hasErrors()) {
			return null;
		}
		boolean oneTime = schedule == null;
		return new JobDefinition(name, description.isEmpty() ? null : description,
				oneTime ? JobType.ONE_TIME : JobType.SCHEDULED, schedule, !oneTime && this.form.initialRun, sampling,
				buckets, objects, selector, managed, custom, allowLists, tags);
	}

	/** Trimmed text, or null when it is too long or holds control characters. */
	private String text(String field, String value, int max, String what) {
		String text = trim(value);
		if (text.length() > max) {
			reject(field, what + " can have at most " + count(max) + " characters.");
			return null;
		}
		if (CONTROL.matcher(text).find()) {
			reject(field, CONTROL_CHARACTERS);
			return null;
		}
		return text;
	}

	private Map<String, String> tags() {
		List<TagPairForm> rows = this.form.tags;
		if (rows.stream().filter((row) -> !row.isBlank()).count() > TAGS) {
			reject("tags", "A job can have at most " + TAGS + " tags.");
		}
		Map<String, String> tags = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			TagValue tag = pair("tags[" + i + "]", rows.get(i));
			String field = "tags[" + i + "].key";
			if (tag != null && tag.key().isEmpty()) {
				reject(field, "A tag needs a key.");
			}
			else if (tag != null && tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
				reject(field, "Tag keys starting with aws: are reserved by AWS.");
			}
			else if (tag != null && tags.putIfAbsent(tag.key(), tag.value()) != null) {
				reject(field, "Another tag already has this key.");
			}
		}
		return tags;
	}

	/** A pair, trimmed; null when it is blank or has a problem. */
	private TagValue pair(String path, TagPairForm row) {
		if (row.isBlank()) {
			return null;
		}
		String key = text(path + ".key", row.key, TAG_KEY_LENGTH, "A tag key");
		String value = text(path + ".value", row.value, TAG_VALUE_LENGTH, "A tag value");
		return (key != null && value != null) ? new TagValue(key, value) : null;
	}

	private BucketScope buckets() {
		if (this.form.isSpecificBuckets()) {
			return specificBuckets();
		}
		if (BuilderOptions.BUCKET_CRITERIA.equals(this.form.bucketMode)) {
			if (this.form.bucketIncludes.isEmpty() && this.form.bucketExcludes.isEmpty()) {
				reject("bucketIncludes", "Add at least one condition that says which buckets to include or exclude.");
			}
			return new BucketCriteria(bucketConditions("bucketIncludes", this.form.bucketIncludes),
					bucketConditions("bucketExcludes", this.form.bucketExcludes));
		}
		reject("bucketMode", "Choose specific buckets or bucket criteria.");
		return null;
	}

	private BucketScope specificBuckets() {
		Map<String, Set<String>> byAccount = new LinkedHashMap<>();
		for (String chosen : this.form.selectedBuckets) {
			Matcher selected = SELECTED_BUCKET.matcher((chosen != null) ? chosen : "");
			if (!selected.matches()) {
				reject("selectedBuckets",
						"One of the chosen buckets is not a bucket from Macie's inventory; search and choose it again.");
				return null;
			}
			byAccount.computeIfAbsent(selected.group(1), (account) -> new LinkedHashSet<>()).add(selected.group(2));
		}
		List<AccountBucketsForm> typed = this.form.typedBuckets;
		int problemsBefore = this.errors.getErrorCount();
		for (int i = 0; i < typed.size(); i++) {
			AccountBucketsForm row = typed.get(i);
			if (row.isBlank()) {
				continue;
			}
			String path = "typedBuckets[" + i + "].";
			String accountId = trim(row.accountId);
			if (!IS_ACCOUNT_ID.test(accountId)) {
				reject(path + "accountId",
						"An AWS account id is " + ACCOUNT_ID_DIGITS + " digits, such as 111122223333.");
			}
			byAccount.computeIfAbsent(accountId, (account) -> new LinkedHashSet<>())
				.addAll(entries(path + "bucketNames", row.bucketNames, BUCKET_NAMES_LENGTH, LINES_OR_COMMAS,
						"Type at least one bucket name for this account.", IS_BUCKET_NAME, NOT_BUCKET_NAMES));
		}
		int count = byAccount.values().stream().mapToInt(Set::size).sum();
		if (count == 0 && this.errors.getErrorCount() == problemsBefore) {
			reject("selectedBuckets", "Choose at least one bucket, or type an account id and bucket names.");
		}
		else if (count > BUCKETS) {
			reject("selectedBuckets", "A job can analyse at most " + count(BUCKETS) + " buckets; this selection has "
					+ count(count) + ".");
		}
		return new SpecificBuckets(byAccount.entrySet()
			.stream()
			.map((account) -> new AccountBuckets(account.getKey(), List.copyOf(account.getValue())))
			.toList());
	}

	private List<BucketCondition> bucketConditions(String list, List<BucketConditionForm> rows) {
		List<BucketCondition> conditions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			BucketConditionForm row = rows.get(i);
			String path = list + "[" + i + "].";
			Comparator comparator = comparator(BucketConditionKey.COMPARATORS, row.comparator);
			if (comparator == null) {
				reject(path + "comparator", "Choose \"is\" or \"is not\".");
			}
			BucketConditionKey key = required(BucketConditionKey.class, path + "key", row.key,
					"Choose what the condition tests.");
			if (key == BucketConditionKey.TAG) {
				conditions
					.add(new TagCondition(comparator, conditionTagPairs(path + "tagValues", row.tagValues, false)));
			}
			else if (key != null) {
				conditions.add(new PropertyCondition(key.property(), comparator, bucketValues(path, key, row)));
			}
		}
		return conditions;
	}

	private List<String> bucketValues(String path, BucketConditionKey key, BucketConditionForm row) {
		if (key.hasChoices()) {
			List<String> chosen = row.choices.stream().distinct().toList();
			if (chosen.isEmpty()) {
				reject(path + "choices", "Choose at least one value.");
			}
			else if (!key.choices().stream().map(Choice::value).toList().containsAll(chosen)) {
				reject(path + "choices", "Choose from the values offered.");
			}
			return chosen;
		}
		return (key == BucketConditionKey.ACCOUNT_ID)
				? entries(path + "valuesText", row.valuesText, VALUES_TEXT_LENGTH, LINES_OR_COMMAS,
						"Type at least one account id.", IS_ACCOUNT_ID,
						"Not " + ACCOUNT_ID_DIGITS + "-digit account ids: %s.")
				: entries(path + "valuesText", row.valuesText, VALUES_TEXT_LENGTH, LINES_OR_COMMAS,
						"Type at least one bucket name.", IS_BUCKET_NAME, NOT_BUCKET_NAMES);
	}

	/** A condition's tag pairs: at least one, and for object tags each with a key. */
	private List<TagValue> conditionTagPairs(String path, List<TagPairForm> rows, boolean keyRequired) {
		if (rows.stream().allMatch(TagPairForm::isBlank)) {
			reject(path, keyRequired ? "Enter at least one tag key." : "Enter at least one tag key or value.");
		}
		List<TagValue> pairs = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			TagValue pair = pair(path + "[" + i + "]", rows.get(i));
			if (pair != null && keyRequired && pair.key().isEmpty()) {
				reject(path + "[" + i + "].key", "Enter the tag key.");
			}
			else if (pair != null) {
				pairs.add(pair);
			}
		}
		return pairs;
	}

	private ZoneId zone() {
		String zone = trim(this.form.timeZone);
		try {
			if (zone.length() <= 64) {
				return ZoneId.of(zone);
			}
		}
		catch (DateTimeException ex) {
			// said below
		}
		reject("timeZone", "The time zone sent with the form is not one this server knows; dates cannot be read.");
		return null;
	}

	private List<ObjectCondition> objectConditions(String list, List<ObjectConditionForm> rows, ZoneId zone) {
		List<ObjectCondition> conditions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ObjectConditionForm row = rows.get(i);
			String path = list + "[" + i + "].";
			ObjectConditionKey key = required(ObjectConditionKey.class, path + "key", row.key,
					"Choose what the condition tests.");
			if (key == null) {
				continue;
			}
			Comparator comparator = comparator(key.comparators(), row.comparator);
			if (comparator == null) {
				reject(path + "comparator", key.label() + " can only be compared with: "
						+ key.comparators().stream().map(Choice::label).collect(Collectors.joining(", ")) + ".");
			}
			conditions.add(switch (key) {
				case TAG -> new TagTerm(comparator, conditionTagPairs(path + "tagValues", row.tagValues, true));
				case OBJECT_EXTENSION -> new PropertyTerm(key.property(), comparator,
						entries(path + "valuesText", row.valuesText, VALUES_TEXT_LENGTH, LINES_OR_COMMAS,
								"Type at least one file name extension, such as pdf.")
							.stream()
							.map((extension) -> extension.startsWith(".") ? extension.substring(1) : extension)
							.toList());
				case OBJECT_KEY -> new PropertyTerm(key.property(), comparator,
						entries(path + "valuesText", row.valuesText, VALUES_TEXT_LENGTH, LINES,
								"Type at least one key prefix, such as logs/.",
								(prefix) -> prefix.length() <= OBJECT_KEY_LENGTH,
								"An object key has at most " + count(OBJECT_KEY_LENGTH) + " characters."));
				case OBJECT_LAST_MODIFIED_DATE ->
					new PropertyTerm(key.property(), comparator, instant(path + "dateTime", row.dateTime, zone));
				case OBJECT_SIZE -> new PropertyTerm(key.property(), comparator, bytes(path, row));
			});
		}
		return conditions;
	}

	/** A date-time typed in the person's time zone, as an instant. */
	private List<String> instant(String field, String text, ZoneId zone) {
		String value = trim(text);
		if (value.isEmpty()) {
			reject(field, "Enter a date and time.");
			return List.of();
		}
		try {
			if (LOCAL_DATE_TIME.matcher(value).matches()) {
				LocalDateTime local = LocalDateTime.parse(value);
				return (zone != null) ? List.of(local.atZone(zone).toInstant().toString()) : List.of();
			}
		}
		catch (DateTimeException ex) {
			// said below
		}
		reject(field, "Enter a date and time such as 2026-01-31T17:30.");
		return List.of();
	}

	/** A size typed with a unit, in whole bytes (rounded to the nearest byte). */
	private List<String> bytes(String path, ObjectConditionForm row) {
		SizeUnit unit = required(SizeUnit.class, path + "sizeUnit", row.sizeUnit, "Choose a unit from the list.");
		if (unit == null) {
			return List.of();
		}
		String size = trim(row.size);
		var number = DECIMAL.matcher(size);
		if (size.isEmpty() || !number.matches()) {
			reject(path + "size", size.isEmpty() ? "Enter a size." : "Enter a number such as 10 or 2.5.");
		}
		else if (!number.group(1).isEmpty() && new BigDecimal(number.group(2)).signum() != 0) {
			reject(path + "size", "A size cannot be negative.");
		}
		else {
			try {
				return List.of(Long.toString(new BigDecimal(number.group(2)).multiply(unit.bytes())
					.setScale(0, RoundingMode.HALF_UP)
					.longValueExact()));
			}
			catch (ArithmeticException ex) {
				reject(path + "size", "That size is too large.");
			}
		}
		return List.of();
	}

	/** Null for a one-time job. */
	private Schedule schedule() {
		return switch (Objects.toString(this.form.schedule, "")) {
			case BuilderOptions.ONE_TIME -> null;
			case BuilderOptions.DAILY -> new Schedule.Daily();
			case BuilderOptions.WEEKLY -> new Schedule.Weekly(
					required(DayOfWeek.class, "dayOfWeek", this.form.dayOfWeek, "Choose a day of the week."));
			case BuilderOptions.MONTHLY -> {
				Integer day = wholeNumber("dayOfMonth", this.form.dayOfMonth, 1, DAY_OF_MONTH_MAX,
						"Enter a day of the month from 1 to " + DAY_OF_MONTH_MAX + ".");
				yield new Schedule.Monthly((day != null) ? day : 1);
			}
			default -> {
				reject("schedule", "Choose when the job runs.");
				yield null;
			}
		};
	}

	private Integer wholeNumber(String field, String text, int min, int max, String message) {
		String value = trim(text);
		if (SMALL_WHOLE_NUMBER.matcher(value).matches()) {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		reject(field, message);
		return null;
	}

	private ManagedIdentifierSelector managedSelector() {
		ManagedIdentifierSelector selector = required(ManagedIdentifierSelector.class, "managedIdentifierSelector",
				this.form.managedIdentifierSelector, "Choose which managed data identifiers to use.");
		if (listsManagedIds(selector) && this.form.managedIdentifierIds.isEmpty()) {
			reject("managedIdentifierIds", (selector == ManagedIdentifierSelector.INCLUDE)
					? "Choose at least one identifier to use." : "Choose at least one identifier to leave out.");
		}
		return selector;
	}

	private static boolean listsManagedIds(ManagedIdentifierSelector selector) {
		return selector == ManagedIdentifierSelector.INCLUDE || selector == ManagedIdentifierSelector.EXCLUDE;
	}

	private List<String> chosen(String field, List<String> ids, int max, String what) {
		List<String> distinct = ids.stream().distinct().toList();
		if (distinct.size() > max) {
			reject(field, "A job can use at most " + max + " " + what + ".");
		}
		return distinct;
	}

	/** Entries split by {@code separator}, trimmed, without blanks or repeats. */
	private List<String> entries(String field, String text, int max, Pattern separator, String whenEmpty) {
		String value = (text != null) ? text : "";
		if (value.length() > max) {
			reject(field, "That is too much text for one field (at most " + count(max) + " characters).");
			return List.of();
		}
		if (CONTROL_BESIDES_LINE_BREAKS.matcher(value).find()) {
			reject(field, CONTROL_CHARACTERS);
			return List.of();
		}
		List<String> entries = separator.splitAsStream(value)
			.filter((entry) -> !entry.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		if (entries.isEmpty()) {
			reject(field, whenEmpty);
		}
		return entries;
	}

	/**
	 * The entries, or none when one is not {@code valid} ({@code invalid} is its
	 * message).
	 */
	private List<String> entries(String field, String text, int max, Pattern separator, String whenEmpty,
			Predicate<String> valid, String invalid) {
		List<String> entries = entries(field, text, max, separator, whenEmpty);
		List<String> wrong = entries.stream().filter(valid.negate()).toList();
		if (!wrong.isEmpty()) {
			reject(field, invalid.formatted(sample(wrong)));
			return List.of();
		}
		return entries;
	}

	/** The enum constant of this name; null (said on the field) when there is none. */
	private <E extends Enum<E>> E required(Class<E> type, String field, String name, String message) {
		E constant = constant(type, name, null);
		if (constant == null) {
			reject(field, message);
		}
		return constant;
	}

	/** The enum constant of this name, or {@code otherwise} (never an exception). */
	static <E extends Enum<E>> E constant(Class<E> type, String name, E otherwise) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(name))
			.findFirst()
			.orElse(otherwise);
	}

	static String trim(String text) {
		return (text != null) ? text.strip() : "";
	}

	/** The posted comparator when it is one of those offered, otherwise null. */
	private static Comparator comparator(List<Choice> offered, String posted) {
		return offered.stream().anyMatch((choice) -> choice.value().equals(posted)) ? Comparator.valueOf(posted) : null;
	}

	private void reject(String field, String message) {
		this.errors.rejectValue(field, "invalid", message);
	}

	/** 1,000 rather than 1000. */
	private static String count(int number) {
		return String.format(Locale.ENGLISH, "%,d", number);
	}

	/** At most five entries, shortened, for a message. */
	private static String sample(List<String> values) {
		String shown = values.stream()
			.limit(5)
			.map((value) -> (value.length() > 70) ? value.substring(0, 70) + "..." : value)
			.collect(Collectors.joining(", "));
		return (values.size() > 5) ? shown + " and " + (values.size() - 5) + " more" : shown;
	}

}
