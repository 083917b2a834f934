package io.maciedashboard.builder;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.maciedashboard.macie.ManagedIdentifierSelector;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Every rule of CreateClassificationJob, checked before anything is sent: the per-field
 * limits declared on the form (Bean Validation) and the rules that span fields or need
 * Macie's lists. Each problem is reported on the field it concerns, in plain words.
 */
@Component
class JobFormValidator {

	static final int MAX_TAGS = 50;

	static final int MAX_BUCKETS = 1000;

	static final int MAX_CUSTOM_IDENTIFIERS = 30;

	static final int MAX_ALLOW_LISTS = 10;

	static final int MAX_KEY_PREFIX_LENGTH = 1024;

	private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

	private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

	private static final Set<String> SCHEDULES = Set.of(JobForm.ONE_TIME, JobForm.DAILY, JobForm.WEEKLY,
			JobForm.MONTHLY);

	private final SpringValidatorAdapter beanValidator;

	JobFormValidator(jakarta.validation.Validator beanValidator) {
		this.beanValidator = new SpringValidatorAdapter(beanValidator);
	}

	void validate(JobForm form, Errors errors, IdentifierCatalog catalog) {
		this.beanValidator.validate(form, errors);
		validateGeneral(form, errors);
		validateBuckets(form, errors);
		validateObjectScope(form, errors);
		validateSchedule(form, errors);
		validateIdentifiers(form, errors, catalog);
	}

	private void validateGeneral(JobForm form, Errors errors) {
		if (FormText.isBlank(form.getName())) {
			errors.rejectValue("name", "required", "Give the job a name.");
		}
		List<TagPairForm> tags = form.getTags();
		if (tags.stream().filter((tag) -> !tag.isBlank()).count() > MAX_TAGS) {
			errors.rejectValue("tags", "tooMany", "A job can have at most 50 tags.");
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < tags.size(); i++) {
			TagPairForm tag = tags.get(i);
			String key = FormText.trim(tag.getKey());
			if (tag.isBlank()) {
				continue;
			}
			if (key.isEmpty()) {
				errors.rejectValue("tags[" + i + "].key", "required", "A tag needs a key.");
			}
			else if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
				errors.rejectValue("tags[" + i + "].key", "reserved",
						"Tag keys starting with aws: are reserved by AWS.");
			}
			else if (!keys.add(key)) {
				errors.rejectValue("tags[" + i + "].key", "duplicate", "Another tag already has this key.");
			}
		}
	}

	/** The bucket part alone, also used to decide whether a preview can be shown. */
	void validateBuckets(JobForm form, Errors errors) {
		if (form.isSpecificBuckets()) {
			validateSpecificBuckets(form, errors);
		}
		else if (JobForm.BUCKET_CRITERIA.equals(form.getBucketMode())) {
			validateCriteria(form, errors);
		}
		else {
			errors.rejectValue("bucketMode", "invalid", "Choose specific buckets or bucket criteria.");
		}
	}

	private void validateSpecificBuckets(JobForm form, Errors errors) {
		Set<String> buckets = new LinkedHashSet<>();
		for (String selected : form.getSelectedBuckets()) {
			int separator = selected.indexOf(JobFormMapper.ACCOUNT_BUCKET_SEPARATOR);
			if (separator < 0 || !ACCOUNT_ID.matcher(selected.substring(0, separator)).matches()
					|| !BUCKET_NAME.matcher(selected.substring(separator + 1)).matches()) {
				errors.rejectValue("selectedBuckets", "invalid",
						"One of the chosen buckets is not a bucket from Macie's inventory; search and choose it again.");
				return;
			}
			buckets.add(selected);
		}
		List<AccountBucketsForm> typed = form.getTypedBuckets();
		for (int i = 0; i < typed.size(); i++) {
			AccountBucketsForm row = typed.get(i);
			if (row.isBlank()) {
				continue;
			}
			String accountId = FormText.trim(row.getAccountId());
			if (!ACCOUNT_ID.matcher(accountId).matches()) {
				errors.rejectValue("typedBuckets[" + i + "].accountId", "invalid",
						"An AWS account id is 12 digits, such as 111122223333.");
			}
			List<String> names = FormText.linesOrCommas(row.getBucketNames());
			if (names.isEmpty()) {
				errors.rejectValue("typedBuckets[" + i + "].bucketNames", "required",
						"Type at least one bucket name for this account.");
			}
			List<String> invalid = names.stream().filter((name) -> !BUCKET_NAME.matcher(name).matches()).toList();
			if (!invalid.isEmpty()) {
				errors.rejectValue("typedBuckets[" + i + "].bucketNames", "invalid",
						"Not valid bucket names: " + sample(invalid)
								+ " (a bucket name has 3 to 63 lowercase letters, digits, dots and hyphens).");
			}
			names.forEach((name) -> buckets.add(accountId + JobFormMapper.ACCOUNT_BUCKET_SEPARATOR + name));
		}
		if (buckets.isEmpty()) {
			errors.rejectValue("selectedBuckets", "required",
					"Choose at least one bucket, or type an account id and bucket names.");
		}
		else if (buckets.size() > MAX_BUCKETS) {
			errors.rejectValue("selectedBuckets", "tooMany",
					"A job can analyse at most 1,000 buckets; this selection has " + buckets.size() + ".");
		}
	}

	private void validateCriteria(JobForm form, Errors errors) {
		if (form.getBucketIncludes().isEmpty() && form.getBucketExcludes().isEmpty()) {
			errors.rejectValue("bucketIncludes", "required",
					"Add at least one condition that says which buckets to include or exclude.");
		}
		validateCriteriaRows("bucketIncludes", form.getBucketIncludes(), errors);
		validateCriteriaRows("bucketExcludes", form.getBucketExcludes(), errors);
	}

	private void validateCriteriaRows(String list, List<BucketConditionForm> rows, Errors errors) {
		for (int i = 0; i < rows.size(); i++) {
			BucketConditionForm row = rows.get(i);
			String path = list + "[" + i + "].";
			if (!BucketConditionKey.isComparator(row.getComparator())) {
				errors.rejectValue(path + "comparator", "invalid", "Choose \"is\" or \"is not\".");
			}
			BucketConditionKey key = BucketConditionKey.parse(row.getKey()).orElse(null);
			if (key == null) {
				errors.rejectValue(path + "key", "invalid", "Choose what the condition tests.");
			}
			else if (key.isTag()) {
				validateTagPairs(path + "tagValues", row.getTagValues(), false, errors);
			}
			else if (key.hasChoices()) {
				Set<String> allowed = key.choices().stream().map(Choice::value).collect(Collectors.toSet());
				if (row.getChoices().isEmpty()) {
					errors.rejectValue(path + "choices", "required", "Choose at least one value.");
				}
				else if (!allowed.containsAll(row.getChoices())) {
					errors.rejectValue(path + "choices", "invalid", "Choose from the values offered.");
				}
			}
			else {
				validateCriteriaValues(path + "valuesText", key, row.getValuesText(), errors);
			}
		}
	}

	private void validateCriteriaValues(String field, BucketConditionKey key, String text, Errors errors) {
		List<String> values = FormText.linesOrCommas(text);
		Pattern pattern = (key == BucketConditionKey.ACCOUNT_ID) ? ACCOUNT_ID : BUCKET_NAME;
		List<String> invalid = values.stream().filter((value) -> !pattern.matcher(value).matches()).toList();
		if (values.isEmpty()) {
			errors.rejectValue(field, "required", (key == BucketConditionKey.ACCOUNT_ID)
					? "Type at least one account id." : "Type at least one bucket name.");
		}
		else if (!invalid.isEmpty()) {
			errors.rejectValue(field, "invalid",
					(key == BucketConditionKey.ACCOUNT_ID) ? "Not 12-digit account ids: " + sample(invalid) + "."
							: "Not valid bucket names: " + sample(invalid)
									+ " (3 to 63 lowercase letters, digits, dots and hyphens).");
		}
	}

	private void validateTagPairs(String field, List<TagPairForm> pairs, boolean keyRequired, Errors errors) {
		if (pairs.stream().allMatch(TagPairForm::isBlank)) {
			errors.rejectValue(field, "required",
					keyRequired ? "Enter at least one tag key." : "Enter at least one tag key or value.");
			return;
		}
		for (int j = 0; j < pairs.size(); j++) {
			TagPairForm pair = pairs.get(j);
			if (keyRequired && !pair.isBlank() && FormText.isBlank(pair.getKey())) {
				errors.rejectValue(field + "[" + j + "].key", "required", "Enter the tag key.");
			}
		}
	}

	private void validateObjectScope(JobForm form, Errors errors) {
		if (zone(form.getTimeZone()) == null) {
			errors.rejectValue("timeZone", "invalid",
					"The time zone sent with the form is not one this server knows; dates cannot be read.");
		}
		validateObjectRows("objectIncludes", form.getObjectIncludes(), errors);
		validateObjectRows("objectExcludes", form.getObjectExcludes(), errors);
	}

	static ZoneId zone(String timeZone) {
		try {
			return ZoneId.of(FormText.trim(timeZone));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private void validateObjectRows(String list, List<ObjectConditionForm> rows, Errors errors) {
		for (int i = 0; i < rows.size(); i++) {
			ObjectConditionForm row = rows.get(i);
			String path = list + "[" + i + "].";
			ObjectConditionKey key = ObjectConditionKey.parse(row.getKey()).orElse(null);
			if (key == null) {
				errors.rejectValue(path + "key", "invalid", "Choose what the condition tests.");
				continue;
			}
			if (!key.allows(row.getComparator())) {
				errors.rejectValue(path + "comparator", "invalid", key.label() + " can only be compared with: "
						+ key.comparators().stream().map(Choice::label).collect(Collectors.joining(", ")) + ".");
			}
			switch (key) {
				case TAG -> validateTagPairs(path + "tagValues", row.getTagValues(), true, errors);
				case OBJECT_EXTENSION ->
					validateTypedValues(path + "valuesText", FormText.linesOrCommas(row.getValuesText()),
							row.getValuesText(), "Type at least one file name extension, such as pdf.", errors);
				case OBJECT_KEY -> validateKeyPrefixes(path + "valuesText", row.getValuesText(), errors);
				case OBJECT_LAST_MODIFIED_DATE -> validateDateTime(path + "dateTime", row.getDateTime(), errors);
				case OBJECT_SIZE -> validateSize(path, row, errors);
			}
		}
	}

	private void validateTypedValues(String field, List<String> values, String text, String whenEmpty, Errors errors) {
		if (values.isEmpty()) {
			errors.rejectValue(field, "required", whenEmpty);
		}
		else if (FormText.hasControlCharactersBesidesLineBreaks(text)) {
			errors.rejectValue(field, "control", FormText.CONTROL_CHARACTERS_MESSAGE);
		}
	}

	private void validateKeyPrefixes(String field, String text, Errors errors) {
		List<String> prefixes = FormText.lines(text);
		validateTypedValues(field, prefixes, text, "Type at least one key prefix, such as logs/.", errors);
		if (prefixes.stream().anyMatch((prefix) -> prefix.length() > MAX_KEY_PREFIX_LENGTH)) {
			errors.rejectValue(field, "tooLong", "An object key has at most 1,024 characters.");
		}
	}

	private void validateDateTime(String field, String text, Errors errors) {
		try {
			LocalDateTime.parse(FormText.trim(text));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "invalid", FormText.isBlank(text) ? "Enter a date and time."
					: "Enter a date and time such as 2026-01-31T17:30.");
		}
	}

	private void validateSize(String path, ObjectConditionForm row, Errors errors) {
		SizeUnit unit = SizeUnit.parse(row.getSizeUnit()).orElse(null);
		if (unit == null) {
			errors.rejectValue(path + "sizeUnit", "invalid", "Choose a unit from the list.");
			return;
		}
		try {
			BigDecimal size = new BigDecimal(FormText.trim(row.getSize()));
			if (size.signum() < 0) {
				errors.rejectValue(path + "size", "negative", "A size cannot be negative.");
			}
			else {
				JobFormMapper.bytes(row.getSize(), unit);
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(path + "size", "invalid",
					FormText.isBlank(row.getSize()) ? "Enter a size." : "Enter a number such as 10 or 2.5.");
		}
		catch (ArithmeticException ex) {
			errors.rejectValue(path + "size", "tooLarge", "That size is too large.");
		}
	}

	private void validateSchedule(JobForm form, Errors errors) {
		if (!SCHEDULES.contains(form.getSchedule())) {
			errors.rejectValue("schedule", "invalid", "Choose when the job runs.");
		}
		else if (JobForm.WEEKLY.equals(form.getSchedule())
				&& FormText.constant(DayOfWeek.class, form.getDayOfWeek()).isEmpty()) {
			errors.rejectValue("dayOfWeek", "invalid", "Choose a day of the week.");
		}
		else if (JobForm.MONTHLY.equals(form.getSchedule()) && !isWholeNumberIn(form.getDayOfMonth(), 1, 31)) {
			errors.rejectValue("dayOfMonth", "invalid", "Enter a day of the month from 1 to 31.");
		}
		if (!isWholeNumberIn(form.getSamplingPercentage(), 1, 100)) {
			errors.rejectValue("samplingPercentage", "invalid", "Enter a whole number from 1 to 100.");
		}
	}

	private static boolean isWholeNumberIn(String text, int min, int max) {
		String trimmed = FormText.trim(text);
		if (!trimmed.matches("\\d{1,3}")) {
			return false;
		}
		int value = Integer.parseInt(trimmed);
		return value >= min && value <= max;
	}

	private void validateIdentifiers(JobForm form, Errors errors, IdentifierCatalog catalog) {
		ManagedIdentifierSelector selector = FormText
			.constant(ManagedIdentifierSelector.class, form.getManagedIdentifierSelector())
			.orElse(null);
		if (selector == null) {
			errors.rejectValue("managedIdentifierSelector", "invalid", "Choose which managed data identifiers to use.");
		}
		else if (selector == ManagedIdentifierSelector.INCLUDE || selector == ManagedIdentifierSelector.EXCLUDE) {
			if (form.getManagedIdentifierIds().isEmpty()) {
				errors.rejectValue("managedIdentifierIds", "required", (selector == ManagedIdentifierSelector.INCLUDE)
						? "Choose at least one identifier to use." : "Choose at least one identifier to leave out.");
			}
			else if (catalog.isAvailable()) {
				rejectUnknown("managedIdentifierIds", form.getManagedIdentifierIds(), catalog.managedIds(),
						"managed data identifiers", errors);
			}
		}
		else if (selector == ManagedIdentifierSelector.NONE && form.getCustomIdentifierIds().isEmpty()) {
			errors.rejectValue("customIdentifierIds", "required",
					"With no managed data identifiers, choose at least one custom data identifier.");
		}
		if (new LinkedHashSet<>(form.getCustomIdentifierIds()).size() > MAX_CUSTOM_IDENTIFIERS) {
			errors.rejectValue("customIdentifierIds", "tooMany", "A job can use at most 30 custom data identifiers.");
		}
		else if (catalog.isAvailable()) {
			rejectUnknown("customIdentifierIds", form.getCustomIdentifierIds(), catalog.customNames().keySet(),
					"custom data identifiers", errors);
		}
		if (new LinkedHashSet<>(form.getAllowListIds()).size() > MAX_ALLOW_LISTS) {
			errors.rejectValue("allowListIds", "tooMany", "A job can use at most 10 allow lists.");
		}
		else if (catalog.isAvailable()) {
			rejectUnknown("allowListIds", form.getAllowListIds(), catalog.allowListNames().keySet(), "allow lists",
					errors);
		}
	}

	private static void rejectUnknown(String field, List<String> chosen, Collection<String> known, String what,
			Errors errors) {
		List<String> unknown = chosen.stream().filter((id) -> !known.contains(id)).distinct().toList();
		if (!unknown.isEmpty()) {
			errors.rejectValue(field, "unknown", "Macie has no " + what + " with these ids: " + sample(unknown) + ".");
		}
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
