package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.Schedule;

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
			specific.accounts().forEach((account) -> form.typedBuckets.add(AccountBucketsForm.of(account)));
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

}
