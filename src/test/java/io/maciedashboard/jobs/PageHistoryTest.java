package io.maciedashboard.jobs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageHistoryTest {

	@Test
	void tokensOfAnyCharacterSurviveTheUrlForm() {
		PageHistory history = new PageHistory(List.of("a+b/c==", "x.y~z", "ünï"));
		String encoded = history.encoded();
		assertThat(encoded).matches("[A-Za-z0-9_\\-.]+");
		assertThat(PageHistory.parse(encoded)).isEqualTo(history);
	}

	@Test
	void walkingForwardAndBack() {
		PageHistory onPage2 = PageHistory.EMPTY.forward(null);
		assertThat(onPage2.tokens()).isEmpty();
		assertThat(onPage2.pageNumber("T1")).isEqualTo(2);
		assertThat(onPage2.previousToken()).isNull();

		PageHistory onPage3 = onPage2.forward("T1");
		assertThat(onPage3.pageNumber("T2")).isEqualTo(3);
		assertThat(onPage3.previousToken()).isEqualTo("T1");
		assertThat(onPage3.back()).isEqualTo(PageHistory.EMPTY);
		assertThat(onPage3.forward("T2").tokens()).containsExactly("T1", "T2");
	}

	@Test
	void firstPageIsPageOne() {
		assertThat(PageHistory.EMPTY.pageNumber(null)).isEqualTo(1);
		assertThat(PageHistory.parse(null)).isEqualTo(PageHistory.EMPTY);
		assertThat(PageHistory.parse(" ")).isEqualTo(PageHistory.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "!!!", "abc..def", ".", "a b" })
	void damagedUrlFormIsRefused(String encoded) {
		assertThatIllegalArgumentException().isThrownBy(() -> PageHistory.parse(encoded));
	}

}
