package io.maciedashboard.alerts;

/**
 * Where a webhook goes and how.
 *
 * @param url the receiver's http(s) address
 * @param format the body it expects
 * @param secret the webhook's signing secret ({@link WebhookSignature#newSecret()}), or
 * {@code null} to send unsigned
 */
public record WebhookTarget(String url, WebhookFormat format, String secret) {

	@Override
	public String toString() {
		// the secret never reaches a log line
		return "WebhookTarget[url=" + this.url + ", format=" + this.format + "]";
	}

}
