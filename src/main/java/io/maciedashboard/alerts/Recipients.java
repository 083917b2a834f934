package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Who is told of an event, on which channel: every team channel and everyone who watches
 * every job hear of the events that matter ({@link AlertKind} but
 * {@link AlertKind#STATUS_CHANGED}); those who watch the job by name hear of every
 * change. A person's channel here is their e-mail (the calendar feed is read, not sent).
 */
@Component
class Recipients {

	private final SubscriptionRepository subscriptions;

	private final TeamChannelRepository teamChannels;

	Recipients(SubscriptionRepository subscriptions, TeamChannelRepository teamChannels) {
		this.subscriptions = subscriptions;
		this.teamChannels = teamChannels;
	}

	/** The notifications of the event, one per recipient and channel, not yet stored. */
	List<Notification> notifications(JobState job, AlertEvent event, Instant createdAt) {
		boolean everyChange = event.kind() == AlertKind.STATUS_CHANGED;
		List<Notification> notifications = new ArrayList<>();
		if (!everyChange) {
			for (TeamChannel channel : this.teamChannels.all()) {
				Notification.Channel via = (channel.kind() == TeamChannel.Kind.EMAIL) ? Notification.Channel.EMAIL
						: Notification.Channel.WEBHOOK;
				notifications.add(notification(job, event, channel.recipient(), via, channel.target(), createdAt));
			}
		}
		for (SubscriptionRepository.Watcher watcher : this.subscriptions.watchersOf(job.key())) {
			if ((watcher.thisJob() || !everyChange) && watcher.person().getsEmail()) {
				notifications.add(notification(job, event, "person:" + watcher.person().subject(),
						Notification.Channel.EMAIL, watcher.person().email(), createdAt));
			}
		}
		return notifications;
	}

	private static Notification notification(JobState job, AlertEvent event, String recipient,
			Notification.Channel channel, String destination, Instant createdAt) {
		return new Notification(null, job.account(), job.region(), job.jobId(), job.name(), event.kind(),
				event.occurrence(), recipient, channel, destination, event.title(), event.text(), event.occurredAt(),
				createdAt, Notification.State.PENDING, 0, createdAt, null, null);
	}

}
