package io.maciedashboard.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One event of a calendar feed: a paused job's expiry.
 *
 * @param uid stable for the life of the event (across feeds, restarts and changes), e.g.
 * the job's place and id
 * @param sequence the revision, increased whenever the event changes in a way people
 * should notice (the expiry moved, the job was resumed or cancelled)
 * @param summary the event's title
 * @param description plain text; the feed adds the {@code url} at its end
 * @param url the job's canonical absolute URL
 * @param start when it happens (the expiry)
 * @param cancelled whether the event no longer takes place (shown struck out or removed)
 * @param alarmsBefore how long before {@code start} a reminder pops up, e.g. 7 days, 24
 * hours, 1 hour
 * @param lastModified when this revision was made (also the feed's DTSTAMP)
 */
public record CalendarEvent(String uid, int sequence, String summary, String description, String url, Instant start,
		boolean cancelled, List<Duration> alarmsBefore, Instant lastModified) {

	public CalendarEvent {
		alarmsBefore = List.copyOf(alarmsBefore);
	}

}
