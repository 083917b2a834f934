package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon Macie, emulated: an HTTP server on a loopback port that speaks Macie's REST-JSON
 * protocol, so that the AWS SDK, the AWS CLI, boto3 or Terraform work against it
 * unchanged. It holds the seeded jobs, buckets and identifiers, runs them on its own
 * clock, and injects the configured faults. Plain Java (the JDK and Jackson): embedded
 * with {@code new MacieEmulator(settings, clock).start()}, or started alone by
 * {@link #main}.
 */
public final class MacieEmulator implements AutoCloseable {

	/** Objects a job processes per second at speed 1. */
	static final double BASE_OBJECTS_PER_SECOND = 100;

	private final String host;

	private final int port;

	private final String region;

	private final String accountId;

	private final EmulatorClock clock;

	private final FaultScopes faults = new FaultScopes(new Faults());

	private final RequestCounters counters = new RequestCounters();

	private final MacieHttpServer server;

	private final Places places;

	private volatile InetSocketAddress address;

	public MacieEmulator(EmulatorSettings settings) {
		this(settings, EmulatorClock.system());
	}

	public MacieEmulator(EmulatorSettings settings, EmulatorClock clock) {
		this.host = settings.getHost();
		this.port = settings.getPort();
		this.region = settings.getRegion();
		this.accountId = settings.getAccountId();
		this.clock = clock;
		EmulatorSettings.FaultSettings startFaults = settings.getFaults();
		this.faults.everywhere()
			.latency(startFaults.getLatency())
			.throttlingShare(startFaults.getThrottlingShare())
			.internalErrorShare(startFaults.getInternalErrorShare())
			.macieEnabled(startFaults.isMacieEnabled());
		JsonMapper json = jsonMapper();
		Seed seed = new Seed(settings.getSeedLocation(), json, clock.instant(), settings.getRegion(),
				settings.getAccountId());
		Catalog.ManagedIdentifiers managed = seed.managedDataIdentifiers();
		double objectsPerSecond = BASE_OBJECTS_PER_SECOND * settings.getSpeed();
		// the default place keeps the ids its jobs always had; the others' ids also name
		// their place, so that two places' jobs of the same name do not share an id
		Place defaultPlace = Place.seeded(seed, managed, "seed:", clock, objectsPerSecond, settings.getGeneratedJobs());
		List<Place> others = new ArrayList<>();
		for (Seed other : seed.otherPlaces()) {
			others.add(Place.seeded(other, managed, "seed:" + other.region() + "/" + other.accountId() + ":", clock,
					objectsPerSecond, settings.getGeneratedJobs()));
		}
		this.places = new Places(defaultPlace, others);
		AccessKeys keys = new AccessKeys(settings.getAccountId(), settings.getAccessKeys());
		List<SecurityTokenService.Role> roles = seed.roles();
		SecurityTokenService sts = new SecurityTokenService(roles.isEmpty() ? null : roles, keys, Clock.systemUTC());
		this.server = new MacieHttpServer(this.places, keys, sts,
				new EmulatorAdmin(clock, this.faults, this.counters, this.places, json), this.faults, this.counters,
				json);
	}

	/**
	 * Starts an emulator alone, e.g. for the AWS CLI, boto3 or Terraform:
	 * {@code --port=8083 --seed=DIR --region=us-east-1 --account=111122223333} (see
	 * {@link EmulatorSettings#fromArguments}). It runs until the process is stopped.
	 */
	public static void main(String[] args) {
		EmulatorSettings settings;
		try {
			settings = EmulatorSettings.fromArguments(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(EmulatorSettings.USAGE);
			System.exit(2);
			return;
		}
		MacieEmulator emulator = new MacieEmulator(settings).start();
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "macie-emulator-stop"));
		System.out.println(emulator.greeting());
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
				this.address = this.server.start(this.host, this.port);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The Macie emulator cannot listen on " + this.host + ":" + this.port
						+ " (is the port in use? choose another port)", ex);
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

	/** Where Macie's API is served: {@code http://host:port}. */
	public URI endpoint() {
		InetSocketAddress listening = this.address;
		if (listening == null) {
			throw new IllegalStateException("The Macie emulator is not running");
		}
		return URI.create("http://" + listening.getHostString() + ":" + listening.getPort());
	}

	public String region() {
		return this.region;
	}

	public String accountId() {
		return this.accountId;
	}

	public EmulatorClock clock() {
		return this.clock;
	}

	/** The faults that apply everywhere. */
	public Faults faults() {
		return this.faults.everywhere();
	}

	/**
	 * The faults that apply to one region of one account only; a null region or account
	 * means any (both null: {@link #faults()}).
	 */
	public Faults faults(String region, String accountId) {
		return this.faults.in(new FaultScopes.Scope(region, accountId));
	}

	/** No faults anywhere any more. */
	public void clearFaults() {
		this.faults.clear();
	}

	public RequestCounters counters() {
		return this.counters;
	}

	/** What is running, and how to try it with the AWS CLI. */
	public String greeting() {
		List<String> others = this.places.all()
			.stream()
			.skip(1)
			.map(place -> place.region() + "/" + place.accountId() + " (" + place.jobs().size() + " jobs)")
			.toList();
		return "Macie emulator serving Macie's API at " + endpoint() + " (region " + region() + ", account "
				+ accountId() + ", " + jobCount() + " jobs"
				+ (others.isEmpty() ? "" : "; also " + String.join(", ", others))
				+ "). Try: AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x "
				+ "aws macie2 list-classification-jobs --endpoint-url " + endpoint() + " --region " + region();
	}

	/**
	 * How many jobs the emulator holds (seeded, generated and created) in its own region
	 * and account.
	 */
	public int jobCount() {
		return this.places.defaultPlace().jobs().size();
	}

	/** How many jobs a place holds; 0 where Macie is not enabled. */
	public int jobCount(String region, String accountId) {
		return this.places.find(region, accountId).map(place -> place.jobs().size()).orElse(0);
	}

	/** Every place served, as {@code region/accountId}, the emulator's own first. */
	public List<String> places() {
		return this.places.all().stream().map(place -> place.region() + "/" + place.accountId()).toList();
	}

	/**
	 * The operations served, each with its HTTP binding (for checking against the service
	 * model).
	 */
	List<Route> routes() {
		return this.server.routes();
	}

	/** The places served, for tests. */
	Places placesServed() {
		return this.places;
	}

}
