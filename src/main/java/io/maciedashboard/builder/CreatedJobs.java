package io.maciedashboard.builder;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * The clientTokens that created jobs in this session (the latest hundred). A form posted
 * again with one of them gets a new token, so that what is reviewed next is a new job; a
 * create sent again with one (a double click, a retry) is a replay of the first.
 */
final class CreatedJobs implements Serializable {

	private static final String ATTRIBUTE = CreatedJobs.class.getName();

	private static final int REMEMBERED = 100;

	private final Map<String, String> jobIdByClientToken = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > REMEMBERED;
		}

	};

	static CreatedJobs of(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			CreatedJobs created = (CreatedJobs) session.getAttribute(ATTRIBUTE);
			if (created == null) {
				created = new CreatedJobs();
				session.setAttribute(ATTRIBUTE, created);
			}
			return created;
		}
	}

	synchronized List<String> clientTokens() {
		return List.copyOf(this.jobIdByClientToken.keySet());
	}

	synchronized boolean contains(String clientToken) {
		return this.jobIdByClientToken.containsKey(clientToken);
	}

	/**
	 * Records that the token created the job; false when it already had (a replay).
	 */
	synchronized boolean record(String clientToken, String jobId) {
		return this.jobIdByClientToken.putIfAbsent(clientToken, jobId) == null;
	}

}
