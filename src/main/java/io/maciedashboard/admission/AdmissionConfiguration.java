package io.maciedashboard.admission;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link RequestAdmission} ahead of the session and security filters, so that a
 * request waiting for its turn has not yet read its session from the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdmissionProperties.class)
class AdmissionConfiguration {

	@Bean
	FilterRegistrationBean<RequestAdmission> requestAdmission(AdmissionProperties properties) {
		FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(
				new RequestAdmission(Math.max(1, properties.limit()), properties.maxWait()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setEnabled(properties.limit() > 0);
		return registration;
	}

}
