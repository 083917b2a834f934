package io.maciedashboard.alerts;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Team webhooks that cannot be delivered for reasons that will not pass by themselves, in
 * the whole application: an address allowed when it was saved that now leads to a refused
 * one (here this machine, with loopback not allowed), and a secret encrypted with another
 * key than the dashboard's. Each is tried once, marked failed, and the notifications page
 * says why in words (never a 500).
 */
@SpringBootTest(properties = "dashboard.alerts.webhooks.allow-loopback=false")
@AutoConfigureMockMvc
class WebhookRefusedAtDeliveryIT {

	static final Instant SAVED = Instant.parse("2026-11-01T09:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamChannelRepository channels;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	OutboxWorker worker;

	@Autowired
	WebhookSecrets secrets;

	private long queuedFor(TeamChannel channel, String jobId) {
		TeamChannel added = this.channels.add(channel);
		this.outbox.add(new Notification(null, "111122223333", "us-east-1", jobId, "Weekly PII scan",
				AlertKind.RUN_FAILED, "run-1", added.recipient(), Notification.Channel.WEBHOOK, added.target(),
				"Run of Weekly PII scan finished with errors", "Text", SAVED, SAVED, Notification.State.PENDING, 0,
				SAVED, null, null));
		return this.outbox.newest(null, 1).get(0).id();
	}

	private Element row(long id) throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(get("/alerts/notifications")
				.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return page.selectFirst("table.notifications a[href='/alerts/notifications/" + id + "']").closest("tr");
	}

	@Test
	void aWebhookWhoseAddressNowLeadsToThisMachineFailsSayingWhy() throws Exception {
		// stored when "localhost" was allowed, or named another server
		long id = queuedFor(new TeamChannel(null, "Chat", TeamChannel.Kind.WEBHOOK, "http://localhost:9/hook", "JSON",
				this.secrets.seal(WebhookSignature.newSecret()), SAVED, "Otto"), "job-refused");

		this.worker.deliverDue();

		Notification failed = this.outbox.find(id).orElseThrow();
		assertThat(failed.state()).isEqualTo(Notification.State.FAILED);
		assertThat(this.outbox.attempts(id)).as("a refusal is not retried").hasSize(1);
		assertThat(row(id).text()).contains("Failed", "this server itself (loopback): webhooks go to other servers");
	}

	@Test
	void aSecretEncryptedWithAnotherKeyFailsSayingWhatToDo() throws Exception {
		String sealedElsewhere = new WebhookSecrets("the-key-of-another-dashboard-0123456789").seal("s3cret");
		long id = queuedFor(new TeamChannel(null, "Old hook", TeamChannel.Kind.WEBHOOK, "https://hooks.example.com/x",
				"SLACK", sealedElsewhere, SAVED, "Otto"), "job-other-key");

		this.worker.deliverDue();

		assertThat(this.outbox.find(id).orElseThrow().state()).isEqualTo(Notification.State.FAILED);
		assertThat(row(id).text()).contains("Failed", "cannot be read with this dashboard's key",
				"remove the channel and add it again");
		this.mvc
			.perform(get("/alerts/notifications/" + id)
				.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"))))
			.andExpect(status().isOk());
	}

}
