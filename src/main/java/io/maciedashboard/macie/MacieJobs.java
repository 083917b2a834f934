package io.maciedashboard.macie;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The one place that talks to Macie. Maps SDK objects to the project's records and SDK
 * exceptions to {@link MacieException}.
 */
@Service
public class MacieJobs {

	public JobPage listJobs(JobListQuery query) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	public Job describeJob(String jobId) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** Creates a job; the same clientToken always yields the same job. */
	public CreatedJob createJob(JobDefinition definition, String clientToken) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The exact CreateClassificationJob request body, for `aws macie2 create-classification-job --cli-input-json`. */
	public String createJobRequestJson(JobDefinition definition, String clientToken) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	public void changeStatus(String jobId, StatusChange change) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** Every managed data identifier (all pages). */
	public List<ManagedDataIdentifier> managedDataIdentifiers() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** Every custom data identifier (all pages). */
	public List<CustomDataIdentifier> customDataIdentifiers() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** Every allow list (all pages). */
	public List<AllowList> allowLists() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	public BucketPage describeBuckets(BucketQuery query) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	public MacieSession session() {
		throw new UnsupportedOperationException("not implemented yet");
	}

}
