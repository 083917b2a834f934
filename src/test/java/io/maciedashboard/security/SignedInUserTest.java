package io.maciedashboard.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInUserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null                                  | null
			'   '                                 | null
			'  the Compliance IT team  '          | the Compliance IT team
			""")
	void theAccessContactIsTheConfiguredOneOrNoneForTheAdministrator(String configured, String contact) {
		SignedInUser user = new SignedInUser(new AccessProperties("groups", List.of("macie-viewers"),
				List.of("macie-operators"), List.of("macie-auditors"), configured));

		assertThat(user.accessContact()).isEqualTo(contact);
	}

}
