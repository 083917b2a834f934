package io.maciedashboard.builder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import io.maciedashboard.macie.ObjectScope.ObjectProperty;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.macie.TagValue;

import org.springframework.util.StringUtils;

/**
 * Everything the builder page posts, as typed (strings, so that anything comes back as it
 * was) for {@link JobFormReader} to read, and what the page carries between round trips.
 * Public fields, because the binder sets them directly and the templates read them.
 */
public class JobForm {

	/** Replaced by a fresh one when missing, malformed or used (see the controller). */
	public String clientToken = "";

	public String timeZone = "UTC";

	/** The key of the place the job is made in; blank: the default. */
	public String place = "";

	/** Only ever compared with the fingerprint of the request about to be sent. */
	public String reviewedFingerprint = "";

	public String name = "";

	public String description = "";

	public final List<TagPairForm> tags = new ArrayList<>();

	public String bucketMode = BuilderOptions.SPECIFIC_BUCKETS;

	public List<String> selectedBuckets = new ArrayList<>();

	public final List<AccountBucketsForm> typedBuckets = new ArrayList<>();

	public String bucketSearch = "";

	public final List<BucketConditionForm> bucketIncludes = new ArrayList<>();

	public final List<BucketConditionForm> bucketExcludes = new ArrayList<>();

	public final List<ObjectConditionForm> objectIncludes = new ArrayList<>();

	public final List<ObjectConditionForm> objectExcludes = new ArrayList<>();

	public String schedule = BuilderOptions.ONE_TIME;

	public String dayOfWeek = "MONDAY";

	public String dayOfMonth = "1";

	public boolean initialRun = true;

	public String samplingPercentage = "100";

	public String managedIdentifierSelector = "RECOMMENDED";

	public List<String> managedIdentifierIds = new ArrayList<>();

	public List<String> customIdentifierIds = new ArrayList<>();

	public List<String> allowListIds = new ArrayList<>();

	/**
	 * A form for a new job like this one, without a clientToken. Date-times are in UTC
	 * (the page's script moves them to the browser's zone).
	 */
	static JobForm copyOf(JobDefinition definition) {
		JobForm form = new JobForm();
		form.name = definition.name();
		form.description = Objects.toString(definition.description(), "");
		definition.tags().forEach((key, value) -> form.tags.add(new TagPairForm(key, value)));
		if (definition.buckets() instanceof SpecificBuckets specific) {
			specific.accounts()
				.forEach((account) -> form.typedBuckets
					.add(new AccountBucketsForm(account.accountId(), String.join("\n", account.buckets()))));
		}
		else if (definition.buckets() instanceof BucketCriteria criteria) {
			form.bucketMode = BuilderOptions.BUCKET_CRITERIA;
			criteria.includes().stream().map(BucketConditionForm::of).forEach(form.bucketIncludes::add);
			criteria.excludes().stream().map(BucketConditionForm::of).forEach(form.bucketExcludes::add);
		}
		ObjectScope objects = definition.objectScope();
		if (objects != null) {
			objects.includes().stream().map(ObjectConditionForm::of).forEach(form.objectIncludes::add);
			objects.excludes().stream().map(ObjectConditionForm::of).forEach(form.objectExcludes::add);
		}
		form.initialRun = definition.initialRun();
		Schedule schedule = (definition.type() == JobType.ONE_TIME) ? null : definition.schedule();
		if (schedule instanceof Schedule.Daily) {
			form.schedule = BuilderOptions.DAILY;
		}
		else if (schedule instanceof Schedule.Weekly weekly) {
			form.schedule = BuilderOptions.WEEKLY;
			form.dayOfWeek = weekly.dayOfWeek().name();
		}
		else if (schedule instanceof Schedule.Monthly monthly) {
			form.schedule = BuilderOptions.MONTHLY;
			form.dayOfMonth = Integer.toString(monthly.dayOfMonth());
		}
		form.samplingPercentage = Objects.toString(definition.samplingPercentage(), "100");
		form.managedIdentifierSelector = Objects
			.requireNonNullElse(definition.managedIdentifierSelector(), ManagedIdentifierSelector.RECOMMENDED)
			.name();
		form.managedIdentifierIds = new ArrayList<>(definition.managedDataIdentifierIds());
		form.customIdentifierIds = new ArrayList<>(definition.customDataIdentifierIds());
		form.allowListIds = new ArrayList<>(definition.allowListIds());
		return form;
	}

	public boolean isSpecificBuckets() {
		return BuilderOptions.SPECIFIC_BUCKETS.equals(this.bucketMode);
	}

	/** A tag key and value as typed: a job tag, or one pair of a tag condition. */
	public static class TagPairForm {

		public String key = "";

		public String value = "";

		public TagPairForm() {
		}

		public TagPairForm(String key, String value) {
			this.key = key;
			this.value = value;
		}

		boolean isBlank() {
			return !StringUtils.hasText(this.key) && !StringUtils.hasText(this.value);
		}

	}

	/** An account id and its bucket names, typed. */
	public static class AccountBucketsForm {

		public String accountId = "";

		public String bucketNames = "";

		public AccountBucketsForm() {
		}

		public AccountBucketsForm(String accountId, String bucketNames) {
			this.accountId = accountId;
			this.bucketNames = bucketNames;
		}

		boolean isBlank() {
			return !StringUtils.hasText(this.accountId) && !StringUtils.hasText(this.bucketNames);
		}

	}

	/** What bucket criteria rows and object scope rows share. */
	public abstract static class ConditionForm {

		public String key;

		public String comparator = "EQ";

		public String valuesText = "";

		public final List<TagPairForm> tagValues = new ArrayList<>(List.of(new TagPairForm()));

		protected ConditionForm(String key) {
			this.key = key;
		}

		void fill(String key, Comparator comparator, List<String> values, List<TagValue> tagValues) {
			this.key = key;
			this.comparator = comparator.name();
			this.valuesText = String.join("\n", values);
			if (!tagValues.isEmpty()) {
				this.tagValues.clear();
				tagValues.forEach((tag) -> this.tagValues
					.add(new TagPairForm(Objects.toString(tag.key(), ""), Objects.toString(tag.value(), ""))));
			}
		}

	}

	/** A bucket criteria row; its {@link BucketConditionKey} says which fields count. */
	public static class BucketConditionForm extends ConditionForm {

		public List<String> choices = new ArrayList<>();

		public BucketConditionForm() {
			super(BucketConditionKey.ACCOUNT_ID.name());
		}

		static BucketConditionForm of(BucketCondition condition) {
			BucketConditionForm row = new BucketConditionForm();
			if (condition instanceof TagCondition tag) {
				row.fill(BucketConditionKey.TAG.name(), tag.comparator(), List.of(), tag.tagValues());
			}
			else if (condition instanceof PropertyCondition property) {
				boolean chosen = BucketConditionKey.valueOf(property.key().name()).hasChoices();
				row.fill(property.key().name(), property.comparator(), chosen ? List.of() : property.values(),
						List.of());
				if (chosen) {
					row.choices = new ArrayList<>(property.values());
				}
			}
			return row;
		}

	}

	/**
	 * A row of object scope; its {@link ObjectConditionKey} says which fields count. The
	 * date-time is local to the form's time zone.
	 */
	public static class ObjectConditionForm extends ConditionForm {

		public String dateTime = "";

		public String size = "";

		public String sizeUnit = SizeUnit.MB.name();

		public ObjectConditionForm() {
			super(ObjectConditionKey.OBJECT_EXTENSION.name());
		}

		/** Date-times in UTC; values the form cannot read are kept as they are. */
		static ObjectConditionForm of(ObjectCondition condition) {
			ObjectConditionForm row = new ObjectConditionForm();
			if (condition instanceof TagTerm tag) {
				row.fill(ObjectConditionKey.TAG.name(), tag.comparator(), List.of(), tag.tagValues());
				return row;
			}
			PropertyTerm property = (PropertyTerm) condition;
			ObjectProperty key = property.key();
			boolean typed = key == ObjectProperty.OBJECT_EXTENSION || key == ObjectProperty.OBJECT_KEY;
			row.fill(key.name(), property.comparator(), typed ? property.values() : List.of(), List.of());
			String first = property.values().isEmpty() ? "" : property.values().get(0);
			if (key == ObjectProperty.OBJECT_LAST_MODIFIED_DATE) {
				row.dateTime = localDateTimeInUtc(first);
			}
			else if (key == ObjectProperty.OBJECT_SIZE) {
				row.fillSize(first);
			}
			return row;
		}

		private static String localDateTimeInUtc(String instant) {
			try {
				return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC).toString();
			}
			catch (DateTimeParseException ex) {
				return instant;
			}
		}

		private void fillSize(String bytes) {
			try {
				long byteCount = Long.parseLong(bytes);
				SizeUnit unit = SizeUnit.largestWhole(byteCount);
				this.size = Long.toString(unit.whole(byteCount));
				this.sizeUnit = unit.name();
			}
			catch (NumberFormatException ex) {
				this.size = bytes;
				this.sizeUnit = SizeUnit.BYTES.name();
			}
		}

	}

}
