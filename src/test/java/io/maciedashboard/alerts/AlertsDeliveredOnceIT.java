package io.maciedashboard.alerts;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.maciedashboard.MacieDashboardApplication;
import io.maciedashboard.TestDatabase;
import io.maciedashboard.emulator.EmulatorSettings;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.SharedEmulator;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole applications on one database and one Macie (an emulator of the test's own, which
 * outlives them, as Macie outlives a dashboard's restart): when the emulator's clock
 * moves a paused job past the 24 hours threshold, exactly one e-mail reaches the SMTP
 * server (GreenMail) and exactly one correctly signed webhook reaches the receiver; after
 * a restart between the sweep and the delivery still one, and with two instances sweeping
 * and delivering at once still one.
 */
class AlertsDeliveredOnceIT {

	static final String SECRET = "test-webhook-secret";

	MacieEmulator macie;

	GreenMail smtp;

	HttpServer receiver;

	final List<Received> webhooks = new CopyOnWriteArrayList<>();

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	String database;

	@BeforeEach
	void start() throws IOException {
		EmulatorSettings settings = new EmulatorSettings();
		settings.setPort(0);
		this.macie = new MacieEmulator(settings).start();
		this.smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.smtp.start();
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.webhooks.add(new Received(new String(body, StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
					exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.receiver.start();
		this.database = TestDatabase.h2Url("alerts-" + UUID.randomUUID());
	}

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		this.receiver.stop(0);
		this.smtp.stop();
		this.macie.stop();
	}

	@Test
	void theClockMovedPastAThresholdTellsOnceEvenAcrossARestart() throws Exception {
		ConfigurableApplicationContext first = instance();
		sweep(first);
		deliver(first);
		JobSummary job = pausedJobExpiringInDays(first);
		assertThat(mailsAbout(job)).isEmpty();
		assertThat(webhooksAbout(job)).isEmpty();

		moveClockTo23HoursBefore(job);
		sweep(first);
		first.close();
		ConfigurableApplicationContext restarted = instance();
		sweep(restarted);
		deliver(restarted);
		sweep(restarted);
		deliver(restarted);

		assertThat(mailsAbout(job)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).matches("Pause expires in 2[23] hours.*"));
		assertThat(webhooksAbout(job)).singleElement().satisfies((hook) -> {
			assertThat(WebhookSignature.verify(SECRET, hook.timestamp(), hook.signature(), hook.bytes(), Instant.now(),
					Duration.ofMinutes(5)))
				.as("signed with the channel's secret")
				.isTrue();
			assertThat(hook.body()).contains("/jobs/111122223333/us-east-1/" + job.jobId());
		});
	}

	@Test
	void twoInstancesSweepingAndDeliveringAtOnceTellOnce() throws Exception {
		ConfigurableApplicationContext one = instance();
		ConfigurableApplicationContext two = instance();
		sweep(one);
		deliver(one);
		JobSummary job = pausedJobExpiringInDays(one);

		moveClockTo23HoursBefore(job);
		together(() -> one.getBean(AlertSweep.class).sweep(), () -> two.getBean(AlertSweep.class).sweep());
		together(() -> deliver(one), () -> deliver(two));

		assertThat(mailsAbout(job)).hasSize(1);
		assertThat(webhooksAbout(job)).hasSize(1);
	}

	private ConfigurableApplicationContext instance() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MacieDashboardApplication.class)
			.initializers(SharedEmulator.readBy(this.macie))
			.run("--server.port=0", "--spring.datasource.url=" + this.database, "--macie.mode=emulator",
					"--dashboard.alerts.expiry-thresholds=24h", "--dashboard.alerts.webhooks.allow-loopback=true",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.smtp.getSmtp().getPort(),
					"--dashboard.alerts.team-channels[0].name=Team mail",
					"--dashboard.alerts.team-channels[0].emails=team@example.com",
					"--dashboard.alerts.team-channels[1].name=Hook",
					"--dashboard.alerts.team-channels[1].webhook-url=http://127.0.0.1:"
							+ this.receiver.getAddress().getPort() + "/hook",
					"--dashboard.alerts.team-channels[1].webhook-secret=" + SECRET);
		this.instances.add(context);
		return context;
	}

	private static void sweep(ConfigurableApplicationContext instance) {
		instance.getBean(AlertSweep.class).sweepUnderLock();
	}

	private static void deliver(ConfigurableApplicationContext instance) {
		instance.getBean(OutboxWorker.class).deliverDue();
	}

	/**
	 * A user-paused job whose pause expires in more than a day (the seed has one in two
	 * days).
	 */
	private JobSummary pausedJobExpiringInDays(ConfigurableApplicationContext instance) {
		MacieJobs jobs = instance.getBean(MacieJobs.class);
		Instant now = this.macie.clock().instant();
		return jobs.listJobs(jobs.places().get(0), JobListQuery.firstPage().at(null, 200))
			.jobs()
			.stream()
			.filter((job) -> job.status() == JobStatus.USER_PAUSED && job.pause() != null)
			.filter((job) -> job.pause().expiresAt().isAfter(now.plus(Duration.ofHours(25)))
					&& job.pause().expiresAt().isBefore(now.plus(Duration.ofDays(7))))
			.findFirst()
			.orElseThrow();
	}

	private void moveClockTo23HoursBefore(JobSummary job) {
		Instant target = job.pause().expiresAt().minus(Duration.ofHours(23));
		this.macie.clock().advance(Duration.between(this.macie.clock().instant(), target));
	}

	private List<MimeMessage> mailsAbout(JobSummary job) throws MessagingException {
		List<MimeMessage> about = new ArrayList<>();
		for (MimeMessage mail : this.smtp.getReceivedMessages()) {
			if (mail.getSubject().contains(job.name()) && mail.getSubject().startsWith("Pause expires")) {
				about.add(mail);
			}
		}
		return about;
	}

	private List<Received> webhooksAbout(JobSummary job) {
		return this.webhooks.stream()
			.filter((hook) -> hook.body().contains(job.jobId()) && hook.body().contains("EXPIRY_APPROACHING"))
			.toList();
	}

	/** Runs both at the same moment and waits for both. */
	private static void together(Runnable... tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> done = Arrays.stream(tasks).<Future<?>>map((task) -> threads.submit(() -> {
				start.await();
				task.run();
				return null;
			})).toList();
			start.countDown();
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			threads.shutdown();
		}
	}

	record Received(String body, String timestamp, String signature, byte[] bytes) {
	}

}
