package io.maciedashboard.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The sweep every {@code dashboard.alerts.sweep-interval} (one instance at a time) and
 * the outbox's delivery every {@code dashboard.alerts.delivery-interval} (every instance;
 * claims keep them apart).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
class AlertsScheduling implements SchedulingConfigurer {

	/**
	 * Lets the application start and its first pages be served before the first sweep.
	 */
	static final Duration FIRST_SWEEP_AFTER = Duration.ofSeconds(20);

	private final AlertSweep sweep;

	private final OutboxWorker worker;

	private final AlertsProperties properties;

	AlertsScheduling(AlertSweep sweep, OutboxWorker worker, AlertsProperties properties) {
		this.sweep = sweep;
		this.worker = worker;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.properties.scheduled()) {
			return;
		}
		registrar.addFixedDelayTask(
				new FixedDelayTask(this.sweep::sweepUnderLock, this.properties.sweepInterval(), FIRST_SWEEP_AFTER));
		registrar.addFixedDelayTask(new FixedDelayTask(this.worker::deliverDue, this.properties.deliveryInterval(),
				this.properties.deliveryInterval()));
	}

}
