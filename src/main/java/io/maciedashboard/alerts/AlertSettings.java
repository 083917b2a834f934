package io.maciedashboard.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.maciedashboard.audit.AuditAction;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.JobRef;
import io.maciedashboard.macie.Place;
import io.maciedashboard.security.Person;
import io.maciedashboard.security.SignedInUser;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what: a person's watches and channels, and the team's channels. Every
 * change is written to the audit trail first (a change the trail cannot record is not
 * made: {@link io.maciedashboard.audit.AuditUnavailableException}), then made. Templates
 * use it as {@code @alertSettings} for the job page's watch button.
 */
@Service("alertSettings")
public class AlertSettings {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SubscriptionRepository subscriptions;

	private final TeamChannelRepository teamChannels;

	private final JobStateRepository states;

	private final AuditTrail audit;

	private final SignedInUser users;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	AlertSettings(SubscriptionRepository subscriptions, TeamChannelRepository teamChannels, JobStateRepository states,
			AuditTrail audit, SignedInUser users, PlatformTransactionManager transactions) {
		this.subscriptions = subscriptions;
		this.teamChannels = teamChannels;
		this.states = states;
		this.audit = audit;
		this.users = users;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The person's channels: stored ones, or e-mail to their sign-in address. */
	PersonChannels channels(Authentication who) {
		Person person = this.users.person(who);
		return this.subscriptions.person(person.subject())
			.orElseGet(() -> new PersonChannels(person.subject(), person.name(), person.email(), true, false));
	}

	/**
	 * Whether the person watches the job by name, for the job page's button; null when
	 * the database does not answer (the page then shows no button).
	 */
	public Boolean watching(Authentication who, Place place, String jobId) {
		try {
			return this.subscriptions.watches(this.users.person(who).subject(),
					JobState.jobKey(place.accountId(), place.region(), jobId));
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	/** The keys ("account/region/jobId", or "*") the person watches. */
	List<String> watched(Authentication who) {
		return this.subscriptions.watched(this.users.person(who).subject());
	}

	/** The job's name as the sweep last saw it, else its id. */
	String jobName(String account, String region, String jobId) {
		return this.states.find(account, region, jobId).map(JobState::name).orElse(jobId);
	}

	void watch(Authentication who, Place place, String jobId, boolean on) {
		change(who, on ? AuditAction.WATCH : AuditAction.UNWATCH, JobRef.of(place, jobId, null), null, (subject) -> {
			String key = JobState.jobKey(place.accountId(), place.region(), jobId);
			if (on) {
				this.subscriptions.watch(subject, key, this.clock.instant());
			}
			else {
				this.subscriptions.unwatch(subject, key);
			}
		});
	}

	void watchEveryJob(Authentication who, boolean on) {
		change(who, on ? AuditAction.WATCH : AuditAction.UNWATCH, new JobRef(null, null, null, null),
				details("jobs", "every job"), (subject) -> {
					if (on) {
						this.subscriptions.watch(subject, SubscriptionRepository.EVERY_JOB, this.clock.instant());
					}
					else {
						this.subscriptions.unwatch(subject, SubscriptionRepository.EVERY_JOB);
					}
				});
	}

	/** Sets where the person's e-mails go, and whether they get any. */
	void email(Authentication who, String address, boolean enabled) {
		change(who, AuditAction.ALERT_SETTINGS, new JobRef(null, null, null, null),
				details("email", String.valueOf(address), "emailEnabled", enabled), (subject) -> {
					// the row exists (change() stores it); this sets its address
					PersonChannels current = channels(who);
					this.subscriptions.savePerson(
							new PersonChannels(subject, current.name(), address, enabled, current.calendar()),
							this.clock.instant());
				});
	}

	/**
	 * Makes the person a new calendar feed (revoking any earlier one); answers its token,
	 * which is stored only as a hash and cannot be shown again.
	 */
	String newCalendarToken(Authentication who) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		change(who, AuditAction.ALERT_SETTINGS, new JobRef(null, null, null, null), details("calendarFeed", "new"),
				(subject) -> this.subscriptions.calendarToken(subject, hash(token)));
		return token;
	}

	void revokeCalendar(Authentication who) {
		change(who, AuditAction.ALERT_SETTINGS, new JobRef(null, null, null, null), details("calendarFeed", "revoked"),
				(subject) -> this.subscriptions.calendarToken(subject, null));
	}

	/** The person a calendar token belongs to, if it is a live one. */
	Optional<PersonChannels> calendarOwner(String token) {
		return this.subscriptions.byCalendarToken(hash(token));
	}

	List<TeamChannel> teamChannels() {
		return this.teamChannels.all();
	}

	/** Adds a team channel (validated by the caller); answers it with its id. */
	TeamChannel addTeamChannel(Authentication who, TeamChannel channel) {
		var attempt = this.audit.attempt(who, AuditAction.ADD_TEAM_CHANNEL, new JobRef(null, null, null, null),
				details("name", channel.name(), "kind", channel.kind().name(), "target", channel.target()));
		TeamChannel added = this.teamChannels.add(channel);
		attempt.done(null, "team channel " + added.id());
		return added;
	}

	/** Removes a team channel; answers whether there was one. */
	boolean removeTeamChannel(Authentication who, long id) {
		Optional<TeamChannel> channel = this.teamChannels.find(id);
		if (channel.isEmpty()) {
			return false;
		}
		var attempt = this.audit.attempt(who, AuditAction.REMOVE_TEAM_CHANNEL, new JobRef(null, null, null, null),
				details("id", id, "name", channel.get().name()));
		this.teamChannels.remove(id);
		attempt.done(null, "team channel " + id);
		return true;
	}

	/**
	 * Audits the change, makes sure the person has a row (their sign-in e-mail, e-mail
	 * on), and makes the change with their subject.
	 */
	private void change(Authentication who, AuditAction action, JobRef job, String details, Consumer<String> change) {
		var attempt = this.audit.attempt(who, action, job, details);
		this.transaction.executeWithoutResult((status) -> {
			PersonChannels person = channels(who);
			this.subscriptions.savePerson(person, this.clock.instant());
			change.accept(person.subject());
		});
		attempt.done(null, action.name().toLowerCase());
	}

	/** What changed, as JSON for the audit row's details. */
	private static String details(Object... namesAndValues) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			details.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return JSON.writeValueAsString(details);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every Java runtime has SHA-256
		}
	}

}
