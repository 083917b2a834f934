package io.maciedashboard.macie;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.maciedashboard.macie.MacieProperties.Mode;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MacieProperties.class)
class MacieConfiguration {

	@Bean
	MacieClientFactory macieClientFactory(MacieProperties properties, ObjectProvider<EmbeddedMacie> embeddedMacie) {
		MacieClientFactory factory = new MacieClientFactory(properties, embeddedMacie);
		if (properties.mode() == Mode.AWS && properties.places().isEmpty()) {
			// a missing region is a configuration error: stop at start-up, not on the
			// first page
			factory.defaultRegion();
		}
		return factory;
	}

	@Bean
	MacieClients macieClients(MacieClientFactory factory) {
		return new MacieClients(factory::places, factory::create);
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

	@Bean
	MacieThreads macieThreads(Environment environment) {
		return new MacieThreads(environment);
	}

	/**
	 * Kept answers expire on the system's clock: their time to live is real time spent
	 * waiting for Macie, which moving the emulator's clock does not change.
	 */
	@Bean
	SharedReads macieSharedReads(MacieProperties properties, MacieThreads threads) {
		return new SharedReads(Clock.systemUTC(), properties.readCacheTtl(), properties.endedJobCacheTtl(),
				properties.apiCallTimeout(), threads.executor());
	}

}
