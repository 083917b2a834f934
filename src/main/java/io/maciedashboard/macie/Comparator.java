package io.maciedashboard.macie;

/** The comparators Macie accepts in job scope and bucket criteria conditions. */
public enum Comparator {

	EQ, NE, GT, GTE, LT, LTE, CONTAINS, STARTS_WITH

}
