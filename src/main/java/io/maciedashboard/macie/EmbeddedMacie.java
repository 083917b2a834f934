package io.maciedashboard.macie;

import java.net.URI;
import java.time.Clock;

/**
 * A Macie that runs inside this application (the emulator, in mode {@code emulator}):
 * where the SDK client should send its requests instead of AWS.
 */
public interface EmbeddedMacie {

	URI endpoint();

	String region();

	/**
	 * The embedded Macie's "now", which a demo or a test may move forward: pages that
	 * count down to a Macie instant (a paused job's expiry) measure from it, as they
	 * measure from the system clock against real Macie.
	 */
	default Clock clock() {
		return Clock.systemUTC();
	}

}
