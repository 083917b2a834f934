package io.maciedashboard.jobs;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads a render of the job list waits on Macie with (its places' lists, its rows'
 * descriptions): virtual where the JVM has them and
 * {@code spring.threads.virtual.enabled} is set, platform daemon threads otherwise (JDK
 * 17).
 */
@Component
class MacieThreads {

	private final ThreadFactory factory;

	MacieThreads(Environment environment) {
		this.factory = Threading.VIRTUAL.isActive(environment)
				? new VirtualThreadTaskExecutor("job-list-macie-").getVirtualThreadFactory() : daemonThreads();
	}

	ThreadFactory factory() {
		return this.factory;
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "job-list-macie-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
