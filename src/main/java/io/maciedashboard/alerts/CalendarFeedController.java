package io.maciedashboard.alerts;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's calendar feed at its secret address, for calendar apps: served without a
 * session (the address is the key; security lets it through), never cached by proxies. An
 * unknown or revoked address answers 404, so that the app says the calendar is gone.
 */
@Controller
class CalendarFeedController {

	private final AlertSettings settings;

	private final ExpiryCalendar calendar;

	private final CalendarFeed feed;

	CalendarFeedController(AlertSettings settings, ExpiryCalendar calendar, CalendarFeed feed) {
		this.settings = settings;
		this.calendar = calendar;
		this.feed = feed;
	}

	@GetMapping("/alerts/calendar/{token:[A-Za-z0-9_-]{20,100}}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		try {
			return this.settings.calendarOwner(token)
				.map((person) -> ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(CalendarFeed.CONTENT_TYPE))
					.header("Cache-Control", "private, no-store")
					.body(this.feed.render("Macie job expiries", this.calendar.events(person))))
				.orElseGet(() -> plain(HttpStatus.NOT_FOUND,
						"No calendar has this address (it may have been turned off)."));
		}
		catch (DataAccessException ex) {
			return plain(HttpStatus.SERVICE_UNAVAILABLE, "The calendar cannot be read now; try again later.");
		}
	}

	private static ResponseEntity<String> plain(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
	}

}
