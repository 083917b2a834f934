package io.maciedashboard.alerts;

/**
 * The body a webhook receives: the dashboard's own JSON, or what a chat tool's incoming
 * webhook accepts.
 */
public enum WebhookFormat {

	/** The dashboard's own JSON document, every field of the alert (schema versioned). */
	JSON,

	/** A Slack incoming webhook: a text fallback and Block Kit blocks. */
	SLACK,

	/**
	 * A Microsoft Teams webhook (a Workflows "post to a channel when a webhook request is
	 * received" flow, or a classic incoming webhook): a message with an Adaptive Card.
	 */
	TEAMS

}
