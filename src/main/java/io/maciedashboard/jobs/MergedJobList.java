package io.maciedashboard.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.stereotype.Component;

import io.maciedashboard.admission.RequestAdmission;
import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;

/**
 * One job list over several places. Each page costs one ListClassificationJobs per place,
 * all at once, with the filters and the sort pushed to Macie; the places' pages are
 * merged in the chosen order (ties in the places' order). Where each place's part goes on
 * is a {@link ListCursor}: a place's page is read again from its token, skipping the jobs
 * already shown, with {@code skip + page size} jobs asked for (Macie gives at most 200),
 * so that every place offers a page's worth of jobs. A page stops early only when a place
 * that has more jobs has offered all it read. A place that fails is left out of the page
 * with its reason, keeps its position, and the others show.
 */
@Component
class MergedJobList {

	private final MacieJobs macieJobs;

	private final MacieThreads threads;

	MergedJobList(MacieJobs macieJobs, MacieThreads threads) {
		this.macieJobs = macieJobs;
		this.threads = threads;
	}

	/**
	 * The page of {@code query.pageSize()} jobs at the cursor.
	 * @param query the filters, sort and page size (its nextToken is not used)
	 */
	MergedPage page(List<Place> places, JobListQuery query, ListCursor cursor) {
		Map<Place, CompletableFuture<JobPage>> reads = new LinkedHashMap<>();
		for (Place place : places) {
			ListCursor.Position position = cursor.of(place);
			if (!position.end()) {
				JobListQuery placeQuery = query.at(position.token(),
						Math.min(ListCursor.MAX_SKIP, position.skip() + query.pageSize()));
				reads.put(place, CompletableFuture.supplyAsync(() -> this.macieJobs.listJobs(place, placeQuery),
						this.threads.executor()));
			}
		}
		List<PlaceAnswer> answers = new ArrayList<>();
		for (Place place : places) {
			ListCursor.Position position = cursor.of(place);
			CompletableFuture<JobPage> read = reads.get(place);
			answers.add((read == null) ? PlaceAnswer.ended(place) : answer(place, position, read));
		}
		return merge(answers, query);
	}

	private static PlaceAnswer answer(Place place, ListCursor.Position position, CompletableFuture<JobPage> read) {
		try {
			return new PlaceAnswer(place, position, RequestAdmission.join(read), null);
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof MacieException macie) {
				return new PlaceAnswer(place, position, null, macie);
			}
			throw ex;
		}
	}

	/**
	 * Merges the places' pages into one page of at most {@code query.pageSize()} jobs.
	 */
	static MergedPage merge(List<PlaceAnswer> answers, JobListQuery query) {
		Comparator<JobSummary> order = order(query.sortBy(), query.ascending());
		int[] taken = new int[answers.size()];
		List<PlacedJob> jobs = new ArrayList<>();
		while (jobs.size() < query.pageSize()) {
			int next = -1;
			boolean blocked = false;
			for (int i = 0; i < answers.size(); i++) {
				PlaceAnswer answer = answers.get(i);
				List<JobSummary> offered = answer.offered();
				if (taken[i] < offered.size()) {
					if (next < 0
							|| order.compare(offered.get(taken[i]), answers.get(next).offered().get(taken[next])) < 0) {
						next = i;
					}
				}
				else if (answer.hasMore()) {
					// its next job may come before any other's: this page ends here
					blocked = true;
				}
			}
			if (next < 0 || blocked) {
				break;
			}
			jobs.add(new PlacedJob(answers.get(next).place(), answers.get(next).offered().get(taken[next])));
			taken[next]++;
		}
		Map<Place, ListCursor.Position> positions = new LinkedHashMap<>();
		Map<Place, MacieException> failures = new LinkedHashMap<>();
		boolean more = false;
		for (int i = 0; i < answers.size(); i++) {
			PlaceAnswer answer = answers.get(i);
			ListCursor.Position after = answer.after(taken[i]);
			positions.put(answer.place(), after);
			more |= !after.end();
			if (answer.failure() != null) {
				failures.put(answer.place(), answer.failure());
			}
		}
		return new MergedPage(jobs, more ? ListCursor.encode(positions) : null, failures);
	}

	private static Comparator<JobSummary> order(SortField sortBy, boolean ascending) {
		Comparator<JobSummary> order = switch (sortBy) {
			case CREATED_AT ->
				Comparator.comparing(JobSummary::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()));
			case NAME -> Comparator.comparing(JobSummary::name, Comparator.nullsFirst(Comparator.naturalOrder()));
			case STATUS -> Comparator.comparing((JobSummary job) -> String.valueOf(job.status()));
			case TYPE -> Comparator.comparing((JobSummary job) -> String.valueOf(job.type()));
		};
		return ascending ? order : order.reversed();
	}

	/**
	 * What a place answered for this page.
	 *
	 * @param position where its part started
	 * @param page Macie's page read from there; null when the place failed or had ended
	 * @param failure why the place gave no page, or null
	 */
	record PlaceAnswer(Place place, ListCursor.Position position, JobPage page, MacieException failure) {

		static PlaceAnswer ended(Place place) {
			return new PlaceAnswer(place, ListCursor.Position.END, null, null);
		}

		/** The jobs it offers this page: its page after those already shown. */
		List<JobSummary> offered() {
			if (this.page == null) {
				return List.of();
			}
			List<JobSummary> jobs = this.page.jobs();
			return jobs.subList(Math.min(this.position.skip(), jobs.size()), jobs.size());
		}

		/** Whether it has jobs beyond those offered. */
		boolean hasMore() {
			return this.page != null && this.page.nextToken() != null;
		}

		/** Where its part goes on after {@code taken} of its offered jobs were shown. */
		ListCursor.Position after(int taken) {
			if (this.page == null) {
				// ended, or failed: try the same position again on the next page
				return this.position;
			}
			int shown = Math.min(this.position.skip(), this.page.jobs().size()) + taken;
			if (shown < this.page.jobs().size()) {
				return new ListCursor.Position(this.position.token(), shown, false);
			}
			return (this.page.nextToken() != null) ? new ListCursor.Position(this.page.nextToken(), 0, false)
					: ListCursor.Position.END;
		}

	}

	/**
	 * A page of the merged list.
	 *
	 * @param nextCursor the URL form of the next page's cursor; null on the last page
	 * @param failures the places that gave no jobs, and why
	 */
	record MergedPage(List<PlacedJob> jobs, String nextCursor, Map<Place, MacieException> failures) {

		MergedPage {
			jobs = List.copyOf(jobs);
			failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
		}

	}

}
