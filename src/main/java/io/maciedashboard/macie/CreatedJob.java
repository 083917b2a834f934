package io.maciedashboard.macie;

public record CreatedJob(String jobId, String jobArn) {
}
