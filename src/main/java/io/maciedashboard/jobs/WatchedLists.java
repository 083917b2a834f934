package io.maciedashboard.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.maciedashboard.jobs.MergedJobList.MergedPage;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;
import io.maciedashboard.watch.EventStreams;
import io.maciedashboard.watch.Observation;
import io.maciedashboard.watch.Watcher;

/**
 * The views of the job list the watcher reads: once per refresh interval for all their
 * viewers, each read takes everything a render needs from Macie (the places' page or the
 * triage scan, the rows' descriptions, the Findings column) into an {@link ObservedList}.
 * Every render of a view (full page, filter swap, live refresh, polling fallback) starts
 * from its latest observation, which keeps the view watched for one more interval; so 50
 * viewers refreshing on the same pushed event cost Macie what one costs.
 */
@Component
class WatchedLists {

	private final Watcher watcher;

	private final EventStreams streams;

	private final MacieJobs macieJobs;

	private final MergedJobList jobList;

	private final TriageScan triageScan;

	private final JobRows jobRows;

	private final FindingsColumn findingsColumn;

	private final JobListProperties properties;

	/** Macie's "now" (the emulator's in mode emulator). */
	private final Clock clock;

	WatchedLists(Watcher watcher, EventStreams streams, MacieJobs macieJobs, MergedJobList jobList,
			TriageScan triageScan, JobRows jobRows, FindingsColumn findingsColumn, JobListProperties properties,
			Clock clock) {
		this.watcher = watcher;
		this.streams = streams;
		this.macieJobs = macieJobs;
		this.jobList = jobList;
		this.triageScan = triageScan;
		this.jobRows = jobRows;
		this.findingsColumn = findingsColumn;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The view's latest complete observation, or a read of its own when there is none:
	 * the latest read failed (this render says why, and a reload tries again), a place
	 * failed, or the dashboard changed a job since (its viewers then get the new read
	 * pushed).
	 * @throws io.maciedashboard.macie.MacieException when the triage scan fails
	 */
	ObservedList latest(JobListRequest request) {
		WatchedList key = WatchedList.of(request);
		Observation<ObservedList> latest = this.watcher.latest(key, this.properties.refreshInterval(),
				() -> read(request));
		long changes = this.macieJobs.changes();
		if (latest.failure() == null && latest.value().isComplete(changes)) {
			return latest.value();
		}
		if (latest.failure() == null && latest.value().changes() != changes) {
			this.watcher.refresh(key);
		}
		return read(request);
	}

	/** The view's event stream: an event each time the watcher read it. */
	SseEmitter stream(JobListRequest request) {
		return this.streams.open(WatchedList.of(request), this.properties.refreshInterval(), () -> read(request));
	}

	/**
	 * One read of the view: its jobs, their rows and their counts (each waited for until
	 * the details deadline, late ones go on for the next read).
	 */
	private ObservedList read(JobListRequest request) {
		long changes = this.macieJobs.changes();
		long deadline = this.jobRows.deadlineFromNow();
		Instant now = Instant.now(this.clock);
		MergedPage page = null;
		TriageScan.Result scan = null;
		List<PlacedJob> jobs;
		if (request.triage() != null) {
			scan = this.triageScan.result();
			jobs = scan.matching(request.triage(), request.shownPlaces(), now);
		}
		else {
			page = this.jobList.page(request.shownPlaces(), request.query(), request.cursor());
			jobs = page.jobs();
		}
		FindingsColumn.Pending findings = this.findingsColumn.start(jobs);
		Map<PlacedJob, JobRow> rows = new LinkedHashMap<>();
		List<JobRow> described = this.jobRows.rows(jobs, now, Map.of(), deadline);
		for (int i = 0; i < jobs.size(); i++) {
			rows.put(jobs.get(i), described.get(i));
		}
		return new ObservedList(page, scan, rows, findings.get(), changes, deadline);
	}

	/**
	 * What the watcher reads for a view of the list: its places' page at its cursor, or
	 * the triage scan.
	 */
	private record WatchedList(List<Place> places, JobListQuery query, ListCursor cursor, Triage triage) {

		static WatchedList of(JobListRequest request) {
			return new WatchedList(request.shownPlaces(), request.query(), request.cursor(), request.triage());
		}

	}

}
