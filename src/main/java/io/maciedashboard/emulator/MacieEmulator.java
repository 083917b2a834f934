package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.maciedashboard.macie.EmbeddedMacie;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon Macie, embedded: an HTTP server on a loopback port that speaks Macie's REST-JSON
 * protocol, so that the AWS SDK and the AWS CLI work against it unchanged. It holds the
 * seeded jobs, buckets and identifiers, runs them on its own clock, and injects the
 * configured faults. Usable on its own
 * ({@code new MacieEmulator(properties, clock).start()}) or as a Spring bean.
 */
public final class MacieEmulator implements EmbeddedMacie, AutoCloseable {

	/** Objects a job processes per second at speed 1. */
	static final double BASE_OBJECTS_PER_SECOND = 100;

	private final EmulatorProperties properties;

	private final EmulatorClock clock;

	private final Faults faults = new Faults();

	private final RequestCounters counters = new RequestCounters();

	private final MacieHttpServer server;

	private final JobStore jobs;

	private final List<Route> routes;

	private volatile InetSocketAddress address;

	public MacieEmulator(EmulatorProperties properties) {
		this(properties, EmulatorClock.system());
	}

	public MacieEmulator(EmulatorProperties properties, EmulatorClock clock) {
		this.properties = properties;
		this.clock = clock;
		EmulatorProperties.FaultSettings startFaults = properties.getFaults();
		this.faults.latency(startFaults.getLatency())
			.throttlingShare(startFaults.getThrottlingShare())
			.internalErrorShare(startFaults.getInternalErrorShare())
			.macieEnabled(startFaults.isMacieEnabled());
		JsonMapper json = jsonMapper();
		Instant now = clock.instant();
		Seed seed = new Seed(properties.getSeedLocation(), json, now, properties.getRegion(),
				properties.getAccountId());
		List<JsonNode> bucketMetadata = seed.buckets();
		BucketInventory buckets = new BucketInventory(bucketMetadata);
		Catalog catalog = seed.catalog();
		this.jobs = new JobStore(new CreateJobValidation(catalog), buckets, clock,
				BASE_OBJECTS_PER_SECOND * properties.getSpeed(), properties.getRegion(), properties.getAccountId());
		for (Seed.SeedJob seedJob : seed.jobs()) {
			this.jobs.add(Seed.toJob(seedJob, this.jobs, buckets, now));
		}
		for (Seed.SeedJob generated : SyntheticJobs.generate(properties.getGeneratedJobs(), bucketMetadata, now)) {
			this.jobs.add(Seed.toJob(generated, this.jobs, buckets, now));
		}
		this.routes = new MacieOperations(this.jobs, buckets, catalog, seed.session()).routes();
		this.server = new MacieHttpServer(this.routes, new EmulatorAdmin(clock, this.faults, this.counters, json),
				this.faults, this.counters, json);
	}

	static JsonMapper jsonMapper() {
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	/** Starts listening; returns this emulator. */
	public synchronized MacieEmulator start() {
		if (this.address == null) {
			try {
				this.address = this.server.start(this.properties.getHost(), this.properties.getPort());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The Macie emulator cannot listen on " + this.properties.getHost() + ":"
						+ this.properties.getPort() + " (is the port in use? set macie.emulator.port)", ex);
			}
		}
		return this;
	}

	public synchronized void stop() {
		this.server.stop();
		this.address = null;
	}

	@Override
	public void close() {
		stop();
	}

	@Override
	public URI endpoint() {
		InetSocketAddress listening = this.address;
		if (listening == null) {
			throw new IllegalStateException("The Macie emulator is not running");
		}
		return URI.create("http://" + listening.getHostString() + ":" + listening.getPort());
	}

	@Override
	public String region() {
		return this.properties.getRegion();
	}

	public String accountId() {
		return this.properties.getAccountId();
	}

	public EmulatorClock clock() {
		return this.clock;
	}

	public Faults faults() {
		return this.faults;
	}

	public RequestCounters counters() {
		return this.counters;
	}

	/** How many jobs the emulator holds (seeded, generated and created). */
	public int jobCount() {
		return this.jobs.size();
	}

	/**
	 * The operations served, each with its HTTP binding (for checking against the service
	 * model).
	 */
	List<Route> routes() {
		return this.routes;
	}

}
