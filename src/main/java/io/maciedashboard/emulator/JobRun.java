package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a classification job and when it processed its objects: a series of spans,
 * each a stretch of time in which it processed objects at a steady pace (a pause ends a
 * span, a resume starts one). The spans say when each object was processed, which is when
 * its findings appeared.
 */
final class JobRun {

	private final int number;

	private final double objects;

	private final List<Span> spans = new ArrayList<>();

	/** Objects processed up to {@link #processingSince} (or until now, when paused). */
	private double processedBefore;

	/** When the open span started; null when the run is not processing. */
	private Instant processingSince;

	/**
	 * From {@code from} to {@code to} the run processed the objects after the
	 * {@code fromCount}th, up to the {@code toCount}th, at a steady pace.
	 */
	record Span(Instant from, Instant to, double fromCount, double toCount) {
	}

	/**
	 * What a run has processed, and when, up to some instant; an {@code ended} run's
	 * timeline no longer changes.
	 */
	record Timeline(int number, List<Span> spans, boolean ended) {

		double processed() {
			return this.spans.isEmpty() ? 0 : this.spans.get(this.spans.size() - 1).toCount();
		}

		/** When the run had processed {@code count} objects; null if it has not. */
		Instant processedAt(double count) {
			for (Span span : this.spans) {
				if (count > span.fromCount() && count <= span.toCount()) {
					double share = (count - span.fromCount()) / (span.toCount() - span.fromCount());
					long millis = Duration.between(span.from(), span.to()).toMillis();
					return span.from().plusMillis((long) Math.ceil(share * millis));
				}
			}
			return null;
		}

		Instant end() {
			return this.spans.isEmpty() ? null : this.spans.get(this.spans.size() - 1).to();
		}

	}

	private JobRun(int number, double objects) {
		this.number = number;
		this.objects = objects;
	}

	/** A run that starts processing at {@code at}. */
	static JobRun startedAt(int number, double objects, Instant at) {
		JobRun run = new JobRun(number, objects);
		run.processingSince = at;
		return run;
	}

	/**
	 * A run the seed describes: it processed {@code processed} objects evenly from
	 * {@code from} to {@code to}, and is not processing now.
	 */
	static JobRun seeded(int number, double objects, Instant from, Instant to, double processed) {
		JobRun run = new JobRun(number, objects);
		if (processed > 0) {
			run.spans.add(new Span(from, to.isBefore(from) ? from : to, 0, processed));
		}
		run.processedBefore = processed;
		return run;
	}

	int number() {
		return this.number;
	}

	boolean isProcessing() {
		return this.processingSince != null;
	}

	void startProcessing(Instant at) {
		this.processingSince = at;
	}

	void stopProcessing(Instant at, double objectsPerSecond) {
		if (this.processingSince != null) {
			double count = processed(at, objectsPerSecond);
			this.spans.add(new Span(this.processingSince, at, this.processedBefore, count));
			this.processedBefore = count;
			this.processingSince = null;
		}
	}

	double processed(Instant now, double objectsPerSecond) {
		if (this.processingSince == null) {
			return this.processedBefore;
		}
		double since = Duration.between(this.processingSince, now).toMillis() / 1000.0 * objectsPerSecond;
		return Math.min(this.objects, this.processedBefore + since);
	}

	/**
	 * When a run that is not processing last processed an object; null if it processed
	 * none.
	 */
	Instant lastProcessed() {
		return this.spans.isEmpty() ? null : this.spans.get(this.spans.size() - 1).to();
	}

	/** When a processing run has processed all its objects. */
	Instant finishesAt(double objectsPerSecond) {
		double left = Math.max(0, this.objects - this.processedBefore);
		return this.processingSince.plus(Duration.ofMillis((long) Math.ceil(left / objectsPerSecond * 1000)));
	}

	/** The run as it stands at {@code now}; {@code ended}: it will not process more. */
	Timeline timeline(Instant now, double objectsPerSecond, boolean ended) {
		List<Span> upToNow = new ArrayList<>(this.spans);
		if (this.processingSince != null && now.isAfter(this.processingSince)) {
			upToNow.add(new Span(this.processingSince, now, this.processedBefore, processed(now, objectsPerSecond)));
		}
		return new Timeline(this.number, List.copyOf(upToNow), ended);
	}

}
