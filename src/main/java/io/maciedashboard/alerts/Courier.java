package io.maciedashboard.alerts;

/**
 * Delivers notifications of one channel: one attempt, whose result says whether trying
 * again may help.
 */
interface Courier {

	Notification.Channel channel();

	DeliveryResult deliver(Notification notification, AlertMessage message);

}
