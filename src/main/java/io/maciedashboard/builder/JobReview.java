package io.maciedashboard.builder;

import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.Place;

/**
 * The review step: the job as it will be created, the exact request for the AWS CLI, and
 * for specific buckets an estimate of the data to scan.
 *
 * @param place where the job will be created
 * @param preview what the buckets match now, or null when the inventory could not be read
 * @param bytesToScan classifiable bytes of the chosen buckets times the sampling depth;
 * null for bucket criteria (decided again at every run) or without a preview
 */
public record JobReview(Place place, CreateJobRequest request, BucketPreview preview, Long bytesToScan) {

	/** The AWS CLI command that creates the same job in the same place. */
	public String cliCommand() {
		return "aws macie2 create-classification-job --region " + this.place.region()
				+ " --cli-input-json file://job.json";
	}

	public JobDefinition definition() {
		return this.request.definition();
	}

}
