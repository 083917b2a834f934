package io.maciedashboard.macie;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.macie2.model.Cell;
import software.amazon.awssdk.services.macie2.model.Occurrences;
import software.amazon.awssdk.services.macie2.model.Page;
import software.amazon.awssdk.services.macie2.model.Range;
import software.amazon.awssdk.services.macie2.model.Record;

import static org.assertj.core.api.Assertions.assertThat;

/** Where sensitive data occurs, in words, for each kind of location Macie reports. */
class FindingRecordsTest {

	@Test
	void eachKindOfLocationIsSaidInWords() {
		Occurrences occurrences = Occurrences.builder()
			.cells(Cell.builder().cellReference("B12").column(2L).row(12L).columnName("email").build(),
					Cell.builder().column(3L).row(7L).build())
			.pages(Page.builder().pageNumber(3L).lineRange(Range.builder().start(4L).end(9L).build()).build(),
					Page.builder().pageNumber(5L).build())
			.records(Record.builder().recordIndex(12L).jsonPath("$.customer.email").build(),
					Record.builder().recordIndex(0L).build())
			.lineRanges(Range.builder().start(40L).end(44L).startColumn(7L).build(),
					Range.builder().start(8L).end(8L).build())
			.offsetRanges(Range.builder().start(100L).end(140L).build())
			.build();

		assertThat(FindingRecords.occurrences(occurrences)).containsExactly("Cell B12 (column \"email\")",
				"Cell row 7, column 3", "Page 3, lines 4 to 9", "Page 5", "Record 12 at $.customer.email", "Record 0",
				"Lines 40 to 44 (from column 7)", "Line 8", "Characters 100 to 140");
	}

	@Test
	void noLocationsAreNone() {
		assertThat(FindingRecords.occurrences(null)).isEmpty();
		assertThat(FindingRecords.occurrences(Occurrences.builder().build())).isEmpty();
	}

}
