package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything the job builder page posts: every member of CreateClassificationJob as
 * typed, plus what the page itself needs to carry between round trips (the clientToken,
 * the browser's time zone, the bucket search, the fingerprint of what was reviewed).
 * Values are kept as strings so that anything typed, valid or not, comes back exactly as
 * it was.
 */
public class JobForm {

	static final String SPECIFIC_BUCKETS = "SPECIFIC";

	static final String BUCKET_CRITERIA = "CRITERIA";

	static final String ONE_TIME = "ONE_TIME";

	static final String DAILY = "DAILY";

	static final String WEEKLY = "WEEKLY";

	static final String MONTHLY = "MONTHLY";

	/**
	 * Replaced by a fresh one when missing or malformed (see the controller), so never
	 * checked here.
	 */
	private String clientToken = "";

	@Size(max = 64, message = "The time zone sent with the form is not one this server knows; dates cannot be read.")
	private String timeZone = "UTC";

	/** Only ever compared with the fingerprint of the request about to be sent. */
	private String reviewedFingerprint = "";

	@Size(max = 500, message = "A job name can have at most 500 characters.")
	@Pattern(regexp = FormText.NO_CONTROL_CHARACTERS, message = FormText.CONTROL_CHARACTERS_MESSAGE)
	private String name = "";

	@Size(max = 200, message = "A description can have at most 200 characters.")
	@Pattern(regexp = FormText.NO_CONTROL_CHARACTERS, message = FormText.CONTROL_CHARACTERS_MESSAGE)
	private String description = "";

	@Valid
	private List<TagPairForm> tags = new ArrayList<>();

	private String bucketMode = SPECIFIC_BUCKETS;

	private List<String> selectedBuckets = new ArrayList<>();

	@Valid
	private List<AccountBucketsForm> typedBuckets = new ArrayList<>();

	@Size(max = 255, message = "Search for at most 255 characters of a bucket name.")
	private String bucketSearch = "";

	@Valid
	private List<BucketConditionForm> bucketIncludes = new ArrayList<>();

	@Valid
	private List<BucketConditionForm> bucketExcludes = new ArrayList<>();

	@Valid
	private List<ObjectConditionForm> objectIncludes = new ArrayList<>();

	@Valid
	private List<ObjectConditionForm> objectExcludes = new ArrayList<>();

	private String schedule = ONE_TIME;

	private String dayOfWeek = "MONDAY";

	@Size(max = 10, message = "Enter a day of the month from 1 to 31.")
	private String dayOfMonth = "1";

	private boolean initialRun = true;

	@Size(max = 10, message = "Enter a whole number from 1 to 100.")
	private String samplingPercentage = "100";

	private String managedIdentifierSelector = "RECOMMENDED";

	private List<String> managedIdentifierIds = new ArrayList<>();

	private List<String> customIdentifierIds = new ArrayList<>();

	private List<String> allowListIds = new ArrayList<>();

	public String getClientToken() {
		return this.clientToken;
	}

	public void setClientToken(String clientToken) {
		this.clientToken = clientToken;
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

	public void setTags(List<TagPairForm> tags) {
		this.tags = tags;
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

	public void setTypedBuckets(List<AccountBucketsForm> typedBuckets) {
		this.typedBuckets = typedBuckets;
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

	public void setBucketIncludes(List<BucketConditionForm> bucketIncludes) {
		this.bucketIncludes = bucketIncludes;
	}

	public List<BucketConditionForm> getBucketExcludes() {
		return this.bucketExcludes;
	}

	public void setBucketExcludes(List<BucketConditionForm> bucketExcludes) {
		this.bucketExcludes = bucketExcludes;
	}

	public List<ObjectConditionForm> getObjectIncludes() {
		return this.objectIncludes;
	}

	public void setObjectIncludes(List<ObjectConditionForm> objectIncludes) {
		this.objectIncludes = objectIncludes;
	}

	public List<ObjectConditionForm> getObjectExcludes() {
		return this.objectExcludes;
	}

	public void setObjectExcludes(List<ObjectConditionForm> objectExcludes) {
		this.objectExcludes = objectExcludes;
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

	boolean isSpecificBuckets() {
		return SPECIFIC_BUCKETS.equals(this.bucketMode);
	}

	boolean isOneTime() {
		return ONE_TIME.equals(this.schedule);
	}

}
