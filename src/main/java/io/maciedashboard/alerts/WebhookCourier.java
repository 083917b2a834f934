package io.maciedashboard.alerts;

import org.springframework.stereotype.Component;

/**
 * Webhook notifications, through {@link WebhookSender}, to the team channel the row names
 * (its address, format and secret as they are now).
 */
@Component
class WebhookCourier implements Courier {

	private final TeamChannelRepository channels;

	private final WebhookSender sender;

	WebhookCourier(TeamChannelRepository channels, WebhookSender sender) {
		this.channels = channels;
		this.sender = sender;
	}

	@Override
	public Notification.Channel channel() {
		return Notification.Channel.WEBHOOK;
	}

	@Override
	public DeliveryResult deliver(Notification notification, AlertMessage message) {
		return this.channels.byRecipient(notification.recipient())
			.map((channel) -> this.sender.send(new WebhookTarget(channel.target(),
					WebhookFormat.valueOf(channel.webhookFormat()), channel.webhookSecret()), message))
			.orElseGet(() -> new DeliveryResult(false, null, "The team channel was removed.", false));
	}

}
