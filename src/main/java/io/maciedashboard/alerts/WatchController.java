package io.maciedashboard.alerts;

import java.util.regex.Pattern;

import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job page's Watch button: the person hears of every change of the job by e-mail (and
 * sees its expiry in their calendar feed). Anyone who may read a job may watch it: it
 * changes nothing but their own alerts.
 */
@Controller
class WatchController {

	private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

	private final AlertSettings settings;

	private final MacieJobs macie;

	WatchController(AlertSettings settings, MacieJobs macie) {
		this.settings = settings;
		this.macie = macie;
	}

	@PostMapping("/jobs/{accountId}/{region}/{jobId}/watch")
	String watch(@PathVariable String accountId, @PathVariable String region, @PathVariable String jobId,
			@RequestParam(defaultValue = "true") boolean watching, Authentication who, RedirectAttributes redirect) {
		Place place = this.macie.place(accountId, region)
			.filter((known) -> JOB_ID.matcher(jobId).matches())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FlashedChange.make(redirect, () -> {
			this.settings.watch(who, place, jobId, watching);
			redirect.addFlashAttribute("flash",
					watching ? "You are watching this job: you will be told of every change by e-mail."
							: "You no longer watch this job.");
		});
		return "redirect:" + place.jobPath(jobId);
	}

}
