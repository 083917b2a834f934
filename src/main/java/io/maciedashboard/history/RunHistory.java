package io.maciedashboard.history;

import java.util.List;

/**
 * What the job page shows of a job's history: its run timeline, the trend of the current
 * run and the time it has left.
 *
 * @param timeline oldest first
 * @param trend null unless a run is under way and has two readings
 * @param timeLeft the estimate or why there is none; null when unavailable
 * @param unavailable whether the database did not answer (the rest of the page, read from
 * Macie, still shows)
 */
public record RunHistory(List<TimelineEntry> timeline, Trend trend, TimeLeft timeLeft, boolean unavailable) {

	static final RunHistory UNAVAILABLE = new RunHistory(List.of(), null, null, true);

	public RunHistory {
		timeline = List.copyOf(timeline);
	}

}
