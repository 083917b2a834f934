package io.maciedashboard.emulator;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The embedded Macie emulator's settings ({@code macie.emulator.*}). */
@ConfigurationProperties("macie.emulator")
@Validated
public class EmulatorProperties {

	/** The loopback address the emulator listens on. */
	@NotBlank
	private String host = "127.0.0.1";

	/** The emulator's port; 0 picks a free one. */
	@Min(0)
	@Max(65535)
	private int port = 8083;

	/** The AWS Region the emulator pretends to be (in ARNs and bucket metadata). */
	@NotBlank
	@Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d", message = "must be an AWS Region such as us-east-1")
	private String region = "us-east-1";

	/** The AWS account the emulated Macie belongs to. */
	@NotBlank
	@Pattern(regexp = "\\d{12}", message = "must be a 12-digit AWS account ID")
	private String accountId = "111122223333";

	/** Where the seed files are: a classpath: or file: directory. */
	@NotBlank
	private String seedLocation = "classpath:emulator/seed/";

	/** How fast jobs process objects, as a multiple of 100 objects per second. */
	@Positive
	private double speed = 1.0;

	/**
	 * How many made-up jobs to add to the seed's (for trying the job list with many
	 * jobs).
	 */
	@Min(0)
	@Max(100000)
	private int generatedJobs;

	@Valid
	@NotNull
	private FaultSettings faults = new FaultSettings();

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = accountId;
	}

	public String getSeedLocation() {
		return this.seedLocation;
	}

	public void setSeedLocation(String seedLocation) {
		this.seedLocation = seedLocation;
	}

	public double getSpeed() {
		return this.speed;
	}

	public void setSpeed(double speed) {
		this.speed = speed;
	}

	public int getGeneratedJobs() {
		return this.generatedJobs;
	}

	public void setGeneratedJobs(int generatedJobs) {
		this.generatedJobs = generatedJobs;
	}

	public FaultSettings getFaults() {
		return this.faults;
	}

	public void setFaults(FaultSettings faults) {
		this.faults = faults;
	}

	/**
	 * The faults the emulator starts with ({@code macie.emulator.faults.*}); changeable
	 * at run time.
	 */
	public static class FaultSettings {

		/** Added to every Macie answer. */
		@NotNull
		private Duration latency = Duration.ZERO;

		/** The share of requests answered with ThrottlingException (0 to 1). */
		@DecimalMin("0")
		@DecimalMax("1")
		private double throttlingShare;

		/** The share of requests answered with InternalServerException (0 to 1). */
		@DecimalMin("0")
		@DecimalMax("1")
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
			this.latency = latency;
		}

		public double getThrottlingShare() {
			return this.throttlingShare;
		}

		public void setThrottlingShare(double throttlingShare) {
			this.throttlingShare = throttlingShare;
		}

		public double getInternalErrorShare() {
			return this.internalErrorShare;
		}

		public void setInternalErrorShare(double internalErrorShare) {
			this.internalErrorShare = internalErrorShare;
		}

		public boolean isMacieEnabled() {
			return this.macieEnabled;
		}

		public void setMacieEnabled(boolean macieEnabled) {
			this.macieEnabled = macieEnabled;
		}

	}

}
