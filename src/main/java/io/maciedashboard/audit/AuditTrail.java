package io.maciedashboard.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.maciedashboard.macie.Place;
import io.maciedashboard.security.AuditLog;
import io.maciedashboard.security.Person;
import io.maciedashboard.security.SignedInUser;
import io.maciedashboard.web.RequestIdFilter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every attempt to change a job, and what became of it, in the audit tables, and
 * writes the audit log line ({@link AuditLog}) for each outcome as before.
 *
 * <p>
 * A change goes: {@link #attempt} (before anything is sent to Macie; when the row cannot
 * be written it throws {@link AuditUnavailableException} and the change must not be
 * made), the change, then one of {@link Attempt#done}, {@link Attempt#refused},
 * {@link Attempt#unknown}. An attempt refused before it could start (the job is gone, its
 * state forbids the change) is {@link #refused} in one step.
 */
@Component
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	static final int HISTORY_LENGTH = 20;

	private final AuditRepository repository;

	private final SignedInUser users;

	private final AuditLog auditLog;

	private final Clock clock;

	@Autowired
	AuditTrail(AuditRepository repository, SignedInUser users, AuditLog auditLog) {
		this(repository, users, auditLog, Clock.systemUTC());
	}

	AuditTrail(AuditRepository repository, SignedInUser users, AuditLog auditLog, Clock clock) {
		this.repository = repository;
		this.users = users;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Records that {@code who} is about to {@code action} the job.
	 * @param requestJson the create request as sent to Macie, or null
	 * @throws AuditUnavailableException when the row could not be written
	 */
	public Attempt attempt(Authentication who, AuditAction action, JobRef job, String requestJson) {
		Person person = this.users.person(who);
		var row = new AuditRepository.AttemptRow(person.subject(), person.name(), person.email(), person.groups(), job,
				action, requestJson, clientAddress(), RequestIdFilter.current());
		try {
			return new Attempt(this.repository.insertAttempt(this.clock.instant(), row), who, action, job);
		}
		catch (DataAccessException ex) {
			log.error("The audit trail could not record {} of job {}; the change is refused", action, job.jobId(), ex);
			this.auditLog.record(who, action.name(), job.jobId(), "refused: audit trail unavailable");
			throw new AuditUnavailableException(ex);
		}
	}

	/**
	 * Records an attempt that was refused before it could start, with the reason shown to
	 * the person. Nothing changed, so a trail that cannot record it only logs.
	 */
	public void refused(Authentication who, AuditAction action, JobRef job, String message, String logResult) {
		try {
			attempt(who, action, job, null).refused(message, logResult);
		}
		catch (AuditUnavailableException ex) {
			// already logged; the refusal stands
		}
	}

	/** Whether this person may read the trail (auditors and operators). */
	public boolean mayRead(Authentication who) {
		return who != null && who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((role) -> role.equals("ROLE_AUDITOR") || role.equals("ROLE_OPERATOR"));
	}

	/**
	 * The latest attempts on the job of the place, newest first.
	 * @throws DataAccessException when the database does not answer
	 */
	public List<AuditEntry> history(Place place, String jobId) {
		return this.repository.find(new AuditQuery(null, null, null, jobId, place.key(), null, null, null),
				HISTORY_LENGTH);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/** An attempt on record, waiting for its outcome. */
	public final class Attempt {

		private final long id;

		private final Authentication who;

		private final AuditAction action;

		private final JobRef job;

		private Attempt(long id, Authentication who, AuditAction action, JobRef job) {
			this.id = id;
			this.who = who;
			this.action = action;
			this.job = job;
		}

		/**
		 * Done; {@code job} is what the change made (a created job), or null for the
		 * attempt's job.
		 */
		public void done(JobRef job, String logResult) {
			finish(Outcome.DONE, null, job, logResult);
		}

		/**
		 * Not done, with the reason (Macie's message, or why the dashboard held back).
		 */
		public void refused(String message, String logResult) {
			finish(Outcome.REFUSED, message, null, logResult);
		}

		/**
		 * Not done, and Macie answered with another job instead (a create whose client
		 * token made that job earlier).
		 */
		public void refused(JobRef answered, String message, String logResult) {
			finish(Outcome.REFUSED, message, answered, logResult);
		}

		/** Macie did not answer: the change may or may not have happened. */
		public void unknown(String message, String logResult) {
			finish(Outcome.UNKNOWN, message, null, logResult);
		}

		private void finish(Outcome outcome, String message, JobRef made, String logResult) {
			JobRef subject = (made != null) ? made : this.job;
			AuditTrail.this.auditLog.record(this.who, this.action.name(), subject.jobId(), logResult);
			try {
				AuditTrail.this.repository.insertOutcome(this.id, AuditTrail.this.clock.instant(), outcome, message,
						made);
			}
			catch (DataAccessException ex) {
				// the attempt is on record and reads as "outcome unknown"
				log.error("The audit trail could not record the outcome {} of attempt {}", outcome, this.id, ex);
			}
		}

	}

}
