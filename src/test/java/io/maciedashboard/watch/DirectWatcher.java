package io.maciedashboard.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * For MVC slice tests, whose mocked Macie answers differently in each test: a watcher
 * whose polling reads every time (a real one would keep an observation across tests of
 * the same context), with the real event streams.
 */
public class DirectWatcher extends Watcher {

	DirectWatcher() {
		super(Executors.newSingleThreadScheduledExecutor(), Runnable::run, Clock.systemUTC());
	}

	@Override
	public <T> Observation<T> latest(Object key, Duration interval, Supplier<T> read) {
		try {
			return new Observation<>(read.get(), null, Clock.systemUTC().instant());
		}
		catch (RuntimeException ex) {
			return new Observation<>(null, ex, Clock.systemUTC().instant());
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class DirectWatchConfiguration {

		@Bean
		DirectWatcher watcher() {
			return new DirectWatcher();
		}

		@Bean
		EventStreams eventStreams(DirectWatcher watcher) {
			return new EventStreams(watcher, Duration.ofMinutes(1));
		}

		@Bean
		Refreshes refreshes(DirectWatcher watcher) {
			return new Refreshes(watcher, (key) -> {
			});
		}

	}

}
