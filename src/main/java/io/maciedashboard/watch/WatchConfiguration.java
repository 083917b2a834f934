package io.maciedashboard.watch;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.maciedashboard.database.InstanceNotices;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The watcher: one scheduler thread for its timing, and a thread per read (virtual where
 * the JVM has them and {@code spring.threads.virtual.enabled} is set), so that reads
 * never queue behind each other. Intervals are measured on the system clock, not on
 * Macie's (which the emulator can move).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WatchProperties.class)
class WatchConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService watchScheduler() {
		return Executors.newSingleThreadScheduledExecutor(daemonThreads("watch-timer-"));
	}

	@Bean
	Watcher watcher(ScheduledExecutorService watchScheduler, Environment environment) {
		ThreadFactory readers = Threading.VIRTUAL.isActive(environment)
				? new VirtualThreadTaskExecutor("watch-read-").getVirtualThreadFactory() : daemonThreads("watch-read-");
		return new Watcher(watchScheduler, (read) -> readers.newThread(read).start(), Clock.systemUTC());
	}

	/**
	 * Other instances hear of a change on PostgreSQL; with H2 (one instance) nobody else
	 * is told.
	 */
	@Bean
	Refreshes refreshes(Watcher watcher, ObjectProvider<InstanceNotices> instanceNotices) {
		InstanceNotices notices = instanceNotices.getIfAvailable();
		if (notices == null) {
			return new Refreshes(watcher, (key) -> {
			});
		}
		Refreshes refreshes = new Refreshes(watcher, notices::send);
		notices.onNotice(refreshes::refreshAnnounced);
		return refreshes;
	}

	@Bean
	EventStreams eventStreams(Watcher watcher, WatchProperties properties) {
		return new EventStreams(watcher, properties.streamTimeout());
	}

	/**
	 * Tomcat's per-connection buffers made smaller. An open event stream keeps its
	 * connection's buffers for as long as it is open. The socket buffers at 4 KB instead
	 * of 8 KB: the read buffer counts twice (on the socket and again inside the request's
	 * header buffer) and the write buffer once, 12 KB less per open stream; throughput
	 * does not suffer, as larger writes bypass the write buffer and request bodies here
	 * are small forms. The buffer for a chunked request body's trailer fields at 1 KB
	 * instead of 8 KB, 7 KB less per open stream: browsers send none (LoadBenchmark, heap
	 * after GC with 1,000 streams).
	 */
	@Bean
	TomcatConnectorCustomizer smallerConnectionBuffers() {
		return (connector) -> {
			connector.setProperty("socket.appReadBufSize", "4096");
			connector.setProperty("socket.appWriteBufSize", "4096");
			connector.setProperty("maxTrailerSize", "1024");
		};
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallResponseBuffers() {
		return (factory) -> factory.setProtocol(SmallResponseBufferProtocol.class.getName());
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
