package io.maciedashboard.jobs;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads the job list waits on Macie with (its places' lists, its rows'
 * descriptions, its Findings column), shared by every render and every read of the
 * watcher: a virtual thread per task where the JVM has them and
 * {@code spring.threads.virtual.enabled} is set, otherwise (JDK 17) one pool of platform
 * daemon threads that grows as needed and keeps idle threads for a minute. Either way a
 * task never waits in a queue behind another render's (each caller bounds its own
 * parallelism), and a render no longer starts threads of its own.
 */
@Component
class MacieThreads implements DisposableBean {

	private static final String PREFIX = "job-list-macie-";

	private final Executor executor;

	/** The platform pool, to end with the application; null with virtual threads. */
	private final ExecutorService pool;

	MacieThreads(Environment environment) {
		if (Threading.VIRTUAL.isActive(environment)) {
			this.executor = new VirtualThreadTaskExecutor(PREFIX);
			this.pool = null;
		}
		else {
			AtomicInteger count = new AtomicInteger();
			this.pool = Executors.newCachedThreadPool((runnable) -> {
				Thread thread = new Thread(runnable, PREFIX + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
			this.executor = this.pool;
		}
	}

	Executor executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		if (this.pool != null) {
			this.pool.shutdownNow();
		}
	}

}
