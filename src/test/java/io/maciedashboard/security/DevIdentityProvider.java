package io.maciedashboard.security;

import java.net.InetAddress;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The development identity provider (test scope only, so it can never run in production):
 * an in-process mock-oauth2-server with its interactive login page, where you type any
 * user name and the claims, e.g. {@code {"groups": ["macie-operators"]}}. Importing this
 * configuration starts it on {@code dashboard.dev-idp.port} (default 8090, 0 for a free
 * port) before the OIDC client reads the issuer's discovery document, and points the
 * {@code sso} registration at it. It stops with the application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevIdentityProvider {

	/** Issuer path on the mock server; any name works, each name is its own issuer. */
	public static final String ISSUER_ID = "default";

	@Bean
	static Starter devIdentityProviderStarter() {
		return new Starter();
	}

	/**
	 * A bean factory post-processor runs before any ordinary bean is created, so the
	 * server listens and the {@code sso} properties are in the environment before the
	 * client registrations are built.
	 */
	static class Starter implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered, DisposableBean {

		private ConfigurableEnvironment environment;

		private MockOAuth2Server server;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = (ConfigurableEnvironment) environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			int port = this.environment.getProperty("dashboard.dev-idp.port", Integer.class, 8090);
			this.server = new MockOAuth2Server(new OAuth2Config(true));
			this.server.start(InetAddress.getLoopbackAddress(), port);
			String issuer = this.server.issuerUrl(ISSUER_ID).toString();
			this.environment.getPropertySources()
				.addFirst(new MapPropertySource("devIdentityProvider",
						Map.of("spring.security.oauth2.client.registration.sso.provider", "sso",
								"spring.security.oauth2.client.provider.sso.issuer-uri", issuer,
								"spring.security.oauth2.client.registration.sso.client-id", "macie-dashboard",
								"spring.security.oauth2.client.registration.sso.client-secret", "dev-secret",
								"dashboard.dev-idp.issuer-uri", issuer)));
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void destroy() {
			if (this.server != null) {
				this.server.shutdown();
			}
		}

	}

}
