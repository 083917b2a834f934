package io.maciedashboard.emulator;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The emulator started alone, as {@code MacieEmulator.main} does: settings from the
 * command line, a seed folder on disk, and a clear refusal of what it cannot use.
 */
class EmulatorSettingsTest {

	@Test
	void theCommandLineChoosesPortSeedFolderRegionAndAccount() {
		Path seed = Path.of("src/test/resources/emulator/lifecycle-seed").toAbsolutePath();
		EmulatorSettings settings = EmulatorSettings.fromArguments("--port=0", "--seed=" + seed, "--region=eu-west-1",
				"--account=999988887777", "--generated-jobs=2", "--speed=3");
		try (MacieEmulator emulator = new MacieEmulator(settings).start()) {
			assertThat(emulator.endpoint().getHost()).isEqualTo("127.0.0.1");
			assertThat(emulator.endpoint().getPort()).isPositive();
			assertThat(emulator.region()).isEqualTo("eu-west-1");
			assertThat(emulator.accountId()).isEqualTo("999988887777");
			assertThat(emulator.jobCount()).isEqualTo(3 + 2);
			assertThat(emulator.greeting()).contains("aws macie2 list-classification-jobs --endpoint-url "
					+ emulator.endpoint() + " --region eu-west-1");
		}
	}

	@Test
	void whatIsNotGivenKeepsItsDefault() {
		EmulatorSettings settings = EmulatorSettings.fromArguments();
		assertThat(settings.getPort()).isEqualTo(8083);
		assertThat(settings.getHost()).isEqualTo("127.0.0.1");
		assertThat(settings.getRegion()).isEqualTo("us-east-1");
		assertThat(settings.getAccountId()).isEqualTo("111122223333");
		assertThat(settings.getSeedLocation()).isEqualTo("classpath:emulator/seed/");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--port=http | --port must be a whole number, not http",
			"--port=70000 | port must be a port from 0 to 65535, not 70000",
			"--region=mars | region must be an AWS Region such as us-east-1, not mars",
			"--account=12 | accountId must be a 12-digit AWS account ID, not 12",
			"--speed=0 | speed must be a number above 0, not 0.0", "--colour=red | Unknown argument --colour=red",
			"port=8083 | Not an argument of the form --name=value: port=8083" })
	void aBadArgumentIsRefusedNamingIt(String argument, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorSettings.fromArguments(argument))
			.withMessage(message);
	}

	@Test
	void aSeedFolderThatDoesNotExistIsRefused() {
		EmulatorSettings settings = EmulatorSettings.fromArguments("--port=0", "--seed=/no/such/folder");
		assertThatIllegalArgumentException().isThrownBy(() -> new MacieEmulator(settings))
			.withMessageContaining("seed folder /no/such/folder does not exist");
	}

}
