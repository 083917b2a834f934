package io.maciedashboard.macie;

import java.time.Clock;
import java.time.Duration;

/**
 * MacieJobs for tests of single calls: no answer is kept, so every read reaches the
 * client.
 */
final class TestMacieJobs {

	private TestMacieJobs() {
	}

	static MacieJobs of(MacieClients clients) {
		return new MacieJobs(clients,
				new SharedReads(Clock.systemUTC(), Duration.ZERO, Duration.ZERO, Duration.ZERO, Runnable::run),
				(event) -> {
				}, Clock.systemUTC());
	}

}
