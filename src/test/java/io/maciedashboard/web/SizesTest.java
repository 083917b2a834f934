package io.maciedashboard.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SizesTest {

	private final Sizes sizes = new Sizes();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "0|0 bytes", "1|1 byte", "999|999 bytes", "1000|1.0 KB", "1500|1.5 KB", "9949|9.9 KB",
					"9950|10 KB", "12345|12 KB", "999499|999 KB", "999500|1.0 MB", "999960|1.0 MB", "1500000000|1.5 GB",
					"512000000|512 MB", "2000000000000|2.0 TB", "9223372036854775807|9.2 EB" })
	void humanUnitsAreDecimalWithOneDecimalBelowTen(long bytes, String expected) {
		assertThat(this.sizes.human(bytes)).isEqualTo(expected);
	}

	@Test
	void exactCountHasThousandsSeparators() {
		assertThat(this.sizes.exact(1_500_000_000L)).isEqualTo("1,500,000,000 bytes");
		assertThat(this.sizes.exact(1)).isEqualTo("1 byte");
	}

	@Test
	void negativeSizeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.sizes.human(-1));
	}

}
