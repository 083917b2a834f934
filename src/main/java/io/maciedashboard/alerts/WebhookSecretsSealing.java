package io.maciedashboard.alerts;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * At start-up, seals the webhook secrets stored in plain text before secrets were sealed
 * ({@link WebhookSecrets}); each is replaced only if it is unchanged, so instances
 * starting together do it once. Without a key they stay as they are and keep working, and
 * the log says once how to protect them. Nothing here stops the dashboard from starting.
 */
@Component
class WebhookSecretsSealing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WebhookSecretsSealing.class);

	private final TeamChannelRepository channels;

	private final WebhookSecrets secrets;

	WebhookSecretsSealing(TeamChannelRepository channels, WebhookSecrets secrets) {
		this.channels = channels;
		this.secrets = secrets;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			seal();
		}
		catch (DataAccessException ex) {
			log.warn("Alerts: the webhook secrets could not be checked now ({}); they are sealed at the next start",
					ex.getMostSpecificCause().getMessage());
		}
	}

	/** Seals what is unsealed, if there is a key; answers how many it sealed. */
	int seal() {
		Map<Long, String> unsealed = this.channels.unsealedSecrets();
		if (unsealed.isEmpty()) {
			return 0;
		}
		if (!this.secrets.canSeal()) {
			log.warn("Alerts: {} webhook channel(s) keep their signing secret unencrypted in the database; set "
					+ "dashboard.alerts.webhooks.secret-key (DASHBOARD_ALERTS_WEBHOOKS_SECRETKEY) to encrypt them",
					unsealed.size());
			return 0;
		}
		int sealed = 0;
		for (Map.Entry<Long, String> secret : unsealed.entrySet()) {
			if (this.channels.replaceSecret(secret.getKey(), secret.getValue(), this.secrets.seal(secret.getValue()))) {
				sealed++;
			}
		}
		log.info("Alerts: encrypted the signing secrets of {} webhook channel(s) stored before secrets were", sealed);
		return sealed;
	}

}
