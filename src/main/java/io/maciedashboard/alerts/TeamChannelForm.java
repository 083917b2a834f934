package io.maciedashboard.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The add-a-team-channel form as typed; {@link #problems} says what is wrong, field by
 * field, so that the page can show it beside what was typed.
 *
 * @param kind EMAIL or WEBHOOK
 * @param target the addresses (e-mail) or the URL (webhook)
 * @param format JSON, SLACK or TEAMS (webhook)
 */
record TeamChannelForm(String name, String kind, String target, String format) {

	static TeamChannelForm empty() {
		return new TeamChannelForm("", "EMAIL", "", "JSON");
	}

	/** Why a webhook cannot be added on a dashboard without a key for its secret. */
	static final String NO_SECRET_KEY = "Webhooks cannot be added on this dashboard yet: it has no key to keep "
			+ "their signing secrets encrypted. Whoever runs the dashboard sets dashboard.alerts.webhooks.secret-key "
			+ "(see the README); e-mail channels work meanwhile.";

	/**
	 * @param guard why a webhook address is refused (SSRF), or null when it is not
	 * @param canKeepSecrets whether webhook secrets can be stored
	 * ({@link WebhookSecrets})
	 */
	Map<String, String> problems(Function<String, String> guard, boolean canKeepSecrets) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(this.name)) {
			problems.put("name", "Give the channel a name, e.g. “Compliance team”.");
		}
		else if (this.name.strip().length() > 200) {
			problems.put("name", "A name has at most 200 characters.");
		}
		TeamChannel.Kind kind = channelKind();
		if (kind == null) {
			problems.put("kind", "Choose e-mail or webhook.");
			return problems;
		}
		if (kind == TeamChannel.Kind.WEBHOOK && !canKeepSecrets) {
			problems.put("kind", NO_SECRET_KEY);
		}
		if (blank(this.target)) {
			problems.put("target", (kind == TeamChannel.Kind.EMAIL) ? "Write at least one e-mail address."
					: "Write the webhook's address (https://...).");
		}
		else if (this.target.length() > 4000) {
			problems.put("target", "At most 4000 characters.");
		}
		else if (kind == TeamChannel.Kind.EMAIL) {
			TeamChannel.addresses(this.target)
				.stream()
				.filter((address) -> !AlertSettingsController.EMAIL.matcher(address).matches())
				.findFirst()
				.ifPresent((address) -> problems.put("target", "“" + address
						+ "” is not an e-mail address: write them as name@example.com, separated by commas."));
		}
		else {
			String refusal = guard.apply(this.target.strip());
			if (refusal != null) {
				problems.put("target", refusal);
			}
		}
		if (kind == TeamChannel.Kind.WEBHOOK && webhookFormat() == null) {
			problems.put("format", "Choose the format the receiver expects.");
		}
		return problems;
	}

	TeamChannel.Kind channelKind() {
		return parse(TeamChannel.Kind.class, this.kind);
	}

	WebhookFormat webhookFormat() {
		return parse(WebhookFormat.class, this.format);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value != null) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
