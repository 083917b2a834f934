package io.maciedashboard.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.maciedashboard.macie.MacieThreads;
import io.maciedashboard.jobs.MergedJobList.MergedPage;
import io.maciedashboard.jobs.MergedJobList.PlaceAnswer;
import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.JobListQuery.SortField;
import io.maciedashboard.macie.JobPage;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;
import io.maciedashboard.macie.TestPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.verify;

/**
 * One list over several places: merged in the chosen order, paged with one
 * ListClassificationJobs per place per page, every job shown exactly once however the
 * places interleave.
 */
class MergedJobListTest {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private static final List<Place> PLACES = List.of(TestPlaces.HOME, TestPlaces.IRELAND, TestPlaces.DATA_LAKE);

	@Test
	void pagesAreMergedNewestFirstAndTiesKeepThePlacesOrder() {
		MergedPage page = MergedJobList.merge(
				List.of(answer(TestPlaces.HOME, job("h1", 5), job("h2", 3)),
						answer(TestPlaces.IRELAND, job("i1", 5), job("i2", 4))),
				query(SortField.CREATED_AT, false, 10));

		assertThat(page.jobs()).extracting((placed) -> placed.job().jobId()).containsExactly("h1", "i1", "i2", "h2");
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void byNameAscending() {
		MergedPage page = MergedJobList.merge(List.of(answer(TestPlaces.HOME, named("b"), named("d")),
				answer(TestPlaces.IRELAND, named("a"), named("c"))), query(SortField.NAME, true, 10));

		assertThat(page.jobs()).extracting((placed) -> placed.job().name()).containsExactly("a", "b", "c", "d");
	}

	@Test
	void aPageEndsWhereAPlaceWithMoreJobsHasOfferedAllItRead() {
		MergedPage page = MergedJobList.merge(List.of(
				new PlaceAnswer(TestPlaces.HOME, ListCursor.Position.START,
						new JobPage(List.of(job("h1", 9), job("h2", 7)), "home-next"), null),
				answer(TestPlaces.IRELAND, job("i1", 8), job("i2", 1))), query(SortField.CREATED_AT, false, 10));

		// i2 (t=1) cannot be placed: home's next job, unread, may be newer
		assertThat(page.jobs()).extracting((placed) -> placed.job().jobId()).containsExactly("h1", "i1", "h2");
		ListCursor next = ListCursor.parse(page.nextCursor());
		assertThat(next.of(TestPlaces.HOME)).isEqualTo(new ListCursor.Position("home-next", 0, false));
		assertThat(next.of(TestPlaces.IRELAND)).isEqualTo(new ListCursor.Position(null, 1, false));
	}

	@Test
	void aFailingPlaceIsNamedKeepsItsPositionAndTheOthersShow() {
		MacieException throttled = new MacieException(MacieException.Kind.THROTTLED, "Macie is busy.", null);
		ListCursor.Position position = new ListCursor.Position("t", 3, false);
		MergedPage page = MergedJobList.merge(
				List.of(answer(TestPlaces.HOME, job("h1", 1)),
						new PlaceAnswer(TestPlaces.IRELAND, position, null, throttled)),
				query(SortField.CREATED_AT, false, 10));

		assertThat(page.jobs()).extracting((placed) -> placed.job().jobId()).containsExactly("h1");
		assertThat(page.failures()).containsEntry(TestPlaces.IRELAND, throttled);
		assertThat(ListCursor.parse(page.nextCursor()).of(TestPlaces.IRELAND)).isEqualTo(position);
		assertThat(ListCursor.parse(page.nextCursor()).of(TestPlaces.HOME)).isEqualTo(ListCursor.Position.END);
	}

	/**
	 * Paging through three places of random jobs with a simulated Macie: every job once,
	 * in order, at most one call per place per page (none once it has ended).
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 7, 25 })
	void pagingShowsEveryJobOnceInOrderWithOneCallPerPlacePerPage(int pageSize) {
		Random random = new Random(42 + pageSize);
		MacieJobs macie = mock(MacieJobs.class);
		List<List<JobSummary>> held = new ArrayList<>();
		int total = 0;
		for (Place place : PLACES) {
			List<JobSummary> jobs = new ArrayList<>();
			int count = random.nextInt(60);
			for (int i = 0; i < count; i++) {
				jobs.add(job(place.region() + "-" + place.accountId() + "-" + i, random.nextInt(1000)));
			}
			jobs.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
			held.add(jobs);
			total += count;
			given(macie.listJobs(eq(place), any())).willAnswer((call) -> macie(jobs, call.getArgument(1)));
		}
		MergedJobList list = new MergedJobList(macie, new MacieThreads(new MockEnvironment()));

		List<JobSummary> seen = new ArrayList<>();
		ListCursor cursor = ListCursor.FIRST;
		int pages = 0;
		while (cursor != null) {
			MergedPage page = list.page(PLACES, query(SortField.CREATED_AT, false, pageSize), cursor);
			assertThat(page.jobs()).hasSizeLessThanOrEqualTo(pageSize);
			page.jobs().forEach((placed) -> seen.add(placed.job()));
			cursor = (page.nextCursor() != null) ? ListCursor.parse(page.nextCursor()) : null;
			pages++;
		}

		assertThat(seen).hasSize(total).doesNotHaveDuplicates();
		assertThat(seen).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
		for (Place place : PLACES) {
			verify(macie, atMost(pages)).listJobs(eq(place), any());
		}
	}

	@Test
	void aCursorRoundTripsAndRefusesWhatItDidNotWrite() {
		String encoded = ListCursor.encode(new java.util.LinkedHashMap<>(
				java.util.Map.of(TestPlaces.HOME, new ListCursor.Position("tok/+=", 4, false))));
		assertThat(ListCursor.parse(encoded).of(TestPlaces.HOME))
			.isEqualTo(new ListCursor.Position("tok/+=", 4, false));
		assertThat(ListCursor.parse(encoded).of(TestPlaces.IRELAND)).as("not named: ended")
			.isEqualTo(ListCursor.Position.END);
		for (String damaged : List.of("", "x", "111122223333.us-east-1", "111122223333.us-east-1.200.",
				"111122223333.us-east-1.end,111122223333.us-east-1.end", "111122223333.us-east-1.1.a!b")) {
			assertThatIllegalArgumentException().as(damaged).isThrownBy(() -> ListCursor.parse(damaged));
		}
	}

	/** Macie's paging: the token is the offset, maxResults jobs from there. */
	private static JobPage macie(List<JobSummary> jobs, JobListQuery query) {
		int from = (query.nextToken() != null) ? Integer.parseInt(query.nextToken()) : 0;
		int to = Math.min(jobs.size(), from + query.pageSize());
		return new JobPage(jobs.subList(from, to), (to < jobs.size()) ? Integer.toString(to) : null);
	}

	private static PlaceAnswer answer(Place place, JobSummary... jobs) {
		return new PlaceAnswer(place, ListCursor.Position.START, new JobPage(List.of(jobs), null), null);
	}

	private static JobListQuery query(SortField sort, boolean ascending, int pageSize) {
		return new JobListQuery(Set.of(), null, null, null, null, sort, ascending, pageSize, null);
	}

	private static JobSummary job(String id, int second) {
		return new JobSummary(id, "Job " + id, JobStatus.COMPLETE, JobType.ONE_TIME, T0.plusSeconds(second), false,
				null, null);
	}

	private static JobSummary named(String name) {
		return new JobSummary("id-" + name, name, JobStatus.COMPLETE, JobType.ONE_TIME, T0, false, null, null);
	}

}
