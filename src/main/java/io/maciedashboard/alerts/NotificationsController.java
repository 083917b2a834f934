package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.maciedashboard.audit.AuditAction;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.JobRef;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What was sent, when, to whom, and what failed (newest first, optionally one state), a
 * notification's attempts, and for operators a retry of a failed one.
 */
@Controller
class NotificationsController {

	static final int PAGE_SIZE = 100;

	private final OutboxRepository outbox;

	private final AuditTrail audit;

	NotificationsController(OutboxRepository outbox, AuditTrail audit) {
		this.outbox = outbox;
		this.audit = audit;
	}

	@GetMapping("/alerts/notifications")
	String page(@RequestParam(required = false) String state, Model model) {
		Notification.State chosen = Arrays.stream(Notification.State.values())
			.filter((candidate) -> candidate.name().equals(state))
			.findFirst()
			.orElse(null);
		if (state != null && !state.isEmpty() && chosen == null) {
			model.addAttribute("stateProblem", "There is no such state; all notifications are shown.");
		}
		model.addAttribute("state", chosen);
		model.addAttribute("states", Arrays.asList(Notification.State.values()));
		try {
			model.addAttribute("notifications", this.outbox.newest(chosen, PAGE_SIZE));
		}
		catch (DataAccessException ex) {
			model.addAttribute("unavailable", true);
			model.addAttribute("notifications", List.of());
		}
		return "alerts/notifications";
	}

	@GetMapping("/alerts/notifications/{id:\\d{1,18}}")
	String notification(@PathVariable long id, Model model, HttpServletResponse response) {
		try {
			Notification notification = this.outbox.find(id).orElse(null);
			if (notification == null) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("heading", "No such notification");
				return "alerts/notification-gone";
			}
			model.addAttribute("notification", notification);
			model.addAttribute("attempts", this.outbox.attempts(id));
		}
		catch (DataAccessException ex) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("heading", "The notification cannot be shown now: the database is not answering");
			return "alerts/notification-gone";
		}
		return "alerts/notification";
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/alerts/notifications/{id:\\d{1,18}}/retry")
	String retry(@PathVariable long id, Authentication who, RedirectAttributes redirect) {
		FlashedChange.make(redirect, () -> {
			Notification notification = this.outbox.find(id).orElse(null);
			if (notification == null || notification.state() != Notification.State.FAILED) {
				redirect.addFlashAttribute("flashError", "Only a failed notification can be sent again; this one is "
						+ ((notification == null) ? "gone." : notification.state().label().toLowerCase() + "."));
				return;
			}
			var attempt = this.audit.attempt(who, AuditAction.RETRY_NOTIFICATION, new JobRef(notification.jobId(),
					notification.jobName(), notification.region(), notification.account()), null);
			this.outbox.retry(id, Instant.now());
			attempt.done(null, "notification " + id);
			redirect.addFlashAttribute("flash", "The notification will be sent again in a moment.");
		});
		return "redirect:/alerts/notifications/" + id;
	}

}
