package io.maciedashboard.builder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.macie.TagValue;

/**
 * Turns a validated {@link JobForm} into the {@link JobDefinition} sent to Macie, and a
 * job's definition back into a form (to copy a job). Only call {@link #toDefinition} on a
 * form that {@link JobFormValidator} accepted: it does not repeat the checks.
 */
final class JobFormMapper {

	/**
	 * Selected inventory buckets travel as "accountId/bucketName" (a bucket name has no
	 * slash).
	 */
	static final char ACCOUNT_BUCKET_SEPARATOR = '/';

	private JobFormMapper() {
	}

	static JobDefinition toDefinition(JobForm form) {
		ZoneId zone = ZoneId.of(FormText.trim(form.getTimeZone()));
		boolean oneTime = form.isOneTime();
		ManagedIdentifierSelector selector = ManagedIdentifierSelector.valueOf(form.getManagedIdentifierSelector());
		boolean listsIdentifiers = selector == ManagedIdentifierSelector.INCLUDE
				|| selector == ManagedIdentifierSelector.EXCLUDE;
		return new JobDefinition(FormText.trim(form.getName()), blankToNull(form.getDescription()),
				oneTime ? JobType.ONE_TIME : JobType.SCHEDULED, schedule(form), !oneTime && form.isInitialRun(),
				Integer.valueOf(FormText.trim(form.getSamplingPercentage())), bucketScope(form),
				objectScope(form, zone), selector,
				listsIdentifiers ? List.copyOf(new LinkedHashSet<>(form.getManagedIdentifierIds())) : List.of(),
				List.copyOf(new LinkedHashSet<>(form.getCustomIdentifierIds())),
				List.copyOf(new LinkedHashSet<>(form.getAllowListIds())), tags(form.getTags()));
	}

	private static String blankToNull(String text) {
		return FormText.isBlank(text) ? null : FormText.trim(text);
	}

	private static Schedule schedule(JobForm form) {
		return switch (form.getSchedule()) {
			case JobForm.DAILY -> new Schedule.Daily();
			case JobForm.WEEKLY -> new Schedule.Weekly(DayOfWeek.valueOf(form.getDayOfWeek()));
			case JobForm.MONTHLY -> new Schedule.Monthly(Integer.parseInt(FormText.trim(form.getDayOfMonth())));
			default -> null;
		};
	}

	private static Map<String, String> tags(List<TagPairForm> rows) {
		Map<String, String> tags = new LinkedHashMap<>();
		rows.stream()
			.filter((row) -> !row.isBlank())
			.forEach((row) -> tags.put(FormText.trim(row.getKey()), FormText.trim(row.getValue())));
		return tags;
	}

	static BucketScope bucketScope(JobForm form) {
		if (!form.isSpecificBuckets()) {
			return new BucketCriteria(bucketConditions(form.getBucketIncludes()),
					bucketConditions(form.getBucketExcludes()));
		}
		Map<String, Set<String>> byAccount = new LinkedHashMap<>();
		for (String selected : form.getSelectedBuckets()) {
			int separator = selected.indexOf(ACCOUNT_BUCKET_SEPARATOR);
			byAccount.computeIfAbsent(selected.substring(0, separator), (account) -> new LinkedHashSet<>())
				.add(selected.substring(separator + 1));
		}
		for (AccountBucketsForm typed : form.getTypedBuckets()) {
			if (!typed.isBlank()) {
				byAccount.computeIfAbsent(FormText.trim(typed.getAccountId()), (account) -> new LinkedHashSet<>())
					.addAll(FormText.linesOrCommas(typed.getBucketNames()));
			}
		}
		return new SpecificBuckets(byAccount.entrySet()
			.stream()
			.map((entry) -> new AccountBuckets(entry.getKey(), List.copyOf(entry.getValue())))
			.toList());
	}

	private static List<BucketCondition> bucketConditions(List<BucketConditionForm> rows) {
		List<BucketCondition> conditions = new ArrayList<>();
		for (BucketConditionForm row : rows) {
			BucketConditionKey key = BucketConditionKey.valueOf(row.getKey());
			Comparator comparator = Comparator.valueOf(row.getComparator());
			if (key.isTag()) {
				conditions.add(new TagCondition(comparator, tagValues(row.getTagValues())));
			}
			else {
				List<String> values = key.hasChoices() ? List.copyOf(new LinkedHashSet<>(row.getChoices()))
						: FormText.linesOrCommas(row.getValuesText());
				conditions.add(new PropertyCondition(key.property(), comparator, values));
			}
		}
		return List.copyOf(conditions);
	}

	private static List<TagValue> tagValues(List<TagPairForm> pairs) {
		return pairs.stream()
			.filter((pair) -> !pair.isBlank())
			.map((pair) -> new TagValue(FormText.trim(pair.getKey()), FormText.trim(pair.getValue())))
			.toList();
	}

	private static ObjectScope objectScope(JobForm form, ZoneId zone) {
		if (form.getObjectIncludes().isEmpty() && form.getObjectExcludes().isEmpty()) {
			return ObjectScope.ALL_OBJECTS;
		}
		return new ObjectScope(objectConditions(form.getObjectIncludes(), zone),
				objectConditions(form.getObjectExcludes(), zone));
	}

	private static List<ObjectCondition> objectConditions(List<ObjectConditionForm> rows, ZoneId zone) {
		List<ObjectCondition> conditions = new ArrayList<>();
		for (ObjectConditionForm row : rows) {
			ObjectConditionKey key = ObjectConditionKey.valueOf(row.getKey());
			Comparator comparator = Comparator.valueOf(row.getComparator());
			conditions.add(switch (key) {
				case TAG -> new TagTerm(comparator, tagValues(row.getTagValues()));
				case OBJECT_EXTENSION -> new PropertyTerm(key.property(), comparator,
						FormText.linesOrCommas(row.getValuesText()).stream().map(JobFormMapper::withoutDot).toList());
				case OBJECT_KEY -> new PropertyTerm(key.property(), comparator, FormText.lines(row.getValuesText()));
				case OBJECT_LAST_MODIFIED_DATE ->
					new PropertyTerm(key.property(), comparator, List.of(instant(row.getDateTime(), zone).toString()));
				case OBJECT_SIZE -> new PropertyTerm(key.property(), comparator,
						List.of(Long.toString(bytes(row.getSize(), SizeUnit.valueOf(row.getSizeUnit())))));
			});
		}
		return List.copyOf(conditions);
	}

	private static String withoutDot(String extension) {
		return extension.startsWith(".") ? extension.substring(1) : extension;
	}

	/**
	 * A date-time typed in the person's time zone, as the instant Macie compares with.
	 */
	static Instant instant(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(FormText.trim(localDateTime)).atZone(zone).toInstant();
	}

	/** A size typed with a unit, in whole bytes (rounded to the nearest byte). */
	static long bytes(String size, SizeUnit unit) {
		return new BigDecimal(FormText.trim(size)).multiply(unit.bytes())
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/**
	 * A form holding everything a job's definition says, to build a new job from it.
	 * Date-times come back in UTC (the page's script moves them to the browser's zone);
	 * the clientToken is left for the caller, since a copy is a new job.
	 */
	static JobForm toForm(JobDefinition definition) {
		JobForm form = new JobForm();
		form.setTimeZone("UTC");
		form.setName(definition.name());
		form.setDescription((definition.description() != null) ? definition.description() : "");
		definition.tags().forEach((key, value) -> form.getTags().add(new TagPairForm(key, value)));
		fillBuckets(form, definition.buckets());
		if (definition.objectScope() != null) {
			definition.objectScope().includes().forEach((condition) -> form.getObjectIncludes().add(row(condition)));
			definition.objectScope().excludes().forEach((condition) -> form.getObjectExcludes().add(row(condition)));
		}
		fillSchedule(form, definition);
		form.setSamplingPercentage(
				(definition.samplingPercentage() != null) ? definition.samplingPercentage().toString() : "100");
		form.setManagedIdentifierSelector((definition.managedIdentifierSelector() != null)
				? definition.managedIdentifierSelector().name() : ManagedIdentifierSelector.RECOMMENDED.name());
		form.setManagedIdentifierIds(new ArrayList<>(definition.managedDataIdentifierIds()));
		form.setCustomIdentifierIds(new ArrayList<>(definition.customDataIdentifierIds()));
		form.setAllowListIds(new ArrayList<>(definition.allowListIds()));
		return form;
	}

	private static void fillBuckets(JobForm form, BucketScope buckets) {
		if (buckets instanceof SpecificBuckets specific) {
			form.setBucketMode(JobForm.SPECIFIC_BUCKETS);
			specific.accounts()
				.forEach((account) -> form.getTypedBuckets()
					.add(new AccountBucketsForm(account.accountId(), String.join("\n", account.buckets()))));
		}
		else if (buckets instanceof BucketCriteria criteria) {
			form.setBucketMode(JobForm.BUCKET_CRITERIA);
			criteria.includes().forEach((condition) -> form.getBucketIncludes().add(row(condition)));
			criteria.excludes().forEach((condition) -> form.getBucketExcludes().add(row(condition)));
		}
	}

	private static BucketConditionForm row(BucketCondition condition) {
		BucketConditionForm row = new BucketConditionForm();
		if (condition instanceof TagCondition tag) {
			fillTag(row, BucketConditionKey.TAG.name(), tag.comparator(), tag.tagValues());
		}
		else if (condition instanceof PropertyCondition property) {
			BucketConditionKey key = BucketConditionKey.of(property.key());
			row.setKey(key.name());
			row.setComparator(property.comparator().name());
			if (key.hasChoices()) {
				row.setChoices(new ArrayList<>(property.values()));
			}
			else {
				row.setValuesText(String.join("\n", property.values()));
			}
		}
		return row;
	}

	private static ObjectConditionForm row(ObjectCondition condition) {
		ObjectConditionForm row = new ObjectConditionForm();
		if (condition instanceof TagTerm tag) {
			fillTag(row, ObjectConditionKey.TAG.name(), tag.comparator(), tag.tagValues());
		}
		else if (condition instanceof PropertyTerm property) {
			row.setKey(property.key().name());
			row.setComparator(property.comparator().name());
			String first = property.values().isEmpty() ? "" : property.values().get(0);
			switch (property.key()) {
				case OBJECT_LAST_MODIFIED_DATE -> row.setDateTime(localDateTimeInUtc(first));
				case OBJECT_SIZE -> fillSize(row, first);
				default -> row.setValuesText(String.join("\n", property.values()));
			}
		}
		return row;
	}

	private static String localDateTimeInUtc(String instant) {
		try {
			return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC).toString();
		}
		catch (DateTimeParseException ex) {
			// shown as it is, so the validator can say what is wrong with it
			return instant;
		}
	}

	private static void fillSize(ObjectConditionForm row, String bytes) {
		try {
			long byteCount = Long.parseLong(bytes);
			SizeUnit unit = SizeUnit.largestWhole(byteCount);
			row.setSize(Long.toString(unit.whole(byteCount)));
			row.setSizeUnit(unit.name());
		}
		catch (NumberFormatException ex) {
			row.setSize(bytes);
			row.setSizeUnit(SizeUnit.BYTES.name());
		}
	}

	private static void fillTag(ConditionForm row, String key, Comparator comparator, List<TagValue> tagValues) {
		row.setKey(key);
		row.setComparator(comparator.name());
		List<TagPairForm> pairs = new ArrayList<>();
		tagValues.forEach((tag) -> pairs.add(new TagPairForm(nullToEmpty(tag.key()), nullToEmpty(tag.value()))));
		row.setTagValues(pairs);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static void fillSchedule(JobForm form, JobDefinition definition) {
		Schedule schedule = definition.schedule();
		form.setInitialRun(definition.initialRun());
		if (definition.type() == JobType.ONE_TIME || schedule == null) {
			form.setSchedule(JobForm.ONE_TIME);
		}
		else if (schedule instanceof Schedule.Daily) {
			form.setSchedule(JobForm.DAILY);
		}
		else if (schedule instanceof Schedule.Weekly weekly) {
			form.setSchedule(JobForm.WEEKLY);
			form.setDayOfWeek(weekly.dayOfWeek().name());
		}
		else if (schedule instanceof Schedule.Monthly monthly) {
			form.setSchedule(JobForm.MONTHLY);
			form.setDayOfMonth(Integer.toString(monthly.dayOfMonth()));
		}
	}

}
