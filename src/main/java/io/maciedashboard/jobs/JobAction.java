package io.maciedashboard.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.StatusChange;

/**
 * What an operator can do on the job page, with the words the page uses: the button, the
 * confirmation (which states the consequence) and the message after success.
 */
enum JobAction {

	PAUSE(StatusChange.PAUSE, "pause", "paused", "Pause", "Pause this job?",
			"Macie stops analysing objects until someone resumes the job. A paused job expires 30 days after it was "
					+ "paused: Macie then cancels a one-time job, or the paused run of a scheduled job.",
			"Pause job", "Keep it running", "Job paused."),
	RESUME(StatusChange.RESUME, "resume", "resumed", "Resume", "Resume this job?",
			"Macie continues the paused run where it stopped, and the 30-day expiry no longer applies.", "Resume job",
			"Keep it paused", "Job resumed."),
	CANCEL(StatusChange.CANCEL, "cancel", "cancelled", "Cancel job", "Cancel this job?",
			"Cancelling is final: Macie stops the job for good, and it cannot be resumed or restarted. To analyse the "
					+ "same data again, copy it to a new job.",
			"Cancel job for good", "Keep the job", "Job cancelled.");

	private final StatusChange change;

	private final String verb;

	private final String past;

	private final String button;

	private final String question;

	private final String consequence;

	private final String confirmButton;

	private final String keepButton;

	private final String doneMessage;

	JobAction(StatusChange change, String verb, String past, String button, String question, String consequence,
			String confirmButton, String keepButton, String doneMessage) {
		this.change = change;
		this.verb = verb;
		this.past = past;
		this.button = button;
		this.question = question;
		this.consequence = consequence;
		this.confirmButton = confirmButton;
		this.keepButton = keepButton;
		this.doneMessage = doneMessage;
	}

	/** The actions offered for a status, in the order the page shows them. */
	static List<JobAction> allowedFrom(JobStatus status) {
		return Arrays.stream(values()).filter((action) -> action.change.isAllowedFrom(status)).toList();
	}

	/** The action named in a URL ("pause", "resume", "cancel"). */
	static Optional<JobAction> fromPath(String segment) {
		return Arrays.stream(values()).filter((action) -> action.verb.equals(segment)).findFirst();
	}

	StatusChange change() {
		return this.change;
	}

	/** "pause": in sentences and in the action's URL. */
	public String verb() {
		return this.verb;
	}

	/** "paused". */
	public String past() {
		return this.past;
	}

	public String button() {
		return this.button;
	}

	public String question() {
		return this.question;
	}

	public String consequence() {
		return this.consequence;
	}

	public String confirmButton() {
		return this.confirmButton;
	}

	public String keepButton() {
		return this.keepButton;
	}

	public String doneMessage() {
		return this.doneMessage;
	}

	/** CANCEL is the destructive one: its buttons look like it. */
	public boolean isDestructive() {
		return this == CANCEL;
	}

}
