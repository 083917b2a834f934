package io.maciedashboard.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.maciedashboard.macie.JobStatus;

/** A job's run timeline, read from its milestones. */
final class Timeline {

	private Timeline() {
	}

	/**
	 * The steps between the milestones, oldest first.
	 * @param milestones oldest first
	 * @param fromTheStart whether the first milestone is the first observation of the job
	 * kept (it then reads "First recorded"); otherwise it only serves to compare the next
	 * one with
	 */
	static List<TimelineEntry> of(List<Observation> milestones, boolean fromTheStart) {
		List<TimelineEntry> entries = new ArrayList<>();
		Observation previous = null;
		for (Observation now : milestones) {
			if (previous == null) {
				if (fromTheStart) {
					entries.add(new TimelineEntry(now.at(), "seen", "First recorded: " + now.status().label()
							+ ((now.numberOfRuns() > 0) ? " (run " + now.numberOfRuns() + ")" : "")));
				}
			}
			else {
				steps(previous, now, entries);
			}
			previous = now;
		}
		entries.sort(Comparator.comparing(TimelineEntry::at));
		return entries;
	}

	private static void steps(Observation before, Observation now, List<TimelineEntry> entries) {
		boolean newRun = !now.sameRunAs(before);
		if (newRun) {
			entries.add(new TimelineEntry((now.lastRunTime() != null) ? now.lastRunTime() : now.at(), "run",
					"Run " + now.numberOfRuns() + " started"));
		}
		if (now.status() != before.status()) {
			TimelineEntry step = statusStep(before.status(), now, newRun);
			if (step != null) {
				entries.add(step);
			}
		}
		if (now.lastRunFailed() && (newRun || !before.lastRunFailed())) {
			entries.add(new TimelineEntry(now.at(), "error",
					"Errors reported: Macie could not analyse some of the data of run " + now.numberOfRuns()));
		}
	}

	private static TimelineEntry statusStep(JobStatus before, Observation now, boolean newRun) {
		return switch (now.status()) {
			case RUNNING -> (before == JobStatus.USER_PAUSED) ? new TimelineEntry(now.at(), "resume", "Resumed")
					: (before == JobStatus.PAUSED)
							? new TimelineEntry(now.at(), "resume",
									"Resumed by Macie: the monthly quota allows it again")
							: newRun ? null : new TimelineEntry(now.at(), "run", "Running");
			case USER_PAUSED -> new TimelineEntry(now.at(), "pause", "Paused");
			case PAUSED -> new TimelineEntry(now.at(), "pause", "Paused by Macie: the monthly quota was reached");
			case IDLE -> new TimelineEntry(now.at(), "end",
					"Run " + now.numberOfRuns() + " finished; the next one starts on the job's schedule");
			case COMPLETE -> new TimelineEntry(now.at(), "end", "Completed");
			case CANCELLED -> new TimelineEntry(now.at(), "end", "Cancelled");
		};
	}

}
