package io.maciedashboard.alerts;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The body of a webhook in each {@link WebhookFormat}, always JSON. Chat formats escape
 * what the chat would otherwise read as markup, so that a job's name cannot turn into a
 * link or a mention.
 */
@Component
public class WebhookPayloads {

	/**
	 * The version of the {@link WebhookFormat#JSON} document's shape; it changes only
	 * when a field is removed or changes meaning (new fields may appear at any time).
	 */
	public static final int SCHEMA_VERSION = 1;

	public static final String CONTENT_TYPE = "application/json";

	private static final String OPEN_THE_JOB = "Open the job";

	// Slack refuses a header block over 150 characters and a section text over 3,000
	private static final int SLACK_HEADER_MAX = 150;

	private static final int SLACK_TEXT_MAX = 3000;

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNodeFactory nodes = JsonNodeFactory.instance;

	/** The request body for a receiver that expects {@code format}. */
	public String render(AlertMessage message, WebhookFormat format) {
		ObjectNode body = switch (format) {
			case JSON -> generic(message);
			case SLACK -> slack(message);
			case TEAMS -> teams(message);
		};
		return this.json.writeValueAsString(body);
	}

	private ObjectNode generic(AlertMessage message) {
		ObjectNode body = this.nodes.objectNode();
		body.put("schemaVersion", SCHEMA_VERSION);
		body.put("id", message.id());
		body.put("kind", (message.kind() != null) ? message.kind().name() : null);
		body.put("title", message.title());
		body.put("text", message.text());
		body.put("occurredAt", iso(message.occurredAt()));
		ObjectNode job = body.putObject("job");
		job.put("account", message.account());
		job.put("region", message.region());
		job.put("id", message.jobId());
		job.put("name", message.jobName());
		job.put("url", message.jobUrl());
		return body;
	}

	private ObjectNode slack(AlertMessage message) {
		ObjectNode body = this.nodes.objectNode();
		// the notification's text, and what clients without blocks show
		body.put("text",
				slackEscape(message.title()) + " <" + slackEscape(message.jobUrl()) + "|" + OPEN_THE_JOB + ">");
		ArrayNode blocks = body.putArray("blocks");
		ObjectNode header = blocks.addObject().put("type", "header");
		header.putObject("text").put("type", "plain_text").put("text", shorten(message.title(), SLACK_HEADER_MAX));
		ObjectNode section = blocks.addObject().put("type", "section");
		section.putObject("text")
			.put("type", "mrkdwn")
			.put("text", shorten(slackEscape(message.text()), SLACK_TEXT_MAX));
		ObjectNode context = blocks.addObject().put("type", "context");
		context.putArray("elements")
			.addObject()
			.put("type", "mrkdwn")
			.put("text", slackEscape(jobLine(message)) + " · " + iso(message.occurredAt()));
		ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject();
		button.put("type", "button").put("url", message.jobUrl());
		button.putObject("text").put("type", "plain_text").put("text", OPEN_THE_JOB);
		return body;
	}

	private ObjectNode teams(AlertMessage message) {
		ObjectNode body = this.nodes.objectNode();
		body.put("type", "message");
		ObjectNode attachment = body.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.putNull("contentUrl");
		ObjectNode card = attachment.putObject("content");
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		ArrayNode cardBody = card.putArray("body");
		cardBody.addObject()
			.put("type", "TextBlock")
			.put("text", markdownEscape(message.title()))
			.put("weight", "Bolder")
			.put("size", "Medium")
			.put("wrap", true);
		cardBody.addObject().put("type", "TextBlock").put("text", markdownEscape(message.text())).put("wrap", true);
		ArrayNode facts = cardBody.addObject().put("type", "FactSet").putArray("facts");
		fact(facts, "Job", message.jobName());
		fact(facts, "Job ID", message.jobId());
		fact(facts, "Account", message.account());
		fact(facts, "Region", message.region());
		fact(facts, "When", iso(message.occurredAt()));
		card.putArray("actions")
			.addObject()
			.put("type", "Action.OpenUrl")
			.put("title", OPEN_THE_JOB)
			.put("url", message.jobUrl());
		return body;
	}

	private static void fact(ArrayNode facts, String title, String value) {
		facts.addObject().put("title", title).put("value", markdownEscape(value));
	}

	private static String jobLine(AlertMessage message) {
		return "Job " + message.jobName() + " (" + message.jobId() + ") · account " + message.account() + " · "
				+ message.region();
	}

	private static String iso(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	/** Slack's mrkdwn reads &lt;...&gt; as links and mentions, and &amp; as an entity. */
	static String slackEscape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/**
	 * Adaptive Cards render a subset of Markdown in text: a backslash before each
	 * character that could start emphasis or a link keeps the text literal.
	 */
	static String markdownEscape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if ("\\*_[]".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
