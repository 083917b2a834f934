package io.maciedashboard.macie;

/** What GetFindingStatistics counts findings by (its {@code groupBy}). */
public enum FindingGroup {

	SEVERITY("severity.description"), TYPE("type"), BUCKET("resourcesAffected.s3Bucket.name"),
	JOB("classificationDetails.jobId");

	private final String property;

	FindingGroup(String property) {
		this.property = property;
	}

	/** Macie's name of the property, e.g. {@code severity.description}. */
	String property() {
		return this.property;
	}

}
