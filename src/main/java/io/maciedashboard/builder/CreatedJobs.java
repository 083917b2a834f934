package io.maciedashboard.builder;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * The clientTokens that created jobs in this session (the latest hundred). A form posted
 * again with one of them gets a new token, so that what is reviewed next is a new job; a
 * create sent again with one (a double click, a retry) is a replay of the first. The
 * session is kept in the database, which saves only what is set: each change sets the
 * attribute again.
 */
final class CreatedJobs implements Serializable {

	private static final String ATTRIBUTE = CreatedJobs.class.getName();

	private static final int REMEMBERED = 100;

	private final Set<String> clientTokens = new LinkedHashSet<>();

	private transient HttpSession session;

	static CreatedJobs of(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			CreatedJobs created = (session.getAttribute(ATTRIBUTE) instanceof CreatedJobs held) ? held
					: new CreatedJobs();
			created.session = session;
			session.setAttribute(ATTRIBUTE, created);
			return created;
		}
	}

	synchronized List<String> clientTokens() {
		return List.copyOf(this.clientTokens);
	}

	synchronized boolean contains(String clientToken) {
		return this.clientTokens.contains(clientToken);
	}

	/** Records that the token created a job; false when it already had (a replay). */
	synchronized boolean record(String clientToken) {
		if (this.clientTokens.size() >= REMEMBERED) {
			this.clientTokens.remove(this.clientTokens.iterator().next());
		}
		boolean added = this.clientTokens.add(clientToken);
		if (this.session != null) {
			this.session.setAttribute(ATTRIBUTE, this);
		}
		return added;
	}

}
