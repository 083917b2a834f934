package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import io.maciedashboard.audit.AuditUnavailableException;
import io.maciedashboard.security.SignedInUser;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's channels (operators): e-mail lists and webhooks that hear of every event
 * that matters. A webhook's signing secret is made here and shown once, on the page after
 * it is added; channels set in properties are listed and cannot be removed here.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class TeamChannelsController {

	private static final String PAGE = "redirect:/alerts/channels";

	private final AlertSettings settings;

	private final WebhookAddressGuard guard;

	private final SignedInUser users;

	TeamChannelsController(AlertSettings settings, WebhookAddressGuard guard, SignedInUser users) {
		this.settings = settings;
		this.guard = guard;
		this.users = users;
	}

	@GetMapping("/alerts/channels")
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TeamChannelForm.empty());
			model.addAttribute("problems", Map.of());
		}
		model.addAttribute("formats", Arrays.asList(WebhookFormat.values()));
		try {
			model.addAttribute("channels", this.settings.teamChannels());
		}
		catch (DataAccessException ex) {
			model.addAttribute("unavailable", true);
		}
		return "alerts/channels";
	}

	@PostMapping("/alerts/channels")
	String add(@ModelAttribute("form") TeamChannelForm form, Authentication who, Model model,
			RedirectAttributes redirect) {
		Map<String, String> problems = form.problems((url) -> this.guard.refusal(url).orElse(null));
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			return page(model);
		}
		boolean webhook = form.channelKind() == TeamChannel.Kind.WEBHOOK;
		String secret = webhook ? WebhookSignature.newSecret() : null;
		try {
			TeamChannel added = this.settings.addTeamChannel(who,
					new TeamChannel(null, form.name().strip(), form.channelKind(), form.target().strip(),
							webhook ? form.webhookFormat().name() : null, secret, Instant.now(),
							this.users.person(who).name()));
			redirect.addFlashAttribute("flash", "Team channel “" + added.name() + "” added.");
			if (webhook) {
				redirect.addFlashAttribute("newSecret", secret);
				redirect.addFlashAttribute("newSecretChannel", added.name());
			}
		}
		catch (AuditUnavailableException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (DataAccessException ex) {
			redirect.addFlashAttribute("flashError", AlertSettingsController.DATABASE_DOWN);
		}
		return PAGE;
	}

	@PostMapping("/alerts/channels/{id}/remove")
	String remove(@PathVariable String id, Authentication who, RedirectAttributes redirect) {
		try {
			boolean removed = id.matches("\\d{1,18}") && this.settings.removeTeamChannel(who, Long.parseLong(id));
			redirect.addFlashAttribute(removed ? "flash" : "flashError",
					removed ? "Team channel removed." : "There is no such team channel (removed already?).");
		}
		catch (AuditUnavailableException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (DataAccessException ex) {
			redirect.addFlashAttribute("flashError", AlertSettingsController.DATABASE_DOWN);
		}
		return PAGE;
	}

}
