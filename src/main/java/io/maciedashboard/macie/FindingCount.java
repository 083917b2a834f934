package io.maciedashboard.macie;

/**
 * One group of GetFindingStatistics: how many findings share a value (a severity, a type,
 * a bucket or a job).
 */
public record FindingCount(String key, long count) {
}
