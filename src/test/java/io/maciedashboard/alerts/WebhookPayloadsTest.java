package io.maciedashboard.alerts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPayloadsTest {

	private final WebhookPayloads payloads = new WebhookPayloads();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void genericJsonCarriesEveryFieldWithIsoTimesAndASchemaVersion() {
		JsonNode body = render(SampleAlerts.expiryIn24Hours(), WebhookFormat.JSON);

		assertThat(body.get("schemaVersion").asInt()).isEqualTo(WebhookPayloads.SCHEMA_VERSION);
		assertThat(body.get("id").asString()).isEqualTo("alert-42");
		assertThat(body.get("kind").asString()).isEqualTo("EXPIRY_APPROACHING");
		assertThat(body.get("title").asString()).isEqualTo("Pause of job Weekly PII scan expires in 24 hours");
		assertThat(body.get("text").asString()).startsWith("Macie cancels the job Weekly PII scan");
		assertThat(body.get("occurredAt").asString()).isEqualTo("2026-12-02T00:30:00Z");
		JsonNode job = body.get("job");
		assertThat(job.get("account").asString()).isEqualTo("111122223333");
		assertThat(job.get("region").asString()).isEqualTo("us-east-1");
		assertThat(job.get("id").asString()).isEqualTo("3ce05dbb7ec5505def334104bf8c4b5c");
		assertThat(job.get("name").asString()).isEqualTo("Weekly PII scan");
		assertThat(job.get("url").asString()).isEqualTo(SampleAlerts.JOB_URL);
	}

	@Test
	void genericJsonKeepsTextAsItIs() {
		JsonNode body = render(SampleAlerts.hostileName(), WebhookFormat.JSON);

		assertThat(body.get("job").get("name").asString()).isEqualTo(SampleAlerts.hostileName().jobName());
	}

	@Test
	void slackHasAFallbackTextAndBlocksLinkingToTheJob() {
		JsonNode body = render(SampleAlerts.expiryIn24Hours(), WebhookFormat.SLACK);

		assertThat(body.get("text").asString())
			.isEqualTo("Pause of job Weekly PII scan expires in 24 hours <" + SampleAlerts.JOB_URL + "|Open the job>");
		JsonNode blocks = body.get("blocks");
		assertThat(blocks.get(0).get("type").asString()).isEqualTo("header");
		assertThat(blocks.get(0).get("text").get("type").asString()).isEqualTo("plain_text");
		assertThat(blocks.get(0).get("text").get("text").asString())
			.isEqualTo("Pause of job Weekly PII scan expires in 24 hours");
		assertThat(blocks.get(1).get("type").asString()).isEqualTo("section");
		assertThat(blocks.get(1).get("text").get("type").asString()).isEqualTo("mrkdwn");
		assertThat(blocks.get(2).get("type").asString()).isEqualTo("context");
		assertThat(blocks.get(2).get("elements").get(0).get("text").asString()).contains("111122223333", "us-east-1",
				"3ce05dbb7ec5505def334104bf8c4b5c");
		JsonNode button = blocks.get(3).get("elements").get(0);
		assertThat(blocks.get(3).get("type").asString()).isEqualTo("actions");
		assertThat(button.get("type").asString()).isEqualTo("button");
		assertThat(button.get("url").asString()).isEqualTo(SampleAlerts.JOB_URL);
		assertThat(button.get("text").get("text").asString()).isEqualTo("Open the job");
	}

	@Test
	void slackEscapesWhatMrkdwnWouldReadAsLinksOrMentions() {
		JsonNode body = render(SampleAlerts.hostileName(), WebhookFormat.SLACK);

		assertThat(body.get("text").asString())
			.startsWith("Pause of job &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;https://evil.example|click&gt;");
		assertThat(body.get("blocks").get(1).get("text").get("text").asString()).doesNotContain("<", ">")
			.contains("&lt;https://evil.example|click&gt;");
		// a plain_text header is shown as it is
		assertThat(body.get("blocks").get(0).get("text").get("text").asString()).contains("<script>");
	}

	@Test
	void slackHeaderStaysWithinSlacksLimit() {
		JsonNode body = render(SampleAlerts.withName("x".repeat(400)), WebhookFormat.SLACK);

		assertThat(body.get("blocks").get(0).get("text").get("text").asString()).hasSize(150).endsWith("…");
	}

	@Test
	void teamsIsAMessageWithAnAdaptiveCardLinkingToTheJob() {
		JsonNode body = render(SampleAlerts.expiryIn24Hours(), WebhookFormat.TEAMS);

		assertThat(body.get("type").asString()).isEqualTo("message");
		JsonNode attachment = body.get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode card = attachment.get("content");
		assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(card.get("version").asString()).isEqualTo("1.4");
		assertThat(card.get("$schema").asString()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
		assertThat(card.get("body").get(0).get("type").asString()).isEqualTo("TextBlock");
		assertThat(card.get("body").get(0).get("text").asString())
			.isEqualTo("Pause of job Weekly PII scan expires in 24 hours");
		JsonNode facts = card.get("body").get(2).get("facts");
		assertThat(card.get("body").get(2).get("type").asString()).isEqualTo("FactSet");
		assertThat(facts.get(0).get("title").asString()).isEqualTo("Job");
		assertThat(facts.get(0).get("value").asString()).isEqualTo("Weekly PII scan");
		JsonNode action = card.get("actions").get(0);
		assertThat(action.get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(action.get("url").asString()).isEqualTo(SampleAlerts.JOB_URL);
	}

	@Test
	void teamsEscapesMarkdownLinksAndEmphasis() {
		JsonNode body = render(SampleAlerts.hostileName(), WebhookFormat.TEAMS);

		String name = body.get("attachments")
			.get(0)
			.get("content")
			.get("body")
			.get(2)
			.get("facts")
			.get(0)
			.get("value")
			.asString();
		assertThat(name).contains("\\*bold\\*", "\\[x\\](https://evil.example)").doesNotContain("[x]");
	}

	private JsonNode render(AlertMessage message, WebhookFormat format) {
		return this.json.readTree(this.payloads.render(message, format));
	}

}
