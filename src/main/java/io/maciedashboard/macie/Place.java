package io.maciedashboard.macie;

import java.util.regex.Pattern;

/**
 * Where Macie jobs live: a region of an AWS account, with the name people know it by.
 * Macie is regional and a job belongs to the account that created it, so a job is named
 * by its place and its id.
 *
 * @param region e.g. eu-west-1
 * @param accountId the 12-digit AWS account id
 * @param name what the pages call it, e.g. "Production (Ireland)"
 */
public record Place(String region, String accountId, String name) {

	static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

	static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

	public Place {
		if (region == null || !REGION.matcher(region).matches()) {
			throw new IllegalArgumentException("not a region: " + region);
		}
		if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
			throw new IllegalArgumentException("not an account id: " + accountId);
		}
		if (name == null || name.isBlank()) {
			name = region + " / " + accountId;
		}
	}

	/** "eu-west-1 / 444455556666": how pages and health name the place in a message. */
	public String label() {
		return this.region + " / " + this.accountId;
	}

	/** Whether this is the place of the region and account. */
	public boolean is(String accountId, String region) {
		return this.accountId.equals(accountId) && this.region.equals(region);
	}

	/**
	 * The address of a job's page in the dashboard:
	 * {@code /jobs/{accountId}/{region}/{jobId}}, the same for the job's whole life.
	 */
	public String jobPath(String jobId) {
		return "/jobs/" + this.accountId + "/" + this.region + "/" + jobId;
	}

	/**
	 * The place's key in URLs: {@code 111122223333/eu-west-1} (account first, as in a job
	 * page's address).
	 */
	public String key() {
		return this.accountId + "/" + this.region;
	}

}
