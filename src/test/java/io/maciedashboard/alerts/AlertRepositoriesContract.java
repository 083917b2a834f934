package io.maciedashboard.alerts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.maciedashboard.TestDatabase;
import io.maciedashboard.macie.JobStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The V5 migration and the alerts' repositories, the same on each database: subclasses
 * say which ({@link AlertRepositoriesH2Test} always;
 * {@link AlertRepositoriesPostgresTest} on the machine's PostgreSQL).
 */
abstract class AlertRepositoriesContract {

	static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123Z");

	TestDatabase database;

	JobStateRepository states;

	SubscriptionRepository subscriptions;

	OutboxRepository outbox;

	TeamChannelRepository teamChannels;

	abstract TestDatabase database();

	@BeforeEach
	void migrate() {
		this.database = database();
		this.states = new JobStateRepository(this.database.dataSource());
		this.subscriptions = new SubscriptionRepository(this.database.dataSource());
		this.outbox = new OutboxRepository(this.database.dataSource());
		this.teamChannels = new TeamChannelRepository(this.database.dataSource(), properties(List
			.of(new AlertsProperties.ConfiguredChannel("Configured", List.of("a@example.com"), null, null, null))));
	}

	@AfterEach
	void drop() {
		this.database.close();
	}

	static AlertsProperties properties(List<AlertsProperties.ConfiguredChannel> channels) {
		return new AlertsProperties(Duration.ofMinutes(5), List.of(Duration.ofHours(1)), URI.create("http://x"),
				Duration.ofSeconds(10), 3, Duration.ofSeconds(30), channels, false);
	}

	static JobState paused(String jobId, Instant expiresAt, long version) {
		return new JobState("111122223333", "us-east-1", jobId, "Job " + jobId, JobStatus.USER_PAUSED, true, false,
				expiresAt, version, T0);
	}

	static Notification notification(String recipient, String occurrence) {
		return new Notification(null, "111122223333", "us-east-1", "job-1", "Job 1", AlertKind.EXPIRY_APPROACHING,
				occurrence, recipient, Notification.Channel.EMAIL, "ana@example.com", "Title", "Text", T0, T0,
				Notification.State.PENDING, 0, T0, null, null);
	}

	@Test
	void aStateIsStoredOnceAndReplacedOnlyByWhoeverReadTheStoredVersion() {
		JobState first = paused("job-1", T0.plusSeconds(3600), 0);
		assertThat(this.states.replace(null, first)).isTrue();
		assertThat(this.states.replace(null, first)).as("a second first sighting").isFalse();
		assertThat(this.states.find("111122223333", "us-east-1", "job-1")).contains(first);

		JobState resumed = new JobState("111122223333", "us-east-1", "job-1", "Job job-1", JobStatus.RUNNING, true,
				false, null, 1, T0.plusSeconds(60));
		assertThat(this.states.replace(first, resumed)).isTrue();
		assertThat(this.states.replace(first, resumed)).as("the same change, stored meanwhile by another").isFalse();
		assertThat(this.states.find("111122223333", "us-east-1", "job-1")).contains(resumed);
	}

	@Test
	void theCalendarKeepsALastExpiryAfterTheJobIsResumed() {
		JobState first = paused("job-1", T0.plusSeconds(3600), 0);
		this.states.replace(null, first);
		this.states.replace(null, paused("job-2", T0.plusSeconds(7200), 0));
		this.states.replace(null, new JobState("111122223333", "us-east-1", "job-3", "never paused", JobStatus.RUNNING,
				false, false, null, 0, T0));
		JobState resumed = new JobState("111122223333", "us-east-1", "job-1", "Job job-1", JobStatus.RUNNING, true,
				false, null, 1, T0.plusSeconds(60));
		this.states.replace(first, resumed);

		List<JobStateRepository.CalendarJob> all = this.states.withExpiry(List.of(), true);
		assertThat(all)
			.extracting((job) -> job.state().jobId(), JobStateRepository.CalendarJob::lastExpiry,
					JobStateRepository.CalendarJob::stillPaused)
			.containsExactly(tuple("job-1", T0.plusSeconds(3600), false), tuple("job-2", T0.plusSeconds(7200), true));
		assertThat(this.states.withExpiry(List.of("111122223333/us-east-1/job-2"), false))
			.extracting((job) -> job.state().jobId())
			.containsExactly("job-2");
		assertThat(this.states.withExpiry(List.of(), false)).isEmpty();
	}

	@Test
	void watchersOfAJobAreThoseWhoWatchItByNameOrWatchEveryJob() {
		this.subscriptions.savePerson(new PersonChannels("ana", "Ana", "ana@example.com", true, false), T0);
		this.subscriptions.savePerson(new PersonChannels("bo", "Bo", null, true, false), T0);
		this.subscriptions.savePerson(new PersonChannels("cy", "Cy", "cy@example.com", true, false), T0);
		this.subscriptions.watch("ana", "111122223333/us-east-1/job-1", T0);
		this.subscriptions.watch("ana", "111122223333/us-east-1/job-1", T0);
		this.subscriptions.watch("ana", SubscriptionRepository.EVERY_JOB, T0);
		this.subscriptions.watch("bo", SubscriptionRepository.EVERY_JOB, T0);
		this.subscriptions.watch("cy", "111122223333/us-east-1/job-2", T0);

		assertThat(this.subscriptions.watchersOf("111122223333/us-east-1/job-1"))
			.extracting((watcher) -> watcher.person().subject(), SubscriptionRepository.Watcher::thisJob)
			.containsExactly(tuple("ana", true), tuple("bo", false));
		assertThat(this.subscriptions.watched("ana")).containsExactly("*", "111122223333/us-east-1/job-1");
		this.subscriptions.unwatch("ana", SubscriptionRepository.EVERY_JOB);
		assertThat(this.subscriptions.watched("ana")).containsExactly("111122223333/us-east-1/job-1");
	}

	@Test
	void aPersonsSettingsAndCalendarTokenReadBack() {
		this.subscriptions.savePerson(new PersonChannels("ana", "Ana", "ana@example.com", true, false), T0);
		this.subscriptions.savePerson(new PersonChannels("ana", "Ana", "ana@work.example", false, false), T0);
		this.subscriptions.calendarToken("ana", "hash-1");

		assertThat(this.subscriptions.person("ana"))
			.contains(new PersonChannels("ana", "Ana", "ana@work.example", false, true));
		assertThat(this.subscriptions.byCalendarToken("hash-1")).map(PersonChannels::subject).contains("ana");
		this.subscriptions.calendarToken("ana", null);
		assertThat(this.subscriptions.byCalendarToken("hash-1")).isEmpty();
	}

	@Test
	void aNotificationIsAddedOnceAndClaimedByOneWorker() {
		assertThat(this.outbox.add(notification("person:ana", "x/PT1H"))).isTrue();
		assertThat(this.outbox.add(notification("person:ana", "x/PT1H"))).isFalse();
		assertThat(this.outbox.add(notification("person:bo", "x/PT1H"))).isTrue();

		List<Notification> due = this.outbox.due(T0, 10);
		assertThat(due).hasSize(2);
		long id = due.get(0).id();
		assertThat(this.outbox.claim(id, T0, T0.plusSeconds(120))).isTrue();
		assertThat(this.outbox.claim(id, T0.plusSeconds(1), T0.plusSeconds(121))).isFalse();
		assertThat(this.outbox.due(T0.plusSeconds(1), 10)).hasSize(1);
		assertThat(this.outbox.claim(id, T0.plusSeconds(121), T0.plusSeconds(240))).as("an expired claim").isTrue();
	}

	@Test
	void attemptsAreRecordedAndAFailedNotificationCanBeRetried() {
		this.outbox.add(notification("person:ana", "x/PT1H"));
		long id = this.outbox.due(T0, 10).get(0).id();

		this.outbox.attempted(id, new DeliveryAttempt(T0.plusSeconds(1), false, 503, "Busy"),
				Notification.State.PENDING, T0.plusSeconds(31));
		assertThat(this.outbox.due(T0.plusSeconds(30), 10)).isEmpty();
		this.outbox.attempted(id, new DeliveryAttempt(T0.plusSeconds(31), false, null, "Refused"),
				Notification.State.FAILED, T0.plusSeconds(31));

		Notification failed = this.outbox.find(id).orElseThrow();
		assertThat(failed.state()).isEqualTo(Notification.State.FAILED);
		assertThat(failed.attempts()).isEqualTo(2);
		assertThat(failed.lastProblem()).isEqualTo("Refused");
		assertThat(this.outbox.attempts(id)).containsExactly(new DeliveryAttempt(T0.plusSeconds(1), false, 503, "Busy"),
				new DeliveryAttempt(T0.plusSeconds(31), false, null, "Refused"));
		assertThat(this.outbox.newest(Notification.State.FAILED, 10)).extracting(Notification::id).containsExactly(id);

		assertThat(this.outbox.retry(id, T0.plusSeconds(60))).isTrue();
		assertThat(this.outbox.retry(id, T0.plusSeconds(60))).as("no longer failed").isFalse();
		this.outbox.attempted(id, new DeliveryAttempt(T0.plusSeconds(61), true, 200, null),
				Notification.State.DELIVERED, T0.plusSeconds(61));
		assertThat(this.outbox.find(id).orElseThrow().deliveredAt()).isEqualTo(T0.plusSeconds(61));
		assertThat(this.outbox.newest(null, 10)).hasSize(1);
	}

	@Test
	void aWebhookSecretIsStoredSealedAndOpensAfterReading() {
		WebhookSecrets secrets = new WebhookSecrets(WebhookSecretsTest.KEY);
		String secret = WebhookSignature.newSecret();
		TeamChannel added = this.teamChannels.add(new TeamChannel(null, "Chat", TeamChannel.Kind.WEBHOOK,
				"https://hooks.example.com/x", "JSON", secrets.seal(secret), T0, "Otto"));

		assertThat(storedSecret(added.id())).startsWith(WebhookSecrets.SEALED).doesNotContain(secret);
		assertThat(secrets.open(this.teamChannels.find(added.id()).orElseThrow().webhookSecret())).isEqualTo(secret);
		assertThat(this.teamChannels.unsealedSecrets()).isEmpty();
	}

	@Test
	void aSecretStoredBeforeSealingIsSealedAtStartOnceAndOnlyWithAKey() {
		TeamChannel old = this.teamChannels.add(new TeamChannel(null, "Old", TeamChannel.Kind.WEBHOOK,
				"https://hooks.example.com/x", "JSON", "plain-old-secret", T0, "Otto"));
		this.teamChannels.add(new TeamChannel(null, "Unsigned", TeamChannel.Kind.WEBHOOK, "https://hooks.example.com/y",
				"JSON", null, T0, "Otto"));
		this.teamChannels
			.add(new TeamChannel(null, "Mail", TeamChannel.Kind.EMAIL, "a@example.com", null, null, T0, "Otto"));
		assertThat(this.teamChannels.unsealedSecrets())
			.containsExactly(java.util.Map.entry(old.id(), "plain-old-secret"));

		assertThat(new WebhookSecretsSealing(this.teamChannels, new WebhookSecrets((String) null)).seal())
			.as("no key: left as it is, and still usable")
			.isZero();
		assertThat(storedSecret(old.id())).isEqualTo("plain-old-secret");

		WebhookSecrets secrets = new WebhookSecrets(WebhookSecretsTest.KEY);
		assertThat(new WebhookSecretsSealing(this.teamChannels, secrets).seal()).isEqualTo(1);
		assertThat(new WebhookSecretsSealing(this.teamChannels, secrets).seal()).as("a second start").isZero();
		assertThat(storedSecret(old.id())).startsWith(WebhookSecrets.SEALED);
		assertThat(secrets.open(storedSecret(old.id()))).isEqualTo("plain-old-secret");
		assertThat(this.teamChannels.replaceSecret(old.id(), "plain-old-secret", "x"))
			.as("another instance sealed it first")
			.isFalse();
	}

	private String storedSecret(long id) {
		return org.springframework.jdbc.core.simple.JdbcClient.create(this.database.dataSource())
			.sql("SELECT webhook_secret FROM alert_team_channel WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void teamChannelsAreTheDashboardsThenTheConfiguredOnes() {
		TeamChannel added = this.teamChannels.add(new TeamChannel(null, "Chat", TeamChannel.Kind.WEBHOOK,
				"https://hooks.example.com/x", "SLACK", "secret", T0, "Otto"));

		assertThat(this.teamChannels.all()).extracting(TeamChannel::name, TeamChannel::recipient)
			.containsExactly(tuple("Chat", "team:" + added.id()), tuple("Configured", "config:Configured"));
		assertThat(this.teamChannels.byRecipient("team:" + added.id())).contains(added);
		assertThat(this.teamChannels.remove(added.id())).isTrue();
		assertThat(this.teamChannels.remove(added.id())).isFalse();
		assertThat(this.teamChannels.all()).extracting(TeamChannel::name).containsExactly("Configured");
	}

}
