package io.maciedashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the main code, kept by ArchUnit. {@link ArchitectureRulesTest} shows
 * that each rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "io.maciedashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** The emulator is a fake of Macie, not of our code: it could be lifted out alone. */
	@ArchTest
	static final ArchRule emulatorImportsNothingOfTheDashboard = noClasses().that()
		.resideInAPackage("io.maciedashboard.emulator..")
		.should()
		.dependOnClassesThat(
				resideInAPackage("io.maciedashboard..").and(not(resideInAPackage("io.maciedashboard.emulator.."))))
		.because("the emulator imitates Macie and must work alone, against the AWS CLI, boto3 or Terraform");

	/**
	 * The emulator needs no framework: the JDK (its HTTP server included) and Jackson.
	 */
	@ArchTest
	static final ArchRule emulatorUsesOnlyTheJdkAndJackson = classes().that()
		.resideInAPackage("io.maciedashboard.emulator..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("io.maciedashboard.emulator..", "java..", "com.sun.net.httpserver..", "tools.jackson..",
				"com.fasterxml.jackson.annotation..")
		.because("the emulator is plain Java that runs without Spring or the AWS SDK");

	/** macie/ alone talks to Macie; everything else sees the project's own records. */
	@ArchTest
	static final ArchRule onlyMacieUsesTheAwsSdk = noClasses().that()
		.resideOutsideOfPackage("io.maciedashboard.macie..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("software.amazon.awssdk..")
		.because("the service layer in macie/ maps SDK types and errors to the project's own");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.bePackagePrivate()
		.because("a controller is reached through its URLs, never from another package");

	/**
	 * SQL lives in repositories: a feature's classes reach its tables through its
	 * {@code *Repository}; database/ alone sets up what the whole database needs.
	 */
	@ArchTest
	static final ArchRule onlyRepositoriesRunSql = noClasses().that()
		.haveSimpleNameNotEndingWith("Repository")
		.and()
		.resideOutsideOfPackage("io.maciedashboard.database..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
		.because("queries are kept together, one repository per feature's tables");

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("io.maciedashboard.(*)..")
		.should()
		.beFreeOfCycles();

}
