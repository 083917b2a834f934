package io.maciedashboard.macie;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.maciedashboard.macie.MacieProperties.Mode;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MacieProperties.class)
class MacieConfiguration {

	@Bean
	MacieClients macieClients(MacieProperties properties, ObjectProvider<EmbeddedMacie> embeddedMacie) {
		MacieClientFactory factory = new MacieClientFactory(properties, embeddedMacie);
		MacieClients clients = new MacieClients(factory::defaultRegion, factory::create);
		if (properties.mode() == Mode.AWS) {
			// a missing region is a configuration error: stop at start-up, not on the
			// first page
			clients.defaultRegion();
		}
		return clients;
	}

	/**
	 * Macie's "now", the one clock of every page and feature: the emulator's (which a
	 * demo or a test may move forward) in mode emulator, the system's against Amazon
	 * Macie.
	 */
	@Bean
	Clock macieClock(ObjectProvider<EmbeddedMacie> embeddedMacie) {
		EmbeddedMacie embedded = embeddedMacie.getIfAvailable();
		return (embedded != null) ? embedded.clock() : Clock.systemUTC();
	}

	/**
	 * Kept answers expire on the system's clock: their time to live is real time spent
	 * waiting for Macie, which moving the emulator's clock does not change.
	 */
	@Bean
	SharedReads macieSharedReads(MacieProperties properties) {
		return new SharedReads(Clock.systemUTC(), properties.readCacheTtl(), properties.endedJobCacheTtl());
	}

}
