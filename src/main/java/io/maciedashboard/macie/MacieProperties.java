package io.maciedashboard.macie;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dashboard reaches Macie ({@code macie.*}). Checked at start-up: a bad value
 * stops the application with a message naming the property.
 *
 * @param mode {@code aws} (Amazon Macie, the default) or {@code emulator} (the embedded
 * Macie emulator, with made-up data)
 * @param region the default region; when empty, the SDK's region provider chain (aws) or
 * the emulator's region (emulator)
 * @param endpoint aws mode only: another endpoint than Macie's regional one (a VPC
 * endpoint, a proxy)
 * @param connectTimeout how long to wait for a TCP connection
 * @param socketTimeout how long to wait for data on an open connection
 * @param apiCallAttemptTimeout the limit for one HTTP attempt
 * @param apiCallTimeout the limit for a whole call, retries included
 * @param readCacheTtl how long a Macie answer is reused for identical reads (then while
 * one background read renews it: at most as long again, or until that renewal ends); 0
 * shares only reads that run at the same time
 * @param endedJobCacheTtl how long the description of an ended (COMPLETE or CANCELLED)
 * job is reused: its runs, statistics and schedule no longer change
 * @param places the regions of accounts to show, in this order (the first is the
 * default); none: one place, the default region with the SDK's default credentials
 */
@ConfigurationProperties("macie")
@Validated
public record MacieProperties(@NotNull @DefaultValue("aws") Mode mode,
		@Pattern(regexp = "([a-z]{2}(-[a-z]+)+-\\d+)?",
				message = "must be an AWS region name such as eu-west-1") String region,
		@Pattern(regexp = "(https?://[^\\s/?#]+(/\\S*)?)?",
				message = "must be an http or https URL, such as https://macie2.eu-west-1.amazonaws.com") String endpoint,
		@NotNull @DurationMin(millis = 1) @DurationMax(minutes = 5) @DefaultValue("3s") Duration connectTimeout,
		@NotNull @DurationMin(millis = 1) @DurationMax(minutes = 5) @DefaultValue("10s") Duration socketTimeout,
		@NotNull @DurationMin(millis = 1) @DurationMax(minutes = 5) @DefaultValue("15s") Duration apiCallAttemptTimeout,
		@NotNull @DurationMin(millis = 1) @DurationMax(minutes = 10) @DefaultValue("30s") Duration apiCallTimeout,
		@NotNull @DurationMin(millis = 0) @DurationMax(minutes = 1) @DefaultValue("2s") Duration readCacheTtl,
		@NotNull @DurationMin(millis = 0) @DurationMax(hours = 1) @DefaultValue("10m") Duration endedJobCacheTtl,
		List<@Valid PlaceSettings> places) {

	public MacieProperties {
		places = (places != null) ? List.copyOf(places) : List.of();
	}

	public enum Mode {

		EMULATOR, AWS

	}

	/** Whether {@code region} was configured. */
	public boolean hasRegion() {
		return this.region != null && !this.region.isBlank();
	}

	/** The configured endpoint override, if any. */
	public Optional<URI> endpointOverride() {
		return (this.endpoint == null || this.endpoint.isBlank()) ? Optional.empty()
				: Optional.of(URI.create(this.endpoint));
	}

	@AssertTrue(message = "macie.places lists the same region and account twice")
	public boolean isEveryPlaceListedOnce() {
		Set<String> seen = new HashSet<>();
		return this.places.stream()
			.allMatch((place) -> place.region() == null || seen.add(place.region() + "/" + place.accountId()));
	}

	/**
	 * One place to show ({@code macie.places[n].*}).
	 *
	 * @param name what the pages call it (default: "region / account")
	 * @param region its region
	 * @param accountId its account (12 digits)
	 * @param profile aws mode: the named profile (of the AWS config and credentials
	 * files) whose credentials reach it; unset: the SDK's default credential chain
	 * @param roleArn a role to assume (through STS, with the profile's or the default
	 * credentials) to reach it; it must be a role of {@code accountId}
	 * @param externalId the external id the role's trust policy asks for, if any
	 */
	public record PlaceSettings(String name,
			@NotNull @Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d+",
					message = "must be an AWS region name such as eu-west-1") String region,
			@NotNull @Pattern(regexp = "\\d{12}",
					message = "must be a 12-digit AWS account id such as 111122223333") String accountId,
			@Pattern(regexp = "[\\w.+=,@-]{1,128}", message = "must be the name of an AWS profile") String profile,
			@Pattern(regexp = "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}",
					message = "must be an IAM role ARN such as arn:aws:iam::444455556666:role/MacieDashboardReader") String roleArn,
			@Pattern(regexp = "[\\w+=,.@:/-]{2,1224}",
					message = "must be 2 to 1224 letters, digits or +=,.@:/-") String externalId) {

		@AssertTrue(message = "role-arn must be a role of the place's account (account-id)")
		public boolean isRoleOfTheAccount() {
			return this.roleArn == null || this.accountId == null || this.roleArn.split(":", 6).length < 5
					|| this.roleArn.split(":", 6)[4].equals(this.accountId);
		}

		@AssertTrue(message = "external-id is only sent with a role to assume: set role-arn too")
		public boolean isExternalIdWithRole() {
			return this.externalId == null || this.roleArn != null;
		}

		Place place() {
			return new Place(this.region, this.accountId, this.name);
		}

	}

	@AssertTrue(message = "macie.api-call-attempt-timeout must not be longer than macie.api-call-timeout")
	public boolean isApiCallAttemptTimeoutWithinCallTimeout() {
		return this.apiCallAttemptTimeout == null || this.apiCallTimeout == null
				|| this.apiCallAttemptTimeout.compareTo(this.apiCallTimeout) <= 0;
	}

}
