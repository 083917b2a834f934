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
 * it was; {@link JobFormReader} reads them. The lists of rows are bound row by row
 * ({@code tags[0].key}) and never replaced, so they have no setters.
 */
public class JobForm {

	static final String SPECIFIC_BUCKETS = "SPECIFIC";

	static final String BUCKET_CRITERIA = "CRITERIA";

	static final String ONE_TIME = "ONE_TIME";

	static final String DAILY = "DAILY";

	static final String WEEKLY = "WEEKLY";

	static final String MONTHLY = "MONTHLY";

	/** Replaced by a fresh one when missing, malformed or used (see the controller). */
	private String clientToken = "";

	private String timeZone = "UTC";

	/**
	 * The key of the place the job is made in ({@code account/region}); blank: the
	 * default.
	 */
	private String place = "";

	/** Only ever compared with the fingerprint of the request about to be sent. */
	private String reviewedFingerprint = "";

	private String name = "";

	private String description = "";

	private final List<TagPairForm> tags = new ArrayList<>();

	private String bucketMode = SPECIFIC_BUCKETS;

	private List<String> selectedBuckets = new ArrayList<>();

	private final List<AccountBucketsForm> typedBuckets = new ArrayList<>();

	private String bucketSearch = "";

	private final List<BucketConditionForm> bucketIncludes = new ArrayList<>();

	private final List<BucketConditionForm> bucketExcludes = new ArrayList<>();

	private final List<ObjectConditionForm> objectIncludes = new ArrayList<>();

	private final List<ObjectConditionForm> objectExcludes = new ArrayList<>();

	private String schedule = ONE_TIME;

	private String dayOfWeek = "MONDAY";

	private String dayOfMonth = "1";

	private boolean initialRun = true;

	private String samplingPercentage = "100";

	private String managedIdentifierSelector = "RECOMMENDED";

	private List<String> managedIdentifierIds = new ArrayList<>();

	private List<String> customIdentifierIds = new ArrayList<>();

	private List<String> allowListIds = new ArrayList<>();

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
			form.bucketMode = BUCKET_CRITERIA;
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
			form.schedule = DAILY;
		}
		else if (schedule instanceof Schedule.Weekly weekly) {
			form.schedule = WEEKLY;
			form.dayOfWeek = weekly.dayOfWeek().name();
		}
		else if (schedule instanceof Schedule.Monthly monthly) {
			form.schedule = MONTHLY;
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

	public String getClientToken() {
		return this.clientToken;
	}

	public void setClientToken(String clientToken) {
		this.clientToken = clientToken;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = (place != null) ? place : "";
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getReviewedFingerprint() {
		return this.reviewedFingerprint;
	}

	public void setReviewedFingerprint(String reviewedFingerprint) {
		this.reviewedFingerprint = reviewedFingerprint;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<TagPairForm> getTags() {
		return this.tags;
	}

	public String getBucketMode() {
		return this.bucketMode;
	}

	public void setBucketMode(String bucketMode) {
		this.bucketMode = bucketMode;
	}

	public List<String> getSelectedBuckets() {
		return this.selectedBuckets;
	}

	public void setSelectedBuckets(List<String> selectedBuckets) {
		this.selectedBuckets = selectedBuckets;
	}

	public List<AccountBucketsForm> getTypedBuckets() {
		return this.typedBuckets;
	}

	public String getBucketSearch() {
		return this.bucketSearch;
	}

	public void setBucketSearch(String bucketSearch) {
		this.bucketSearch = bucketSearch;
	}

	public List<BucketConditionForm> getBucketIncludes() {
		return this.bucketIncludes;
	}

	public List<BucketConditionForm> getBucketExcludes() {
		return this.bucketExcludes;
	}

	public List<ObjectConditionForm> getObjectIncludes() {
		return this.objectIncludes;
	}

	public List<ObjectConditionForm> getObjectExcludes() {
		return this.objectExcludes;
	}

	public String getSchedule() {
		return this.schedule;
	}

	public void setSchedule(String schedule) {
		this.schedule = schedule;
	}

	public String getDayOfWeek() {
		return this.dayOfWeek;
	}

	public void setDayOfWeek(String dayOfWeek) {
		this.dayOfWeek = dayOfWeek;
	}

	public String getDayOfMonth() {
		return this.dayOfMonth;
	}

	public void setDayOfMonth(String dayOfMonth) {
		this.dayOfMonth = dayOfMonth;
	}

	public boolean isInitialRun() {
		return this.initialRun;
	}

	public void setInitialRun(boolean initialRun) {
		this.initialRun = initialRun;
	}

	public String getSamplingPercentage() {
		return this.samplingPercentage;
	}

	public void setSamplingPercentage(String samplingPercentage) {
		this.samplingPercentage = samplingPercentage;
	}

	public String getManagedIdentifierSelector() {
		return this.managedIdentifierSelector;
	}

	public void setManagedIdentifierSelector(String managedIdentifierSelector) {
		this.managedIdentifierSelector = managedIdentifierSelector;
	}

	public List<String> getManagedIdentifierIds() {
		return this.managedIdentifierIds;
	}

	public void setManagedIdentifierIds(List<String> managedIdentifierIds) {
		this.managedIdentifierIds = managedIdentifierIds;
	}

	public List<String> getCustomIdentifierIds() {
		return this.customIdentifierIds;
	}

	public void setCustomIdentifierIds(List<String> customIdentifierIds) {
		this.customIdentifierIds = customIdentifierIds;
	}

	public List<String> getAllowListIds() {
		return this.allowListIds;
	}

	public void setAllowListIds(List<String> allowListIds) {
		this.allowListIds = allowListIds;
	}

	public boolean isSpecificBuckets() {
		return SPECIFIC_BUCKETS.equals(this.bucketMode);
	}

}
