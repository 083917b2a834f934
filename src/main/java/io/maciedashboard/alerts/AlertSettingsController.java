package io.maciedashboard.alerts;

import java.util.List;
import java.util.regex.Pattern;

import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A person's alert settings: where their e-mails go, whether they watch every job, the
 * jobs they watch, and their calendar feed (its secret address shown once, when made).
 */
@Controller
class AlertSettingsController {

	/** Something at, something after it: the rest is the mail server's to judge. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

	private static final String PAGE = "redirect:/alerts/settings";

	private final AlertSettings settings;

	private final MacieJobs macie;

	AlertSettingsController(AlertSettings settings, MacieJobs macie) {
		this.settings = settings;
		this.macie = macie;
	}

	@GetMapping("/alerts/settings")
	String page(Authentication who, Model model) {
		try {
			PersonChannels channels = this.settings.channels(who);
			if (!model.containsAttribute("email")) {
				model.addAttribute("email", (channels.email() != null) ? channels.email() : "");
				model.addAttribute("emailEnabled", channels.emailEnabled());
			}
			model.addAttribute("channels", channels);
			List<String> watched = this.settings.watched(who);
			model.addAttribute("everyJob", watched.contains(SubscriptionRepository.EVERY_JOB));
			model.addAttribute("watched",
					watched.stream()
						.filter((key) -> !key.equals(SubscriptionRepository.EVERY_JOB))
						.map(this::watchedJob)
						.toList());
		}
		catch (DataAccessException ex) {
			model.addAttribute("unavailable", true);
		}
		return "alerts/settings";
	}

	@PostMapping("/alerts/settings/email")
	String email(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean enabled,
			Authentication who, Model model, RedirectAttributes redirect) {
		String address = email.strip();
		String problem = null;
		if (address.length() > 320) {
			problem = "An e-mail address has at most 320 characters.";
		}
		else if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
			problem = "This is not an e-mail address: write it as name@example.com.";
		}
		else if (enabled && address.isEmpty()) {
			problem = "Write the address to send your alerts to, or untick “Send me e-mails”.";
		}
		if (problem != null) {
			model.addAttribute("emailProblem", problem);
			model.addAttribute("email", email);
			model.addAttribute("emailEnabled", enabled);
			return page(who, model);
		}
		return saved(redirect, () -> this.settings.email(who, address.isEmpty() ? null : address, enabled),
				enabled ? "Your alerts go to " + address + "." : "You will not get alert e-mails.");
	}

	@PostMapping("/alerts/settings/every-job")
	String everyJob(@RequestParam(defaultValue = "true") boolean watching, Authentication who,
			RedirectAttributes redirect) {
		return saved(redirect, () -> this.settings.watchEveryJob(who, watching),
				watching ? "You are told when any job is about to expire, is cancelled, paused by Macie, fails "
						+ "or completes." : "You no longer watch every job.");
	}

	@PostMapping("/alerts/settings/calendar")
	String newCalendar(Authentication who, RedirectAttributes redirect) {
		FlashedChange.make(redirect, () -> {
			String token = this.settings.newCalendarToken(who);
			redirect.addFlashAttribute("calendarUrl",
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/alerts/calendar/{token}.ics")
						.buildAndExpand(token)
						.toUriString());
			redirect.addFlashAttribute("flash",
					"Your calendar feed is ready. Copy its address now: it is shown only once.");
		});
		return PAGE;
	}

	@PostMapping("/alerts/settings/calendar/off")
	String revokeCalendar(Authentication who, RedirectAttributes redirect) {
		return saved(redirect, () -> this.settings.revokeCalendar(who),
				"Your calendar feed is off: its address no longer works.");
	}

	private String saved(RedirectAttributes redirect, Runnable change, String done) {
		FlashedChange.make(redirect, () -> {
			change.run();
			redirect.addFlashAttribute("flash", done);
		});
		return PAGE;
	}

	private WatchedJob watchedJob(String key) {
		String[] parts = key.split("/", 3);
		String placeName = this.macie.place(parts[0], parts[1]).map(Place::name).orElse(parts[1] + " / " + parts[0]);
		return new WatchedJob(this.settings.jobName(parts[0], parts[1], parts[2]), placeName, "/jobs/" + key);
	}

	/**
	 * A watched job as the page lists it, by the name the sweep last saw (the page does
	 * not ask Macie).
	 */
	record WatchedJob(String name, String placeName, String url) {
	}

}
