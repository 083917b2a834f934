package io.maciedashboard.admission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestsAtWork how many requests may be at work at once; 0 (the default) means
 * twice the processors, a negative number no limit
 * @param maxWait how long a request waits for its turn at most before it goes ahead
 * anyway, so that requests stuck on something slow that holds their turn (a database that
 * does not answer) cannot stop the rest
 */
@ConfigurationProperties("dashboard.admission")
record AdmissionProperties(@DefaultValue("0") int requestsAtWork, @DefaultValue("5s") Duration maxWait) {

	/** The limit in force, or 0 for none. */
	int limit() {
		if (this.requestsAtWork < 0) {
			return 0;
		}
		return (this.requestsAtWork > 0) ? this.requestsAtWork : 2 * Runtime.getRuntime().availableProcessors();
	}

}
