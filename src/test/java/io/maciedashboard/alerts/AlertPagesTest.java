package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.AuditUnavailableException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.security.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alerts' pages with their services mocked: what they show, bad input answered at the
 * field with what was typed kept, a database that does not answer said in words, and who
 * may do what.
 */
@WebMvcTest({ AlertSettingsController.class, TeamChannelsController.class, NotificationsController.class,
		WatchController.class, CalendarFeedController.class })
@Import({ SecurityConfiguration.class, CalendarFeed.class })
class AlertPagesTest {

	static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean(name = "alertSettings")
	AlertSettings settings;

	@MockitoBean
	OutboxRepository outbox;

	@MockitoBean
	AuditTrail audit;

	@MockitoBean
	MacieJobs macie;

	@MockitoBean
	WebhookAddressGuard guard;

	@MockitoBean
	ExpiryCalendar calendar;

	@MockitoBean
	WebhookSecrets secrets;

	static RequestPostProcessor viewer() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER");
	}

	static RequestPostProcessor operator() {
		return oidcLogin().authorities(() -> "ROLE_OPERATOR");
	}

	@BeforeEach
	void person() {
		given(this.settings.channels(any()))
			.willReturn(new PersonChannels("ana", "Ana", "ana@example.com", true, false));
		given(this.settings.watched(any())).willReturn(List.of("*", "111122223333/us-east-1/job-1"));
		given(this.settings.jobName("111122223333", "us-east-1", "job-1")).willReturn("Quarterly PII scan");
		given(this.macie.place("111122223333", "us-east-1")).willReturn(Optional.of(TestPlaces.HOME));
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theSettingsPageShowsTheAddressWhatIsWatchedAndTheCalendar() throws Exception {
		Document page = page(get("/alerts/settings").with(viewer()));

		assertThat(page.selectFirst("#email").val()).isEqualTo("ana@example.com");
		assertThat(page.selectFirst("#enabled").hasAttr("checked")).isTrue();
		assertThat(page.text()).contains("You watch every job");
		assertThat(page.select(".alerts-watched a")).extracting((link) -> link.text(), (link) -> link.attr("href"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Quarterly PII scan", "/jobs/111122223333/us-east-1/job-1"));
		assertThat(page.text()).contains("Make my calendar feed");
	}

	@Test
	void aBadAddressIsSaidAtTheFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
		Document page = page(post("/alerts/settings/email").param("email", "ana at example")
			.param("enabled", "true")
			.with(viewer())
			.with(csrf()));

		assertThat(page.selectFirst("#email").val()).isEqualTo("ana at example");
		assertThat(page.selectFirst("#email-error").text()).contains("not an e-mail address");
		verify(this.settings, never()).email(any(), anyString(), anyBoolean());
	}

	@Test
	void aGoodAddressIsSaved() throws Exception {
		this.mvc
			.perform(post("/alerts/settings/email").param("email", " ana@work.example ")
				.param("enabled", "true")
				.with(viewer())
				.with(csrf()))
			.andExpect(redirectedUrl("/alerts/settings"))
			.andExpect(flash().attribute("flash", "Your alerts go to ana@work.example."));
		verify(this.settings).email(any(), eq("ana@work.example"), eq(true));
	}

	@Test
	void aDatabaseThatDoesNotAnswerIsSaidInWords() throws Exception {
		given(this.settings.channels(any())).willThrow(new DataAccessResourceFailureException("down"));
		given(this.outbox.newest(any(), anyInt())).willThrow(new DataAccessResourceFailureException("down"));

		assertThat(page(get("/alerts/settings").with(viewer())).text()).contains("database is not answering");
		assertThat(page(get("/alerts/notifications").with(viewer())).text()).contains("database is not answering");
	}

	@Test
	void aChangeTheDatabaseOrTheAuditTrailRefusedIsSaidOnThePageItLeadsTo() throws Exception {
		org.mockito.BDDMockito.willThrow(new DataAccessResourceFailureException("down"))
			.given(this.settings)
			.watch(any(), any(), anyString(), anyBoolean());
		AuditUnavailableException auditDown = org.mockito.Mockito.mock(AuditUnavailableException.class);
		given(auditDown.getMessage()).willReturn("The audit trail could not record this change.");
		given(this.settings.removeTeamChannel(any(), anyLong())).willThrow(auditDown);

		this.mvc.perform(post("/jobs/111122223333/us-east-1/job-1/watch").with(viewer()).with(csrf()))
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/job-1"))
			.andExpect(flash().attribute("flashError", FlashedChange.DATABASE_DOWN))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.nullValue()));
		this.mvc.perform(post("/alerts/channels/7/remove").with(operator()).with(csrf()))
			.andExpect(redirectedUrl("/alerts/channels"))
			.andExpect(flash().attribute("flashError", "The audit trail could not record this change."));
	}

	@Test
	void aCalendarFeedsAddressIsShownOnceAfterItIsMade() throws Exception {
		given(this.settings.newCalendarToken(any())).willReturn("t0k3n");

		this.mvc.perform(post("/alerts/settings/calendar").with(viewer()).with(csrf()))
			.andExpect(redirectedUrl("/alerts/settings"))
			.andExpect(flash().attribute("calendarUrl", "http://localhost/alerts/calendar/t0k3n.ics"));
	}

	@Test
	void watchingAJobGoesBackToItsPageAndAnUnknownPlaceIsNotFound() throws Exception {
		this.mvc.perform(post("/jobs/111122223333/us-east-1/job-1/watch").with(viewer()).with(csrf()))
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/job-1"));
		verify(this.settings).watch(any(), eq(TestPlaces.HOME), eq("job-1"), eq(true));

		this.mvc.perform(post("/jobs/999999999999/us-east-1/job-1/watch").with(viewer()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/jobs/111122223333/us-east-1/job-1/watch").with(viewer()))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyOperatorsManageTeamChannels() throws Exception {
		this.mvc.perform(get("/alerts/channels").with(viewer())).andExpect(status().isForbidden());
		this.mvc.perform(post("/alerts/channels").param("name", "x").with(viewer()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWebhookToARefusedAddressIsSaidAtTheFieldAndNotAdded() throws Exception {
		given(this.guard.refusal("http://169.254.169.254/latest"))
			.willReturn(Optional.of("This address is a cloud metadata address: webhooks may not go there."));

		Document page = page(addWebhook("http://169.254.169.254/latest", "SLACK"));

		assertThat(page.selectFirst("#target-error").text()).contains("cloud metadata");
		assertThat(page.selectFirst("#target").val()).isEqualTo("http://169.254.169.254/latest");
		assertThat(page.selectFirst("#name").val()).isEqualTo("Hook");
		verify(this.settings, never()).addTeamChannel(any(), any());
	}

	@Test
	void anAddedWebhooksSecretIsShownOnceAndStoredSealed() throws Exception {
		given(this.guard.refusal(anyString())).willReturn(Optional.empty());
		given(this.secrets.canSeal()).willReturn(true);
		given(this.secrets.seal(anyString())).willAnswer((call) -> "aes-gcm:sealed(" + call.getArgument(0) + ")");
		List<TeamChannel> stored = new java.util.ArrayList<>();
		given(this.settings.addTeamChannel(any(), any())).willAnswer((call) -> {
			TeamChannel channel = call.getArgument(1);
			stored.add(channel);
			return new TeamChannel(7L, channel.name(), channel.kind(), channel.target(), channel.webhookFormat(),
					channel.webhookSecret(), channel.createdAt(), channel.createdBy());
		});

		var result = this.mvc.perform(addWebhook("https://hooks.example.com/x", "TEAMS"))
			.andExpect(redirectedUrl("/alerts/channels"))
			.andReturn();

		String shown = (String) result.getFlashMap().get("newSecret");
		assertThat(shown).hasSize(43);
		assertThat(stored).extracting(TeamChannel::webhookSecret).containsExactly("aes-gcm:sealed(" + shown + ")");
	}

	@Test
	void withoutAKeyAWebhookIsRefusedAtTheFormAndThePageSaysSoBeforehand() throws Exception {
		given(this.guard.refusal(anyString())).willReturn(Optional.empty());
		given(this.settings.teamChannels()).willReturn(List.of());

		assertThat(page(get("/alerts/channels").with(operator())).selectFirst("#add-heading + .panel--info").text())
			.contains("Webhooks cannot be added on this dashboard yet", "dashboard.alerts.webhooks.secret-key");
		Document page = page(addWebhook("https://hooks.example.com/x", "JSON"));

		assertThat(page.selectFirst("#kind-error").text()).contains("no key to keep their signing secrets");
		assertThat(page.selectFirst("#target").val()).isEqualTo("https://hooks.example.com/x");
		verify(this.settings, never()).addTeamChannel(any(), any());
		verify(this.secrets, never()).seal(anyString());
	}

	@Test
	void anUnknownStateIsSaidAndAllAreShown() throws Exception {
		given(this.outbox.newest(null, NotificationsController.PAGE_SIZE)).willReturn(List.of());

		Document page = page(get("/alerts/notifications?state=BOGUS").with(viewer()));

		assertThat(page.selectFirst("#state-error").text()).contains("no such state");
	}

	@Test
	void onlyAFailedNotificationIsRetriedAndOnlyByOperators() throws Exception {
		Notification sent = new Notification(5L, "111122223333", "us-east-1", "job-1", "Job", AlertKind.COMPLETE, "v1",
				"person:ana", Notification.Channel.EMAIL, "ana@example.com", "Complete", "Text", T0, T0,
				Notification.State.DELIVERED, 1, T0, T0, null);
		given(this.outbox.find(5L)).willReturn(Optional.of(sent));

		this.mvc.perform(post("/alerts/notifications/5/retry").with(viewer()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/alerts/notifications/5/retry").with(operator()).with(csrf()))
			.andExpect(redirectedUrl("/alerts/notifications/5"))
			.andExpect(
					flash().attribute("flashError", "Only a failed notification can be sent again; this one is sent."));
		verify(this.outbox, never()).retry(anyLong(), any());
	}

	@Test
	void theCalendarFeedNeedsNoSessionAndAnUnknownAddressIsNotFound() throws Exception {
		String token = "abcdefghijklmnopqrstuvwxyz0123456789";
		given(this.settings.calendarOwner(token))
			.willReturn(Optional.of(new PersonChannels("ana", "Ana", null, false, true)));
		given(this.calendar.events(any()))
			.willReturn(List.of(new CalendarEvent("111122223333/us-east-1/job-1@macie-dashboard", 2,
					"Macie cancels “Job”", "Text", "http://localhost:8080/jobs/111122223333/us-east-1/job-1", T0, false,
					List.of(java.time.Duration.ofHours(24)), T0)));

		this.mvc.perform(get("/alerts/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("UID:111122223333/us-east-1/job-1@macie-dashboard")));
		this.mvc.perform(get("/alerts/calendar/zzzzzzzzzzzzzzzzzzzzzzzzzzzz.ics")).andExpect(status().isNotFound());
	}

	/** An operator's post of the channel form: a webhook named "Hook". */
	private static MockHttpServletRequestBuilder addWebhook(String target, String format) {
		return post("/alerts/channels").param("name", "Hook")
			.param("kind", "WEBHOOK")
			.param("target", target)
			.param("format", format)
			.with(operator())
			.with(csrf());
	}

}
