package io.maciedashboard.alerts;

import org.springframework.stereotype.Component;

/**
 * E-mail notifications, through {@link AlertEmails}: one message to the row's addresses.
 */
@Component
class EmailCourier implements Courier {

	private final AlertEmails emails;

	EmailCourier(AlertEmails emails) {
		this.emails = emails;
	}

	@Override
	public Notification.Channel channel() {
		return Notification.Channel.EMAIL;
	}

	@Override
	public DeliveryResult deliver(Notification notification, AlertMessage message) {
		return this.emails.send(message, TeamChannel.addresses(notification.destination()));
	}

}
