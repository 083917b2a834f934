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
import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.Schedule;
import io.maciedashboard.macie.TagValue;

import org.springframework.util.StringUtils;

/**
 * Everything the job builder page posts: every member of CreateClassificationJob as
 * typed, plus what the page itself needs to carry between round trips (the clientToken,
 * the browser's time zone, the bucket search, the fingerprint of what was reviewed).
 * Values are kept as strings so that anything typed, valid or not, comes back exactly as
 * it was; {@link JobFormReader} reads them. The form and its rows are plain data: the
 * binder sets their fields directly (see the controller's binder), and the templates read
 * them, which needs them public. The lists of rows are bound row by row
 * ({@code tags[0].key}) and never replaced.
 */
public class JobForm {

	/** Replaced by a fresh one when missing, malformed or used (see the controller). */
	public String clientToken = "";

	public String timeZone = "UTC";

	/**
	 * The key of the place the job is made in ({@code account/region}); blank: the
	 * default.
	 */
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
	 * A form holding everything a job's definition says, to build a new job from it.
	 * Date-times come back in UTC (the page's script moves them to the browser's zone);
	 * the clientToken is left for the caller, since a copy is a new job.
	 */
	static JobForm copyOf(JobDefinition definition) {
		JobForm form = new JobForm();
		form.name = definition.name();
		form.description = (definition.description() != null) ? definition.description() : "";
		definition.tags().forEach((key, value) -> form.tags.add(new TagPairForm(key, value)));
		if (definition.buckets() instanceof SpecificBuckets specific) {
			specific.accounts()
				.forEach((account) -> form.typedBuckets
					.add(new AccountBucketsForm(account.accountId(), String.join("\n", account.buckets()))));
		}
		else if (definition.buckets() instanceof BucketCriteria criteria) {
			form.bucketMode = BuilderOptions.BUCKET_CRITERIA;
			criteria.includes().forEach((condition) -> form.bucketIncludes.add(BucketConditionForm.of(condition)));
			criteria.excludes().forEach((condition) -> form.bucketExcludes.add(BucketConditionForm.of(condition)));
		}
		if (definition.objectScope() != null) {
			definition.objectScope()
				.includes()
				.forEach((term) -> form.objectIncludes.add(ObjectConditionForm.of(term)));
			definition.objectScope()
				.excludes()
				.forEach((term) -> form.objectExcludes.add(ObjectConditionForm.of(term)));
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
		form.samplingPercentage = (definition.samplingPercentage() != null) ? definition.samplingPercentage().toString()
				: "100";
		form.managedIdentifierSelector = (definition.managedIdentifierSelector() != null)
				? definition.managedIdentifierSelector().name() : ManagedIdentifierSelector.RECOMMENDED.name();
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

	/**
	 * Buckets typed by hand: one account id and its bucket names (one per line or
	 * separated by commas).
	 */
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

	/**
	 * What a bucket criteria row and an object scope row share: what they test (key), how
	 * (comparator), typed values, and the tag pairs of a tag condition.
	 */
	public abstract static class ConditionForm {

		public String key;

		public String comparator = "EQ";

		public String valuesText = "";

		/** Bound pair by pair, never replaced. */
		public final List<TagPairForm> tagValues = new ArrayList<>(List.of(new TagPairForm()));

		protected ConditionForm(String key) {
			this.key = key;
		}

		/** Fills this row from a condition Macie holds. */
		void fill(String key, Comparator comparator, List<String> values, List<TagValue> tagValues) {
			this.key = key;
			this.comparator = comparator.name();
			this.valuesText = String.join("\n", values);
			this.tagValues.clear();
			tagValues.forEach((tag) -> this.tagValues
				.add(new TagPairForm(Objects.toString(tag.key(), ""), Objects.toString(tag.value(), ""))));
			if (this.tagValues.isEmpty()) {
				this.tagValues.add(new TagPairForm());
			}
		}

	}

	/**
	 * One include or exclude row of bucket criteria: a property condition (values typed,
	 * or chosen when Macie enumerates them) or a tag condition (key/value pairs). Which
	 * fields count depends on the key, see {@link BucketConditionKey}.
	 */
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
	 * One include or exclude row of object scope: extensions or key prefixes (typed), a
	 * last-modified date-time (local time of the form's time zone), a size with a unit,
	 * or tag pairs. Which fields count depends on the key, see
	 * {@link ObjectConditionKey}.
	 */
	public static class ObjectConditionForm extends ConditionForm {

		public String dateTime = "";

		public String size = "";

		public String sizeUnit = SizeUnit.MB.name();

		public ObjectConditionForm() {
			super(ObjectConditionKey.OBJECT_EXTENSION.name());
		}

		/**
		 * Date-times come back in UTC; values the form cannot read are kept as they are.
		 */
		static ObjectConditionForm of(ObjectCondition condition) {
			ObjectConditionForm row = new ObjectConditionForm();
			if (condition instanceof TagTerm tag) {
				row.fill(ObjectConditionKey.TAG.name(), tag.comparator(), List.of(), tag.tagValues());
				return row;
			}
			PropertyTerm property = (PropertyTerm) condition;
			String first = property.values().isEmpty() ? "" : property.values().get(0);
			switch (property.key()) {
				case OBJECT_LAST_MODIFIED_DATE -> {
					row.fill(property.key().name(), property.comparator(), List.of(), List.of());
					row.dateTime = localDateTimeInUtc(first);
				}
				case OBJECT_SIZE -> {
					row.fill(property.key().name(), property.comparator(), List.of(), List.of());
					row.fillSize(first);
				}
				default -> row.fill(property.key().name(), property.comparator(), property.values(), List.of());
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
