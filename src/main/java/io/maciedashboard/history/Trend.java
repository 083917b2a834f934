package io.maciedashboard.history;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.maciedashboard.web.Durations;

/**
 * How the objects still to process moved during the current run, from the stored
 * readings: a phrase and a sparkline.
 *
 * @param phrase "down 12,400 in the last 5 minutes", "up 30 ...", "unchanged ..."
 * @param points the sparkline's polyline in a {@link #WIDTH} by {@link #HEIGHT} box:
 * oldest left, the largest value at the top
 */
public record Trend(String phrase, String points) {

	static final int WIDTH = 100;

	static final int HEIGHT = 20;

	/** Readings drawn at most. */
	static final int MAX_POINTS = 120;

	/**
	 * The trend of the current run, or null before two readings of it.
	 * @param stored the job's recent observations, oldest first
	 * @param current the latest reading
	 */
	static Trend of(List<Observation> stored, Observation current) {
		List<Observation> run = Readings.ofRun(stored, current, (observation) -> true);
		if (run.size() >= 2 && run.get(run.size() - 2).objectsToProcess().equals(current.objectsToProcess())) {
			// the latest stored reading says the same: it is the point (often the very
			// read the page shows), and the phrase runs on to now
			run = run.subList(0, run.size() - 1);
		}
		if (run.size() > MAX_POINTS) {
			run = run.subList(run.size() - MAX_POINTS, run.size());
		}
		if (run.size() < 2) {
			return null;
		}
		Observation first = run.get(0);
		long change = current.objectsToProcess() - first.objectsToProcess();
		String span = "in the last " + span(Duration.between(first.at(), current.at()));
		String phrase = (change == 0) ? "unchanged " + span : ((change < 0) ? "down " : "up ")
				+ String.format(Locale.ENGLISH, "%,d", Math.abs(change)) + " " + span;
		return new Trend(phrase, points(run));
	}

	private static String span(Duration span) {
		long seconds = Math.max(1, span.toSeconds());
		return (seconds < 60) ? seconds + ((seconds == 1) ? " second" : " seconds") : new Durations().words(span);
	}

	private static String points(List<Observation> run) {
		long t0 = run.get(0).at().toEpochMilli();
		long span = Math.max(1, run.get(run.size() - 1).at().toEpochMilli() - t0);
		long min = run.stream().mapToLong(Observation::objectsToProcess).min().orElse(0);
		long max = run.stream().mapToLong(Observation::objectsToProcess).max().orElse(0);
		return run.stream().map((reading) -> {
			double x = (reading.at().toEpochMilli() - t0) * (double) WIDTH / span;
			double y = (max == min) ? HEIGHT / 2.0
					: HEIGHT - (reading.objectsToProcess() - min) * (double) HEIGHT / (max - min);
			return number(x) + "," + number(y);
		}).collect(Collectors.joining(" "));
	}

	/** One decimal at most: "12.5", "20". */
	private static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

}
