package io.maciedashboard.alerts;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

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
 * that matters. A webhook's signing secret is made here, stored encrypted
 * ({@link WebhookSecrets}: without a key no webhook can be added) and shown once, on the
 * page after it is added; channels set in properties are listed and cannot be removed
 * here.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class TeamChannelsController {

	private static final String PAGE = "redirect:/alerts/channels";

	private final AlertSettings settings;

	private final WebhookAddressGuard guard;

	private final SignedInUser users;

	private final WebhookSecrets secrets;

	TeamChannelsController(AlertSettings settings, WebhookAddressGuard guard, SignedInUser users,
			WebhookSecrets secrets) {
		this.settings = settings;
		this.guard = guard;
		this.users = users;
		this.secrets = secrets;
	}

	@GetMapping("/alerts/channels")
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TeamChannelForm.empty());
			model.addAttribute("problems", Map.of());
		}
		model.addAttribute("formats", Arrays.asList(WebhookFormat.values()));
		model.addAttribute("webhooksNeedKey", this.secrets.canSeal() ? null : TeamChannelForm.NO_SECRET_KEY);
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
		Map<String, String> problems = form.problems((url) -> this.guard.refusal(url).orElse(null),
				this.secrets.canSeal());
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			return page(model);
		}
		boolean webhook = form.channelKind() == TeamChannel.Kind.WEBHOOK;
		String secret = webhook ? WebhookSignature.newSecret() : null;
		FlashedChange.make(redirect, () -> {
			TeamChannel added = this.settings.addTeamChannel(who,
					new TeamChannel(null, form.name().strip(), form.channelKind(), form.target().strip(),
							webhook ? form.webhookFormat().name() : null, webhook ? this.secrets.seal(secret) : null,
							Instant.now(), this.users.person(who).name()));
			redirect.addFlashAttribute("flash", "Team channel “" + added.name() + "” added.");
			if (webhook) {
				redirect.addFlashAttribute("newSecret", secret);
				redirect.addFlashAttribute("newSecretChannel", added.name());
			}
		});
		return PAGE;
	}

	@PostMapping("/alerts/channels/{id}/remove")
	String remove(@PathVariable String id, Authentication who, RedirectAttributes redirect) {
		FlashedChange.make(redirect, () -> {
			boolean removed = id.matches("\\d{1,18}") && this.settings.removeTeamChannel(who, Long.parseLong(id));
			redirect.addFlashAttribute(removed ? "flash" : "flashError",
					removed ? "Team channel removed." : "There is no such team channel (removed already?).");
		});
		return PAGE;
	}

}
