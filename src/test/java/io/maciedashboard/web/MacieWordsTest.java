package io.maciedashboard.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MacieWordsTest {

	private final MacieWords words = new MacieWords();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			PUBLIC     | Public
			NOT_PUBLIC | Not public
			UNKNOWN    | Unknown
			null       | Unknown
			""")
	void effectivePermissions(String value, String text) {
		assertThat(this.words.effectivePermission(value)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			EXTERNAL   | Shared with other accounts
			INTERNAL   | Shared within the organization
			NOT_SHARED | Not shared
			UNKNOWN    | Unknown
			""")
	void sharedAccess(String value, String text) {
		assertThat(this.words.sharedAccess(value)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PERSONAL_INFORMATION  | Personal information
			FINANCIAL_INFORMATION | Financial information
			CREDENTIALS           | Credentials
			MEDICAL_RECORDS       | Medical records
			""")
	void categoriesAndValuesMacieAddsLaterReadInSentenceCase(String value, String text) {
		assertThat(this.words.category(value)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			PUBLIC     | true
			NOT_PUBLIC | false
			null       | false
			""")
	void onlyPublicIsPublic(String value, boolean isPublic) {
		assertThat(this.words.isPublic(value)).isEqualTo(isPublic);
	}

}
