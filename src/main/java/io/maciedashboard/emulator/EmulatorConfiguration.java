package io.maciedashboard.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Macie emulator with the application when {@code macie.mode} is
 * {@code emulator} (the default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "macie.mode", havingValue = "emulator", matchIfMissing = true)
class EmulatorConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmulatorConfiguration.class);

	@Bean(destroyMethod = "stop")
	MacieEmulator macieEmulator(EmulatorProperties properties) {
		MacieEmulator emulator = new MacieEmulator(properties).start();
		logger.info("Embedded Macie emulator serving Macie's API at {} (region {}, {} jobs). Try: "
				+ "AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws macie2 list-classification-jobs --endpoint-url {} --region {}",
				emulator.endpoint(), emulator.region(), emulator.jobCount(), emulator.endpoint(), emulator.region());
		return emulator;
	}

}
