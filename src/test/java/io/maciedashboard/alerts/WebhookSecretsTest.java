package io.maciedashboard.alerts;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhook secrets at rest: sealed with the key they open with it, never stored as they
 * are, and a missing or other key says in words what to do.
 */
class WebhookSecretsTest {

	static final String KEY = "a-key-of-at-least-thirty-two-characters";

	final WebhookSecrets secrets = new WebhookSecrets(KEY);

	@Test
	void aSealedSecretOpensWithTheKeyAndDoesNotShowTheSecret() {
		String secret = WebhookSignature.newSecret();

		String stored = this.secrets.seal(secret);

		assertThat(stored).startsWith(WebhookSecrets.SEALED).doesNotContain(secret).hasSizeLessThanOrEqualTo(200);
		assertThat(this.secrets.seal(secret)).as("a new IV each time").isNotEqualTo(stored);
		assertThat(this.secrets.open(stored)).isEqualTo(secret);
		assertThat(new WebhookSecrets(KEY).open(stored)).as("another instance with the same key").isEqualTo(secret);
	}

	@Test
	void anotherKeySaysTheKeyChanged() {
		String stored = new WebhookSecrets("another-key-of-at-least-thirty-two-chars").seal("s3cret");

		assertThatThrownBy(() -> this.secrets.open(stored)).isInstanceOf(WebhookSecrets.UnreadableSecretException.class)
			.hasMessageContaining("cannot be read with this dashboard's key")
			.hasMessageContaining("remove the channel and add it again");
	}

	@Test
	void aDamagedValueIsUnreadableNotAnError() {
		String stored = this.secrets.seal("s3cret");
		String damaged = stored.substring(0, stored.length() - 4) + "AAAA";

		assertThatThrownBy(() -> this.secrets.open(damaged))
			.isInstanceOf(WebhookSecrets.UnreadableSecretException.class);
		assertThatThrownBy(() -> this.secrets.open(WebhookSecrets.SEALED + "not base64!"))
			.isInstanceOf(WebhookSecrets.UnreadableSecretException.class);
	}

	@Test
	void withoutAKeyNothingIsSealedAndASealedSecretSaysTheKeyIsMissing() {
		WebhookSecrets keyless = new WebhookSecrets((String) null);
		String stored = this.secrets.seal("s3cret");

		assertThat(keyless.canSeal()).isFalse();
		assertThatThrownBy(() -> keyless.seal("s3cret")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> keyless.open(stored)).isInstanceOf(WebhookSecrets.UnreadableSecretException.class)
			.hasMessageContaining("has no key to read it");
	}

	@Test
	void aSecretStoredBeforeSealingOrConfiguredInPropertiesIsUsedAsItIs() {
		assertThat(this.secrets.open("plain-secret")).isEqualTo("plain-secret");
		assertThat(this.secrets.open(null)).isNull();
		assertThat(new WebhookSecrets((String) null).open("plain-secret")).isEqualTo("plain-secret");
	}

	@Test
	void aShortKeyIsRefusedAtStartAndABlankOneIsNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties("too-short"))
			.withMessageContaining("at least 32 characters");
		assertThat(properties("  ").secretKey()).isNull();
		assertThat(properties(KEY).toString()).doesNotContain(KEY);
	}

	private static WebhookProperties properties(String key) {
		return new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), false, false, key);
	}

}
