package io.maciedashboard.alerts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * Keeps the webhooks' signing secrets unreadable in the database: sealed with AES-256-GCM
 * under {@code dashboard.alerts.webhooks.secret-key}, a key that lives outside the
 * database (an environment variable), so that a copy of the database or a backup does not
 * let anyone sign webhooks. Signing needs the secret itself, so a hash would not do. A
 * stored value that does not start with {@link #SEALED} is a secret stored before secrets
 * were sealed (or a channel configured in properties) and is used as it is.
 */
@Component
class WebhookSecrets {

	/**
	 * What a sealed secret starts with; the rest is base64 of the IV, cipher text and
	 * tag.
	 */
	static final String SEALED = "aes-gcm:";

	/** The key-derivation salt: fixed, the key itself being long and random. */
	private static final String SALT = HexFormat.of()
		.formatHex("io.maciedashboard.alerts.webhook-secrets".getBytes(StandardCharsets.UTF_8));

	private final BytesEncryptor encryptor;

	@Autowired
	WebhookSecrets(WebhookProperties properties) {
		this(properties.secretKey());
	}

	/**
	 * @param key the key, or null when none is set (secrets cannot then be sealed)
	 */
	WebhookSecrets(String key) {
		this.encryptor = (key != null) ? Encryptors.stronger(key, SALT) : null;
	}

	/** Whether this dashboard has a key, and so may store new webhook secrets. */
	boolean canSeal() {
		return this.encryptor != null;
	}

	/**
	 * The secret as it is to be stored.
	 * @throws IllegalStateException without a key (check {@link #canSeal()} first)
	 */
	String seal(String secret) {
		if (this.encryptor == null) {
			throw new IllegalStateException(
					"No dashboard.alerts.webhooks.secret-key: a webhook secret cannot be sealed");
		}
		return SEALED + Base64.getEncoder()
			.withoutPadding()
			.encodeToString(this.encryptor.encrypt(secret.getBytes(StandardCharsets.UTF_8)));
	}

	/** Whether the stored value was sealed (rather than stored before secrets were). */
	static boolean sealed(String stored) {
		return stored != null && stored.startsWith(SEALED);
	}

	/**
	 * The secret a stored value holds: opened with the key when it was sealed, else as it
	 * is (null stays null: an unsigned webhook).
	 * @throws UnreadableSecretException when it was sealed and this dashboard has no key,
	 * or another key
	 */
	String open(String stored) {
		if (!sealed(stored)) {
			return stored;
		}
		if (this.encryptor == null) {
			throw new UnreadableSecretException("The webhook's signing secret is encrypted and this dashboard has no "
					+ "key to read it (dashboard.alerts.webhooks.secret-key is not set). Set the key it was added "
					+ "with, or remove the channel and add it again.");
		}
		try {
			byte[] opened = this.encryptor.decrypt(Base64.getDecoder().decode(stored.substring(SEALED.length())));
			return new String(opened, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// GCM's tag does not match: another key (or a damaged value); which one, it
			// cannot tell
			throw new UnreadableSecretException("The webhook's signing secret cannot be read with this dashboard's "
					+ "key (dashboard.alerts.webhooks.secret-key was changed since the channel was added?). Set the "
					+ "key it was added with, or remove the channel and add it again.");
		}
	}

	/**
	 * A stored secret this dashboard cannot read; the message says why and what to do.
	 */
	static class UnreadableSecretException extends RuntimeException {

		UnreadableSecretException(String message) {
			super(message);
		}

	}

}
