package io.maciedashboard.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On PostgreSQL, where several instances may share the database: {@link InstanceNotices}
 * and the one connection that listens for them.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(InstanceNoticesConfiguration.OnPostgres.class)
class InstanceNoticesConfiguration {

	@Bean
	InstanceNotices instanceNotices(DataSource dataSource) {
		return new InstanceNotices(dataSource);
	}

	@Bean
	NotificationListener instanceNoticesListener(InstanceNotices notices, Environment environment) {
		return new NotificationListener(
				NotificationListener.postgres(environment.getRequiredProperty("spring.datasource.url"),
						environment.getProperty("spring.datasource.username"),
						environment.getProperty("spring.datasource.password"), InstanceNotices.CHANNEL),
				notices::received, Duration.ofSeconds(1), Duration.ofSeconds(30));
	}

	static class OnPostgres implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
		}

	}

}
