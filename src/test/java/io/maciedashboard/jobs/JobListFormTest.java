package io.maciedashboard.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.JobListQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job list's filters bound every value by its length before it is parsed, and repeat
 * at most a little of an unusable one in its message.
 */
class JobListFormTest {

	private static final String HUGE = "9".repeat(100_000);

	@Test
	void hugeValuesFallBackToDefaultsWithShortMessages() {
		JobListForm form = new JobListForm();
		form.setSize(HUGE);
		form.setCreatedAfter(HUGE);
		form.setType(HUGE);
		form.setSort(HUGE);
		form.setDir(HUGE);
		form.setName(HUGE);
		form.setToken("t");
		form.setPrev("a".repeat(40_000));

		JobListRequest request = form.read(List.of(TestPlaces.HOME));

		assertThat(request.query().pageSize()).isEqualTo(JobListQuery.DEFAULT_PAGE_SIZE);
		assertThat(request.query().createdAfter()).isNull();
		assertThat(request.query().type()).isNull();
		assertThat(request.query().nameContains()).isNull();
		assertThat(request.history().tokens()).isEmpty();
		assertThat(request.errors()).containsOnlyKeys("size", "createdAfter", "type", "sort", "dir", "name", "paging");
		assertThat(request.errors().values()).allSatisfy((message) -> assertThat(message).hasSizeLessThan(200));
	}

	@Test
	void thousandsOfUnknownStatusesAreNamedFiveAtMost() {
		JobListForm form = new JobListForm();
		form.setStatus(new ArrayList<>(Collections.nCopies(5_000, "SLEEPING")));
		form.getStatus().set(0, "RUNNING");

		JobListRequest request = form.read(List.of(TestPlaces.HOME));

		assertThat(request.error("status")).startsWith("Unknown status “SLEEPING”")
			.endsWith("showing the other statuses.")
			.hasSizeLessThan(200);
		assertThat(request.query().statuses()).hasSize(1);
	}

	@Test
	void aPageSizeIsAWholeNumberWithinMaciesLimit() {
		for (String size : List.of("-1", "0", "201", "1e2", "25 x", HUGE)) {
			JobListForm form = new JobListForm();
			form.setSize(size);
			assertThat(form.read(List.of(TestPlaces.HOME)).hasError("size")).as(size).isTrue();
		}
		JobListForm form = new JobListForm();
		form.setSize("200");
		assertThat(form.read(List.of(TestPlaces.HOME)).query().pageSize()).isEqualTo(200);
	}

}
