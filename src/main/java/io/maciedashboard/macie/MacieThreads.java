package io.maciedashboard.macie;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The threads the dashboard waits on Macie with: the job list's (its places' lists, its
 * rows' descriptions, its Findings column, for every render and every read of the
 * watcher) and the shared reads' background refreshes. A virtual thread per task where
 * the JVM has them and {@code spring.threads.virtual.enabled} is set, otherwise (JDK 17)
 * one pool of platform daemon threads that grows as needed and keeps idle threads for a
 * minute. Either way a task never waits in a queue behind another render's (each caller
 * bounds its own parallelism), and a render starts no threads of its own.
 */
public class MacieThreads implements DisposableBean {

	private static final String PREFIX = "macie-";

	private final Executor executor;

	/** The platform pool, to end with the application; null with virtual threads. */
	private final ExecutorService pool;

	public MacieThreads(Environment environment) {
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

	public Executor executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		if (this.pool != null) {
			this.pool.shutdownNow();
		}
	}

}
