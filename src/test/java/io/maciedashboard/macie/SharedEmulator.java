package io.maciedashboard.macie;

import io.maciedashboard.emulator.MacieEmulator;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * For tests that run several instances of the dashboard: each reads the test's own
 * emulator (started by the test, which outlives them), as every instance reads the one
 * Macie, instead of starting an emulator of its own.
 */
public final class SharedEmulator {

	private SharedEmulator() {
	}

	public static ApplicationContextInitializer<GenericApplicationContext> readBy(MacieEmulator macie) {
		EmbeddedMacie shared = new EmbeddedMacie(macie.endpoint(), macie.region(), macie.accountId(), macie.clock());
		return (context) -> context.addBeanFactoryPostProcessor((factory) -> {
			BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
			registry.removeBeanDefinition("embeddedMacie");
			registry.registerBeanDefinition("embeddedMacie", new RootBeanDefinition(EmbeddedMacie.class, () -> shared));
		});
	}

}
