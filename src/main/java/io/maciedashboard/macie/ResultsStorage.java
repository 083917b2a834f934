package io.maciedashboard.macie;

/**
 * Where Macie stores the detailed results of sensitive data discovery in the place (its
 * classification export configuration).
 *
 * @param keyPrefix may be empty
 */
public record ResultsStorage(String bucketName, String keyPrefix, String kmsKeyArn) {
}
