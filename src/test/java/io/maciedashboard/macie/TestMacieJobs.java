package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;

/**
 * MacieJobs for tests of single calls: no answer is kept, so every read reaches the
 * client.
 */
public final class TestMacieJobs {

	private TestMacieJobs() {
	}

	static MacieJobs of(MacieClients clients) {
		return new MacieJobs(clients, new SharedReads(Clock.systemUTC(), Duration.ZERO, Duration.ZERO));
	}

	/**
	 * For the request JSON only ({@link MacieJobs#createJobRequestJson}), which needs no
	 * client.
	 */
	public static MacieJobs withoutClient() {
		return of(null);
	}

}
