package io.maciedashboard.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	private static final String SECRET = "3q2-7wPu8vW1a_LmZkTnQ0sR9yXcVb4eHjKpDfGiA6o";

	private static final byte[] BODY = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.ofEpochSecond(1767225600);

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Test
	void signsTimestampDotBodyWithHmacSha256() {
		// computed independently: python3 -c "import hmac,hashlib; print(hmac.new(SECRET,
		// b'1767225600.' + BODY,
		// hashlib.sha256).hexdigest())"
		assertThat(WebhookSignature.sign(SECRET, "1767225600", BODY))
			.isEqualTo("sha256=e3c796b7985dfa3bc72636214ad51ab9b4ac79716c5e776cea42ed53f83e4d41");
		assertThat(WebhookSignature.timestamp(NOW)).isEqualTo("1767225600");
	}

	@Test
	void verifiesWhatItSigned() {
		String signature = WebhookSignature.sign(SECRET, "1767225600", BODY);

		assertThat(WebhookSignature.verify(SECRET, "1767225600", signature, BODY, NOW, FIVE_MINUTES)).isTrue();
		assertThat(WebhookSignature.verify(SECRET, "1767225600", signature, BODY, NOW.plusSeconds(300), FIVE_MINUTES))
			.isTrue();
	}

	@Test
	void refusesAChangedBodyTimestampOrSecret() {
		String signature = WebhookSignature.sign(SECRET, "1767225600", BODY);
		byte[] changed = "{\"id\":\"a2\"}".getBytes(StandardCharsets.UTF_8);

		assertThat(WebhookSignature.verify(SECRET, "1767225600", signature, changed, NOW, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1767225601", signature, BODY, NOW, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(SECRET + "x", "1767225600", signature, BODY, NOW, FIVE_MINUTES)).isFalse();
	}

	@Test
	void refusesAReplayOutsideTheTolerance() {
		String signature = WebhookSignature.sign(SECRET, "1767225600", BODY);

		assertThat(WebhookSignature.verify(SECRET, "1767225600", signature, BODY, NOW.plusSeconds(301), FIVE_MINUTES))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1767225600", signature, BODY, NOW.minusSeconds(301), FIVE_MINUTES))
			.isFalse();
	}

	@Test
	void refusesMissingOrMalformedHeaders() {
		String signature = WebhookSignature.sign(SECRET, "1767225600", BODY);

		assertThat(WebhookSignature.verify(SECRET, null, signature, BODY, NOW, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1767225600", null, BODY, NOW, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "yesterday", signature, BODY, NOW, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1767225600", signature.substring(7), BODY, NOW, FIVE_MINUTES))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1767225600", "sha256=zz", BODY, NOW, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1767225600", "sha256=", BODY, NOW, FIVE_MINUTES)).isFalse();
	}

	@Test
	void newSecretsAre32RandomBytesInUrlSafeBase64() {
		Set<String> secrets = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String secret = WebhookSignature.newSecret();
			assertThat(secret).matches("[A-Za-z0-9_-]{43}");
			assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
			secrets.add(secret);
		}
		assertThat(secrets).hasSize(100);
	}

}
