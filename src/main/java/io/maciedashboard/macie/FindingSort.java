package io.maciedashboard.macie;

/** What a list of findings can be sorted by (ListFindings' sort attributes). */
public enum FindingSort {

	UPDATED("updatedAt"), SEVERITY("severity.score"), COUNT("count"), TYPE("type"),
	/** the bucket's name, then the object's key */
	RESOURCE("resourcesAffected");

	private final String attribute;

	FindingSort(String attribute) {
		this.attribute = attribute;
	}

	String attribute() {
		return this.attribute;
	}

}
