package io.maciedashboard.alerts;

import org.springframework.stereotype.Component;

/**
 * Webhook notifications, through {@link WebhookSender}, to the team channel the row names
 * (its address, format and secret as they are now). A secret this dashboard cannot read
 * (its key is missing or another) fails the notification at once, saying so: trying again
 * would not help, and sending it unsigned would let receivers accept forgeries.
 */
@Component
class WebhookCourier implements Courier {

	private final TeamChannelRepository channels;

	private final WebhookSender sender;

	private final WebhookSecrets secrets;

	WebhookCourier(TeamChannelRepository channels, WebhookSender sender, WebhookSecrets secrets) {
		this.channels = channels;
		this.sender = sender;
		this.secrets = secrets;
	}

	@Override
	public Notification.Channel channel() {
		return Notification.Channel.WEBHOOK;
	}

	@Override
	public DeliveryResult deliver(Notification notification, AlertMessage message) {
		return this.channels.byRecipient(notification.recipient())
			.map((channel) -> send(channel, message))
			.orElseGet(() -> new DeliveryResult(false, null, "The team channel was removed.", false));
	}

	private DeliveryResult send(TeamChannel channel, AlertMessage message) {
		String secret;
		try {
			secret = this.secrets.open(channel.webhookSecret());
		}
		catch (WebhookSecrets.UnreadableSecretException ex) {
			return DeliveryResult.failed(null, ex.getMessage(), false);
		}
		return this.sender
			.send(new WebhookTarget(channel.target(), WebhookFormat.valueOf(channel.webhookFormat()), secret), message);
	}

}
