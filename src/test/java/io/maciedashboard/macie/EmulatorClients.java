package io.maciedashboard.macie;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.macie.MacieProperties.Mode;
import io.maciedashboard.macie.MacieProperties.PlaceSettings;

/**
 * The dashboard's real Macie clients (Apache HTTP client, standard retries, dummy
 * credentials) against a running emulator, as mode {@code emulator} makes them.
 */
final class EmulatorClients {

	private EmulatorClients() {
	}

	/**
	 * @param places {@code macie.places}; none: the emulator's own place
	 */
	static MacieClients of(MacieEmulator emulator, Duration attemptTimeout, Duration callTimeout,
			List<PlaceSettings> places) {
		MacieProperties properties = new MacieProperties(Mode.EMULATOR, null, null, Duration.ofSeconds(3),
				Duration.ofSeconds(10), attemptTimeout, callTimeout, Duration.ZERO, Duration.ZERO, places);
		MacieClientFactory factory = new MacieClientFactory(properties,
				new StaticListableBeanFactory(Map.of("embeddedMacie", new EmbeddedMacie(emulator.endpoint(),
						emulator.region(), emulator.accountId(), emulator.clock())))
					.getBeanProvider(EmbeddedMacie.class));
		return new MacieClients(factory::places, factory::create);
	}

}
