package io.maciedashboard.database;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC as Spring Boot sets it up (the tables come from Flyway), with one
 * change: the session filter reads and writes through a
 * {@link FallbackSessionRepository}, so that a database outage does not break the pages
 * that need only Macie.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor fallbackSessionFilter(ObjectProvider<SessionRepository<? extends Session>> repositories,
			ObjectProvider<HttpSessionIdResolver> idResolvers, ObjectProvider<CookieSerializer> cookies,
			Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				Duration timeout = environment.getProperty("server.servlet.session.timeout", Duration.class,
						Duration.ofMinutes(30));
				var filter = new SessionRepositoryFilter<>(
						new FallbackSessionRepository(repositories.getObject(), timeout, Clock.systemUTC()));
				filter.setHttpSessionIdResolver(idResolvers.getIfAvailable(() -> {
					var resolver = new CookieHttpSessionIdResolver();
					cookies.ifAvailable(resolver::setCookieSerializer);
					return resolver;
				}));
				return filter;
			}

		};
	}

}
