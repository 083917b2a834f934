package io.maciedashboard.macie;

import io.maciedashboard.emulator.EmulatorSettings;
import io.maciedashboard.emulator.MacieEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In mode {@code emulator}: starts the Macie emulator from {@code macie.emulator.*} with
 * the application, stops it with it, and hands the dashboard what it needs of it (its
 * endpoint, region and clock) as an {@link EmbeddedMacie}. The emulator knows nothing of
 * the dashboard: this is where the dashboard adapts it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "macie.mode", havingValue = "emulator")
class EmulatorConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmulatorConfiguration.class);

	/** The emulator's settings, bound and checked (by its setters) at start-up. */
	@Bean
	@ConfigurationProperties("macie.emulator")
	EmulatorSettings macieEmulatorSettings() {
		return new EmulatorSettings();
	}

	@Bean(destroyMethod = "stop")
	MacieEmulator macieEmulator(EmulatorSettings settings) {
		MacieEmulator emulator = new MacieEmulator(settings).start();
		logger.info(emulator.greeting());
		return emulator;
	}

	@Bean
	EmbeddedMacie embeddedMacie(MacieEmulator emulator) {
		return new EmbeddedMacie(emulator.endpoint(), emulator.region(), emulator.accountId(), emulator.clock());
	}

}
