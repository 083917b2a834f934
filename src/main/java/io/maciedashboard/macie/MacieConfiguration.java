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

	@Bean
	SharedReads macieSharedReads(MacieProperties properties) {
		return new SharedReads(Clock.systemUTC(), properties.readCacheTtl(), properties.endedJobCacheTtl());
	}

}
