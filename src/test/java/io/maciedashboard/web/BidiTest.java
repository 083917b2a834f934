package io.maciedashboard.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BidiTest {

	private final Bidi bidi = new Bidi();

	@Test
	void textThatCannotChangeDirectionStaysAsItIs() {
		assertThat(this.bidi.isolate("Quarterly PII scan (2026) · 報告")).isEqualTo("Quarterly PII scan (2026) · 報告");
		assertThat(this.bidi.isolate(null)).isNull();
	}

	@Test
	void rightToLeftLettersAndDirectionControlsAreIsolated() {
		assertThat(this.bidi.isolate("Payroll \u202Enacs")).isEqualTo("\u2068Payroll \u202Enacs\u2069");
		assertThat(this.bidi.isolate("تقرير")).isEqualTo("\u2068تقرير\u2069");
		assertThat(this.bidi.isolate("a\u2067b")).isEqualTo("\u2068a\u2067b\u2069");
	}

}
