package io.maciedashboard.emulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How an emulator is set up: a plain bean that a command line ({@link #fromArguments}) or
 * any configuration binder fills in. Every setter checks its value and names the setting
 * when it refuses one, so a bad value stops the start wherever it came from.
 */
public class EmulatorSettings {

	static final String USAGE = """
			Usage: MacieEmulator [--port=8083] [--host=127.0.0.1] [--seed=DIR] [--region=us-east-1]
			                     [--account=111122223333] [--speed=1.0] [--generated-jobs=0]
			                     [--access-key=KEY:ACCOUNT ...]
			  --seed         a folder with jobs.json, buckets.json, ... (or classpath:emulator/seed/, the default)
			  --access-key   requests signed with access key KEY act in account ACCOUNT (repeatable)""";

	private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

	private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

	/** The address the emulator listens on. */
	private String host = "127.0.0.1";

	/** The emulator's port; 0 picks a free one. */
	private int port = 8083;

	/** The AWS Region the emulator pretends to be (in ARNs and bucket metadata). */
	private String region = "us-east-1";

	/** The AWS account the emulated Macie belongs to. */
	private String accountId = "111122223333";

	/**
	 * Where the seed files are: {@code classpath:} a folder on the class path, or a
	 * folder on disk ({@code file:} optional).
	 */
	private String seedLocation = "classpath:emulator/seed/";

	/** How fast jobs process objects, as a multiple of 100 objects per second. */
	private double speed = 1.0;

	/**
	 * How many made-up jobs to add to the seed's (for trying the job list with many
	 * jobs).
	 */
	private int generatedJobs;

	/**
	 * Access keys and the account each one acts in. Any other key acts in the account a
	 * 12-digit key names, or else in {@link #accountId}.
	 */
	private Map<String, String> accessKeys = new LinkedHashMap<>();

	/**
	 * The faults the emulator starts with; {@link MacieEmulator#faults()} changes them
	 * later.
	 */
	private final FaultSettings faults = new FaultSettings();

	/**
	 * Settings from {@code --name=value} arguments (see {@link #USAGE}); what is not
	 * given keeps its default.
	 */
	public static EmulatorSettings fromArguments(String... arguments) {
		EmulatorSettings settings = new EmulatorSettings();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (!argument.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Not an argument of the form --name=value: " + argument);
			}
			String value = argument.substring(equals + 1);
			switch (argument.substring(2, equals)) {
				case "host" -> settings.setHost(value);
				case "port" -> settings.setPort(number("port", value));
				case "region" -> settings.setRegion(value);
				case "account" -> settings.setAccountId(value);
				case "seed" -> settings.setSeedLocation(value);
				case "speed" -> settings.setSpeed(decimal("speed", value));
				case "generated-jobs" -> settings.setGeneratedJobs(number("generated-jobs", value));
				case "access-key" -> settings.addAccessKey(value);
				default -> throw new IllegalArgumentException("Unknown argument " + argument);
			}
		}
		return settings;
	}

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = require("host", host, host != null && !host.isBlank(), "an address or host name");
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = require("port", port, port >= 0 && port <= 65535, "a port from 0 to 65535");
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = require("region", region, isRegion(region), "an AWS Region such as us-east-1");
	}

	static boolean isRegion(String region) {
		return region != null && REGION.matcher(region).matches();
	}

	static boolean isAccountId(String accountId) {
		return accountId != null && ACCOUNT_ID.matcher(accountId).matches();
	}

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = require("accountId", accountId, isAccountId(accountId), "a 12-digit AWS account ID");
	}

	public String getSeedLocation() {
		return this.seedLocation;
	}

	public void setSeedLocation(String seedLocation) {
		this.seedLocation = require("seedLocation", seedLocation, seedLocation != null && !seedLocation.isBlank(),
				"a classpath: or file: folder");
	}

	public double getSpeed() {
		return this.speed;
	}

	public void setSpeed(double speed) {
		this.speed = require("speed", speed, speed > 0 && Double.isFinite(speed), "a number above 0");
	}

	public int getGeneratedJobs() {
		return this.generatedJobs;
	}

	public void setGeneratedJobs(int generatedJobs) {
		this.generatedJobs = require("generatedJobs", generatedJobs, generatedJobs >= 0 && generatedJobs <= 100_000,
				"from 0 to 100000");
	}

	public Map<String, String> getAccessKeys() {
		return new LinkedHashMap<>(this.accessKeys);
	}

	public void setAccessKeys(Map<String, String> accessKeys) {
		Map<String, String> checked = new LinkedHashMap<>();
		accessKeys.forEach((key, account) -> checked.put(
				require("accessKeys", key, key != null && !key.isBlank(), "access key ids, not blank"),
				require("accessKeys." + key, account, isAccountId(account), "a 12-digit AWS account ID")));
		this.accessKeys = checked;
	}

	private void addAccessKey(String keyAndAccount) {
		int colon = keyAndAccount.lastIndexOf(':');
		if (colon <= 0) {
			throw new IllegalArgumentException("--access-key must be KEY:ACCOUNT, not " + keyAndAccount);
		}
		Map<String, String> keys = getAccessKeys();
		keys.put(keyAndAccount.substring(0, colon), keyAndAccount.substring(colon + 1));
		setAccessKeys(keys);
	}

	public FaultSettings getFaults() {
		return this.faults;
	}

	private static <T> T require(String setting, T value, boolean valid, String expected) {
		if (!valid) {
			throw new IllegalArgumentException(setting + " must be " + expected + ", not " + value);
		}
		return value;
	}

	private static int number(String argument, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + argument + " must be a whole number, not " + value);
		}
	}

	private static double decimal(String argument, String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + argument + " must be a number, not " + value);
		}
	}

	/** The faults an emulator starts with, checked as {@link Faults} checks them. */
	public static class FaultSettings {

		/** Added to every Macie answer. */
		private Duration latency = Duration.ZERO;

		/** The share of requests answered with ThrottlingException (0 to 1). */
		private double throttlingShare;

		/** The share of requests answered with InternalServerException (0 to 1). */
		private double internalErrorShare;

		/**
		 * false: every operation answers AccessDeniedException "Macie is not enabled for
		 * this account."
		 */
		private boolean macieEnabled = true;

		public Duration getLatency() {
			return this.latency;
		}

		public void setLatency(Duration latency) {
			this.latency = Faults.checkLatency("faults.latency", latency);
		}

		public double getThrottlingShare() {
			return this.throttlingShare;
		}

		public void setThrottlingShare(double throttlingShare) {
			this.throttlingShare = Faults.checkShare("faults.throttlingShare", throttlingShare);
		}

		public double getInternalErrorShare() {
			return this.internalErrorShare;
		}

		public void setInternalErrorShare(double internalErrorShare) {
			this.internalErrorShare = Faults.checkShare("faults.internalErrorShare", internalErrorShare);
		}

		public boolean isMacieEnabled() {
			return this.macieEnabled;
		}

		public void setMacieEnabled(boolean macieEnabled) {
			this.macieEnabled = macieEnabled;
		}

	}

}
