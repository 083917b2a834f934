package io.maciedashboard.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature that lets a receiver check that a webhook came from this dashboard and
 * was not replayed: HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), over
 * the timestamp header's value, a dot and the raw request body. Sent as
 * {@code X-Dashboard-Timestamp: <unix seconds>} and
 * {@code X-Dashboard-Signature: sha256=<lowercase hex>}.
 */
public final class WebhookSignature {

	public static final String SIGNATURE_HEADER = "X-Dashboard-Signature";

	public static final String TIMESTAMP_HEADER = "X-Dashboard-Timestamp";

	private static final String SCHEME = "sha256=";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	/** A new secret: 32 random bytes, URL-safe base64 without padding (43 characters). */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The value of {@link #TIMESTAMP_HEADER} for a delivery at this instant.
	 */
	public static String timestamp(Instant at) {
		return Long.toString(at.getEpochSecond());
	}

	/**
	 * The value of {@link #SIGNATURE_HEADER}: {@code sha256=} and the hex HMAC.
	 */
	public static String sign(String secret, String timestamp, byte[] body) {
		return SCHEME + HexFormat.of().formatHex(hmac(secret, timestamp, body));
	}

	/**
	 * Whether a received webhook is genuine and fresh: the signature matches (compared in
	 * constant time) and the timestamp lies within {@code tolerance} of {@code now}.
	 * Missing or malformed headers are simply not genuine.
	 */
	public static boolean verify(String secret, String timestamp, String signature, byte[] body, Instant now,
			Duration tolerance) {
		if (secret == null || timestamp == null || signature == null || body == null || !signature.startsWith(SCHEME)) {
			return false;
		}
		long seconds;
		byte[] received;
		try {
			seconds = Long.parseLong(timestamp);
			received = HexFormat.of().parseHex(signature.substring(SCHEME.length()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		boolean fresh = Math.abs(now.getEpochSecond() - seconds) <= tolerance.toSeconds();
		return MessageDigest.isEqual(hmac(secret, timestamp, body), received) && fresh;
	}

	private static byte[] hmac(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
			mac.update((byte) '.');
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			// every Java runtime has HmacSHA256
			throw new IllegalStateException(ex);
		}
	}

}
