package io.maciedashboard.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which threads serve requests. {@code spring.threads.virtual.enabled}
 * is set in {@code application.yml} because on Java 21 and newer it serves every request
 * (and the job list's Macie calls) on a virtual thread, so a slow Macie blocks no
 * platform thread; Java 17, which the dashboard also runs on, has no virtual threads and
 * Spring Boot ignores the setting there. The log line keeps that from being a silent
 * surprise.
 */
@Component
class RequestThreads {

	private static final Logger log = LoggerFactory.getLogger(RequestThreads.class);

	private final Environment environment;

	RequestThreads(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		log.info(describe(this.environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false),
				Runtime.version().feature()));
	}

	static String describe(boolean virtualThreadsEnabled, int javaVersion) {
		if (!virtualThreadsEnabled) {
			return "Requests run on Tomcat's pool of platform threads (server.tomcat.threads.max; Java " + javaVersion
					+ ").";
		}
		if (javaVersion < 21) {
			return "spring.threads.virtual.enabled is true, but Java " + javaVersion + " has no virtual threads: "
					+ "requests run on Tomcat's pool of platform threads (server.tomcat.threads.max). Run on Java 21 "
					+ "or newer to serve them on virtual threads.";
		}
		return "Requests run on virtual threads (Java " + javaVersion + ", spring.threads.virtual.enabled).";
	}

}
