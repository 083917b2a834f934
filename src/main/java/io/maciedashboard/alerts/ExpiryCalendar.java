package io.maciedashboard.alerts;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A person's calendar: an event at the expiry of each paused job they watch (every job
 * when they watch every job), with reminders at the alert thresholds. The event's UID is
 * the job's place and id (the same for the job's whole life) and its SEQUENCE the job's
 * version, which grows when the expiry moves or the job is resumed or cancelled (the
 * event then says it is cancelled).
 */
@Component
class ExpiryCalendar {

	private final SubscriptionRepository subscriptions;

	private final JobStateRepository states;

	private final AlertsProperties properties;

	ExpiryCalendar(SubscriptionRepository subscriptions, JobStateRepository states, AlertsProperties properties) {
		this.subscriptions = subscriptions;
		this.states = states;
		this.properties = properties;
	}

	List<CalendarEvent> events(PersonChannels person) {
		List<String> watched = this.subscriptions.watched(person.subject());
		return this.states.withExpiry(watched, watched.contains(SubscriptionRepository.EVERY_JOB))
			.stream()
			.map(this::event)
			.toList();
	}

	private CalendarEvent event(JobStateRepository.CalendarJob job) {
		JobState state = job.state();
		boolean paused = job.stillPaused();
		String summary = (paused ? "Macie cancels " : "No longer paused: ") + "“" + state.name() + "”";
		String description = paused
				? "Job “" + state.name() + "” was paused by a person. Macie cancels it at this time unless someone "
						+ "resumes it."
				: "Job “" + state.name() + "” is " + state.status().label().toLowerCase()
						+ ": this expiry no longer applies.";
		return new CalendarEvent(state.key() + "@macie-dashboard", (int) Math.min(state.version(), Integer.MAX_VALUE),
				summary, description, this.properties.jobUrl(state.account(), state.region(), state.jobId()),
				job.lastExpiry(), !paused, this.properties.expiryThresholds(), state.seenAt());
	}

}
