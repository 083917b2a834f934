package io.maciedashboard.macie;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;
import software.amazon.awssdk.services.macie2.model.CreateClassificationJobResponse;
import software.amazon.awssdk.services.macie2.model.DescribeBucketsResponse;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionRequest;
import software.amazon.awssdk.services.macie2.model.ListAllowListsRequest;
import software.amazon.awssdk.services.macie2.model.ListClassificationJobsResponse;
import software.amazon.awssdk.services.macie2.model.ListCustomDataIdentifiersRequest;
import software.amazon.awssdk.services.macie2.model.ListManagedDataIdentifiersRequest;

import io.maciedashboard.admission.RequestAdmission;

/**
 * The one place that talks to Macie. Maps SDK objects to the project's records and SDK
 * exceptions to {@link MacieException}. Every call names its {@link Place} and goes to
 * that place's client (see {@link MacieClients}); identical reads are shared and their
 * answers kept briefly ({@code macie.read-cache-ttl}; an ended job's description longer,
 * {@code macie.ended-job-cache-ttl}), and the dashboard's own changes forget them.
 */
@Service
public class MacieJobs {

	/** What could be a job id; anything else is not sent to Macie. */
	private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

	private static final String CREATE_SUBJECT = "A bucket, data identifier or allow list of the job";

	private final MacieClients clients;

	private final SharedReads reads;

	private final ApplicationEventPublisher events;

	/** Macie's "now", the time of each {@link JobObserved}. */
	private final Clock clock;

	MacieJobs(MacieClients clients, SharedReads reads, ApplicationEventPublisher events, Clock clock) {
		this.clients = clients;
		this.reads = reads;
		this.events = events;
		this.clock = clock;
	}

	/** Every place, in the configured order; the first is the default. */
	public List<Place> places() {
		return this.clients.places();
	}

	/** The configured place of the account and region, if it is one. */
	public Optional<Place> place(String accountId, String region) {
		return places().stream().filter((place) -> place.is(accountId, region)).findFirst();
	}

	public JobPage listJobs(Place place, JobListQuery query) {
		return read(place, "listJobs", query, "The job list", (macie) -> {
			ListClassificationJobsResponse response = macie.listClassificationJobs(MacieRequests.listJobs(query));
			return new JobPage(response.items().stream().map(MacieRecords::jobSummary).toList(), response.nextToken());
		});
	}

	/**
	 * An ended job no longer changes, so its description is kept longer than other
	 * answers. Each answer that comes from Macie (not a kept one) is published as a
	 * {@link JobObserved}.
	 */
	public Job describeJob(Place place, String jobId) {
		return read(place, "describeJob", jobId, "Job " + jobId, describe(place, jobId), MacieJobs::hasEnded);
	}

	/**
	 * The job's description if one is kept from an earlier read, without waiting (past
	 * its time to live it is renewed in the background); empty when none is kept yet.
	 */
	public Optional<Job> keptDescription(Place place, String jobId) {
		return kept(place, "describeJob", jobId, "Job " + jobId, describe(place, jobId), MacieJobs::hasEnded);
	}

	private Function<Macie2Client, Job> describe(Place place, String jobId) {
		return (macie) -> observed(place,
				MacieRecords.job(macie.describeClassificationJob((request) -> request.jobId(jobId))));
	}

	private static boolean hasEnded(Job job) {
		return !job.status().isLive();
	}

	/**
	 * The job, or empty where the id names none: not the shape of a Macie job id, unknown
	 * to Macie, or refused by it as invalid (Macie answers an id it cannot parse as one
	 * it does not know). Any other failure is thrown.
	 */
	public Optional<Job> findJob(Place place, String jobId) {
		if (!JOB_ID.matcher(jobId).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(describeJob(place, jobId));
		}
		catch (MacieException ex) {
			if (ex.kind() == MacieException.Kind.NOT_FOUND || ex.kind() == MacieException.Kind.VALIDATION) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private Job observed(Place place, Job job) {
		this.events.publishEvent(new JobObserved(place, job, this.clock.instant()));
		return job;
	}

	/**
	 * Sends a create request and finds out what became of it. The clientToken makes
	 * sending it again safe: Macie answers a repeated token with the job it created. So
	 * after a timeout or a 5xx, when Macie may have created the job without saying so,
	 * the request is sent once more with the whole call timeout for its attempt; only
	 * when that gets no answer either is the outcome unknown. A job Macie answers with is
	 * read back to name it as Macie holds it and to tell whether it is the one requested.
	 */
	public CreateOutcome createJob(Place place, CreateJobRequest request) {
		try {
			return created(place,
					call(place, CREATE_SUBJECT, (macie) -> macie.createClassificationJob(request.sdkRequest())),
					request);
		}
		catch (MacieException ex) {
			if (ex.kind() != MacieException.Kind.UNAVAILABLE) {
				return new CreateOutcome.NotCreated(ex);
			}
			return findOut(place, request);
		}
		finally {
			// even a failed call may have changed something (a timeout after Macie acted)
			this.reads.forgetAll();
		}
	}

	private CreateOutcome findOut(Place place, CreateJobRequest request) {
		try {
			return created(place, call(place, CREATE_SUBJECT,
					(macie) -> macie.createClassificationJob(patient(request.sdkRequest(), macie))), request);
		}
		catch (MacieException ex) {
			boolean unanswered = ex.kind() == MacieException.Kind.UNAVAILABLE
					|| ex.kind() == MacieException.Kind.THROTTLED;
			return unanswered ? new CreateOutcome.Unknown(ex) : new CreateOutcome.NotCreated(ex);
		}
	}

	/** The same request, with the whole call timeout for one attempt. */
	private static CreateClassificationJobRequest patient(CreateClassificationJobRequest request, Macie2Client macie) {
		return Optional.ofNullable(macie.serviceClientConfiguration())
			.flatMap((configuration) -> configuration.overrideConfiguration().apiCallTimeout())
			.map((timeout) -> request.toBuilder()
				.overrideConfiguration((override) -> override.apiCallAttemptTimeout(timeout))
				.build())
			.orElse(request);
	}

	private CreateOutcome.Created created(Place place, CreateClassificationJobResponse response,
			CreateJobRequest request) {
		try {
			JobDefinition held = describeJob(place, response.jobId()).definition();
			// the request Macie's job would be made of (tags compare as a map, in any
			// order)
			boolean asRequested = MacieRequests.createJob(held, request.clientToken())
				.equalsBySdkFields(request.sdkRequest());
			return new CreateOutcome.Created(response.jobId(), response.jobArn(), held.name(), asRequested);
		}
		catch (RuntimeException ex) {
			// created all the same, however reading it back failed; only its name and
			// content are not confirmed
			return new CreateOutcome.Created(response.jobId(), response.jobArn(), null, true);
		}
	}

	/**
	 * How many changes (created jobs, status changes) were made through this instance:
	 * something read from Macie while the count was lower may be out of date.
	 */
	public long changes() {
		return this.reads.forgotten();
	}

	public void changeStatus(Place place, String jobId, StatusChange change) {
		try {
			call(place, "Job " + jobId, (macie) -> macie
				.updateClassificationJob((request) -> request.jobId(jobId).jobStatus(change.target().name())));
		}
		finally {
			this.reads.forgetAll();
		}
	}

	/** Every managed data identifier (all pages). */
	public List<ManagedDataIdentifier> managedDataIdentifiers(Place place) {
		return read(place, "managedDataIdentifiers", null, "The managed data identifiers",
				(macie) -> macie
					.listManagedDataIdentifiersPaginator(ListManagedDataIdentifiersRequest.builder().build())
					.items()
					.stream()
					.map(MacieRecords::managedDataIdentifier)
					.toList());
	}

	/** Every custom data identifier (all pages). */
	public List<CustomDataIdentifier> customDataIdentifiers(Place place) {
		return read(place, "customDataIdentifiers", null, "The custom data identifiers",
				(macie) -> macie.listCustomDataIdentifiersPaginator(ListCustomDataIdentifiersRequest.builder().build())
					.items()
					.stream()
					.map(MacieRecords::customDataIdentifier)
					.toList());
	}

	/** Every allow list (all pages). */
	public List<AllowList> allowLists(Place place) {
		return read(place, "allowLists", null, "The allow lists",
				(macie) -> macie.listAllowListsPaginator(ListAllowListsRequest.builder().build())
					.allowLists()
					.stream()
					.map(MacieRecords::allowList)
					.toList());
	}

	public BucketPage describeBuckets(Place place, BucketQuery query) {
		return read(place, "describeBuckets", query, "The bucket inventory", (macie) -> {
			DescribeBucketsResponse response = macie.describeBuckets(MacieRequests.describeBuckets(query));
			return new BucketPage(response.buckets().stream().map(MacieRecords::bucket).toList(), response.nextToken());
		});
	}

	public MacieSession session(Place place) {
		return read(place, "session", null, "The Macie account", (macie) -> MacieRecords.session(place.region(),
				macie.getMacieSession(GetMacieSessionRequest.builder().build())));
	}

	/**
	 * A read that identical concurrent reads share and whose answer is kept briefly (see
	 * {@link SharedReads}).
	 */
	private <T> T read(Place place, String operation, Object argument, String subject,
			Function<Macie2Client, T> operationCall) {
		return read(place, operation, argument, subject, operationCall, (answer) -> false);
	}

	/**
	 * A shared read, also for {@link MacieFindings}.
	 * @param isFinal whether an answer can no longer change (kept for
	 * {@code macie.ended-job-cache-ttl})
	 */
	<T> T read(Place place, String operation, Object argument, String subject, Function<Macie2Client, T> operationCall,
			Predicate<? super T> isFinal) {
		return this.reads.read(new ReadKey(place, operation, argument), () -> call(place, subject, operationCall),
				isFinal);
	}

	/**
	 * The answer a shared read keeps, without waiting for Macie (renewed in the
	 * background past its time to live); empty when none is kept yet. Also for
	 * {@link MacieFindings}.
	 */
	<T> Optional<T> kept(Place place, String operation, Object argument, String subject,
			Function<Macie2Client, T> operationCall, Predicate<? super T> isFinal) {
		return Optional.ofNullable(this.reads.kept(new ReadKey(place, operation, argument),
				() -> call(place, subject, operationCall), isFinal));
	}

	/**
	 * Runs one Macie call in the place; a paginator's later pages are fetched inside
	 * {@code operation}, so their errors are translated too.
	 * @param subject what the call is about, named in the not-found message
	 */
	private <T> T call(Place place, String subject, Function<Macie2Client, T> operation) {
		try {
			// the turn of the request is given back while Macie answers
			return RequestAdmission.whileWaiting(() -> operation.apply(this.clients.client(place)));
		}
		catch (SdkException ex) {
			// the assumed role's STS errors too
			throw MacieErrors.translate(ex, place.label(), subject);
		}
	}

	private record ReadKey(Place place, String operation, Object argument) {
	}

}
