package io.maciedashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.PauseDetails;

/**
 * How long a USER_PAUSED job has before Macie cancels it (the job, or only the paused run
 * of a scheduled job), measured from the server's "now". The server-side half of the
 * countdown: the browser's {@code countdown.js} applies the same rules (whole seconds
 * rounded up, the same severity thresholds, the same text) to keep ticking from the
 * instant rendered here.
 */
public final class PauseExpiry {

	/** At or below this the countdown warns. */
	static final Duration WARNING_AT = Duration.ofDays(7);

	/** At or below this the countdown is critical. */
	static final Duration CRITICAL_AT = Duration.ofHours(24);

	private final PauseDetails pause;

	private final JobType jobType;

	private final Instant now;

	/**
	 * Whole seconds left, rounded up, so that "0 seconds" is never shown before the
	 * expiry.
	 */
	private final long remainingSeconds;

	private PauseExpiry(PauseDetails pause, JobType jobType, Instant now) {
		this.pause = pause;
		this.jobType = jobType;
		this.now = now;
		this.remainingSeconds = Math.max(0, ceilSeconds(Duration.between(now, pause.expiresAt())));
	}

	public static PauseExpiry of(PauseDetails pause, JobType jobType, Instant now) {
		if (pause == null || pause.expiresAt() == null || jobType == null || now == null) {
			throw new IllegalArgumentException("a pause expiry needs the pause details, the job type and the time now");
		}
		return new PauseExpiry(pause, jobType, now);
	}

	private static long ceilSeconds(Duration duration) {
		return duration.getSeconds() + ((duration.getNano() > 0) ? 1 : 0);
	}

	public Instant pausedAt() {
		return this.pause.pausedAt();
	}

	public Instant expiresAt() {
		return this.pause.expiresAt();
	}

	/**
	 * The server's instant the remaining time was measured from; the browser corrects its
	 * clock by it.
	 */
	public Instant now() {
		return this.now;
	}

	public JobType jobType() {
		return this.jobType;
	}

	/** Null until the job has been paused for 23 days. */
	public String healthEventArn() {
		return this.pause.healthEventArn();
	}

	/** Time left before expiry in whole seconds (rounded up); zero once expired. */
	public Duration remaining() {
		return Duration.ofSeconds(this.remainingSeconds);
	}

	public boolean isExpired() {
		return this.remainingSeconds == 0;
	}

	public Severity severity() {
		if (isExpired()) {
			return Severity.EXPIRED;
		}
		if (this.remainingSeconds <= CRITICAL_AT.getSeconds()) {
			return Severity.CRITICAL;
		}
		if (this.remainingSeconds <= WARNING_AT.getSeconds()) {
			return Severity.WARNING;
		}
		return Severity.NEUTRAL;
	}

	/**
	 * "2 days 3 hours 4 minutes 5 seconds" (leading zero units left out), or the expired
	 * message.
	 */
	public String text() {
		return isExpired() ? expiredMessage() : remainingText(this.remainingSeconds);
	}

	/**
	 * The list's rounded text: "26 days", "1 day 5 h", "5 h 12 min", "38 min", "less than
	 * a minute" (whole units left, never more than remains), or the expired message.
	 */
	public String roundedText() {
		return isExpired() ? expiredMessage() : roundedText(this.remainingSeconds);
	}

	static String roundedText(long totalSeconds) {
		long days = totalSeconds / 86_400;
		long hours = (totalSeconds % 86_400) / 3_600;
		long minutes = (totalSeconds % 3_600) / 60;
		if (days >= 2) {
			return days + " days";
		}
		if (days == 1) {
			return "1 day" + ((hours > 0) ? " " + hours + " h" : "");
		}
		if (hours > 0) {
			return hours + " h" + ((minutes > 0) ? " " + minutes + " min" : "");
		}
		return (minutes > 0) ? minutes + " min" : "less than a minute";
	}

	/** What the page says once the time is up. */
	public String expiredMessage() {
		return (this.jobType == JobType.ONE_TIME) ? "Expired: Macie cancels this job (one-time)"
				: "Expired: Macie cancels this run (scheduled)";
	}

	/** What happens at expiry for this job type, in a sentence. */
	public String consequence() {
		return (this.jobType == JobType.ONE_TIME)
				? "If it is not resumed before it expires, Macie cancels this one-time job; a cancelled job cannot be resumed or restarted."
				: "If it is not resumed before it expires, Macie cancels the paused run only; the job stays and its next scheduled run starts as usual.";
	}

	/** What the health event ARN means, shown beside it. */
	public String healthEventMeaning() {
		return "Macie sent this AWS Health event because the job has been paused for 23 days or more and will expire soon.";
	}

	public long expiresAtEpochMilli() {
		return expiresAt().toEpochMilli();
	}

	public long nowEpochMilli() {
		return this.now.toEpochMilli();
	}

	static String remainingText(long totalSeconds) {
		long days = totalSeconds / 86_400;
		long hours = (totalSeconds % 86_400) / 3_600;
		long minutes = (totalSeconds % 3_600) / 60;
		long seconds = totalSeconds % 60;
		List<String> parts = new ArrayList<>();
		if (days > 0) {
			parts.add(unit(days, "day"));
		}
		if (!parts.isEmpty() || hours > 0) {
			parts.add(unit(hours, "hour"));
		}
		if (!parts.isEmpty() || minutes > 0) {
			parts.add(unit(minutes, "minute"));
		}
		parts.add(unit(seconds, "second"));
		return String.join(" ", parts);
	}

	private static String unit(long count, String name) {
		return count + " " + name + ((count == 1) ? "" : "s");
	}

	/** How urgent the expiry is; the CSS class colours the countdown. */
	public enum Severity {

		NEUTRAL, WARNING, CRITICAL, EXPIRED;

		public String cssClass() {
			return "countdown--" + name().toLowerCase(Locale.ROOT);
		}

	}

}
