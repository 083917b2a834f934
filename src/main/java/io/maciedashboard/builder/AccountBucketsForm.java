package io.maciedashboard.builder;

import io.maciedashboard.macie.BucketScope.AccountBuckets;

/**
 * Buckets typed by hand: one account id and its bucket names (one per line or separated
 * by commas).
 */
public class AccountBucketsForm {

	public String accountId = "";

	public String bucketNames = "";

	public AccountBucketsForm() {
	}

	public AccountBucketsForm(String accountId, String bucketNames) {
		this.accountId = accountId;
		this.bucketNames = bucketNames;
	}

	static AccountBucketsForm of(AccountBuckets account) {
		return new AccountBucketsForm(account.accountId(), String.join("\n", account.buckets()));
	}

	boolean isBlank() {
		return FormText.isBlank(this.accountId) && FormText.isBlank(this.bucketNames);
	}

}
