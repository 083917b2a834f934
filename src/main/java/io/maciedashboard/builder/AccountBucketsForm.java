package io.maciedashboard.builder;

import jakarta.validation.constraints.Size;

/**
 * Buckets typed by hand: one account id and its bucket names (one per line or separated
 * by commas).
 */
public class AccountBucketsForm {

	@Size(max = 64, message = "An account id has 12 digits.")
	private String accountId = "";

	@Size(max = 70000, message = "That is more bucket names than a job can hold (1,000).")
	private String bucketNames = "";

	public AccountBucketsForm() {
	}

	public AccountBucketsForm(String accountId, String bucketNames) {
		this.accountId = accountId;
		this.bucketNames = bucketNames;
	}

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = accountId;
	}

	public String getBucketNames() {
		return this.bucketNames;
	}

	public void setBucketNames(String bucketNames) {
		this.bucketNames = bucketNames;
	}

	boolean isBlank() {
		return FormText.isBlank(this.accountId) && FormText.isBlank(this.bucketNames);
	}

}
