package io.maciedashboard.macie;

/**
 * Macie's limits, as its API reference and User Guide document them (the service model
 * names few of them): the one place that the builder's and the job list's checks, their
 * messages and the pages' hints take them from. Templates read them through
 * {@link #INSTANCE} ({@code ${limits.NAME_LENGTH}}).
 */
public final class MacieLimits {

	/** For templates, which cannot name a class. */
	public static final MacieLimits INSTANCE = new MacieLimits();

	public static final int NAME_LENGTH = 500;

	public static final int DESCRIPTION_LENGTH = 200;

	public static final int TAGS = 50;

	public static final int TAG_KEY_LENGTH = 128;

	public static final int TAG_VALUE_LENGTH = 256;

	/** Specific buckets per job. */
	public static final int BUCKETS = 1000;

	public static final int CUSTOM_DATA_IDENTIFIERS = 30;

	public static final int ALLOW_LISTS = 10;

	/** An S3 object key, and so a key prefix. */
	public static final int OBJECT_KEY_LENGTH = 1024;

	public static final int ACCOUNT_ID_DIGITS = 12;

	public static final int BUCKET_NAME_MIN_LENGTH = 3;

	public static final int BUCKET_NAME_MAX_LENGTH = 63;

	public static final int SAMPLING_PERCENTAGE_MIN = 1;

	public static final int SAMPLING_PERCENTAGE_MAX = 100;

	public static final int DAY_OF_MONTH_MAX = 31;

	/** ListClassificationJobs' largest page. */
	public static final int JOBS_PER_PAGE = 200;

	/** DescribeBuckets' largest page. */
	public static final int BUCKETS_PER_PAGE = 50;

	private MacieLimits() {
	}

}
