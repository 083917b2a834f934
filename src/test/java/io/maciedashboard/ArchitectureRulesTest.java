package io.maciedashboard;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fixture.architecture.PublicController;
import fixture.architecture.SdkOutsideMacie;
import fixture.architecture.SqlOutsideRepositories;
import io.maciedashboard.audit.AuditRepository;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.emulator.MacieEmulator;
import io.maciedashboard.emulator.fixture.EmulatorClassUsingSpring;
import io.maciedashboard.emulator.fixture.EmulatorClassUsingTheDashboard;
import io.maciedashboard.jobs.fixture.JobsClassUsingWeb;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.security.SecurityConfiguration;
import io.maciedashboard.web.fixture.WebClassUsingJobs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link ArchitectureTest} fails on a class made to break it (the fixtures
 * under src/test) and passes on main classes that keep it, so a green ArchitectureTest
 * means something.
 */
class ArchitectureRulesTest {

	static Stream<Arguments> rules() {
		return Stream.of(
				Arguments.of(ArchitectureTest.emulatorImportsNothingOfTheDashboard,
						classes(EmulatorClassUsingTheDashboard.class), classes(MacieEmulator.class),
						"io.maciedashboard.macie.JobStatus"),
				Arguments.of(ArchitectureTest.emulatorUsesOnlyTheJdkAndJackson, classes(EmulatorClassUsingSpring.class),
						classes(MacieEmulator.class), "org.springframework.core.io.DefaultResourceLoader"),
				Arguments.of(ArchitectureTest.onlyMacieUsesTheAwsSdk, classes(SdkOutsideMacie.class),
						classes(MacieJobs.class, SecurityConfiguration.class), "software.amazon.awssdk.regions.Region"),
				Arguments.of(ArchitectureTest.controllersArePackagePrivate, classes(PublicController.class),
						new ClassFileImporter().importPackages("io.maciedashboard.jobs"), "PublicController"),
				Arguments.of(ArchitectureTest.onlyRepositoriesRunSql, classes(SqlOutsideRepositories.class),
						classes(AuditTrail.class, AuditRepository.class),
						"org.springframework.jdbc.core.simple.JdbcClient"),
				Arguments.of(ArchitectureTest.featurePackagesAreFreeOfCycles,
						classes(JobsClassUsingWeb.class, WebClassUsingJobs.class), classes(MacieJobs.class),
						"Cycle detected"));
	}

	private static JavaClasses classes(Class<?>... classes) {
		return new ClassFileImporter().importClasses(classes);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void theRuleFailsOnAClassThatBreaksItAndPassesOnOnesThatKeepIt(ArchRule rule, JavaClasses breaking,
			JavaClasses keeping, String reported) {
		EvaluationResult broken = rule.evaluate(breaking);
		assertThat(broken.hasViolation()).isTrue();
		assertThat(broken.getFailureReport().toString()).contains(reported);
		assertThat(rule.evaluate(keeping).hasViolation()).isFalse();
	}

}
