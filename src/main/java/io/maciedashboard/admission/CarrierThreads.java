package io.maciedashboard.admission;

/**
 * How many carrier threads run the virtual threads: two per processor instead of the
 * JDK's one, unless {@code -Djdk.virtualThreadScheduler.parallelism} says otherwise. With
 * one per processor the requests at work ({@link RequestAdmission}'s turns, twice the
 * processors) kept every carrier busy, and a new request waited to start in the virtual
 * threads' scheduler: a shared pool's queue, where neither the admission's arrival order
 * nor Tomcat's server time sees it (thread dumps under load: 44-47 requests not yet
 * started beside 2-4 at work, no one waiting for a turn). With spare carriers a new
 * request reaches the admission at once and waits its turn there, in arrival order.
 */
public final class CarrierThreads {

	static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

	private CarrierThreads() {
	}

	/**
	 * Asks for two carriers per processor unless the command line set a number; takes
	 * effect only before the first virtual thread starts (the JDK reads it once).
	 */
	public static void twoPerProcessorUnlessSet() {
		if (System.getProperty(PARALLELISM) == null) {
			System.setProperty(PARALLELISM, Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
		}
	}

}
