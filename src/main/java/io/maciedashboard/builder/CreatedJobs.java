package io.maciedashboard.builder;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * The clientTokens that created jobs in this session (the latest hundred): a form posted
 * again with one gets a new token, a create sent again (a retry) is a replay. The session
 * store saves only what is set, so each change sets the attribute again.
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
