package io.maciedashboard.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL plans every query with its parameters (the driver's
 * {@code prepareThreshold=0}): after five runs of a prepared statement it would otherwise
 * switch to a generic plan made for an average value, and for the audit trail's filters
 * (a person, a job) the average is a frequent one. A rare person's first page then walked
 * the whole trail backwards (hundreds of milliseconds at a million rows) instead of
 * reading its index (under a millisecond). A URL that sets {@code prepareThreshold}
 * itself keeps its value.
 */
@Configuration(proxyBeanMethods = false)
class PostgresPlans {

	@Bean
	static BeanPostProcessor planEachQueryWithItsParameters() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
						&& !hikari.getJdbcUrl().contains("prepareThreshold=")) {
					hikari.addDataSourceProperty("prepareThreshold", "0");
				}
				return bean;
			}

		};
	}

}
