package org.tongguan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Verifies the module boundaries and the rules every module keeps, and writes the module documentation to
 * {@code docs/modules/}.
 */
class ModularityTests {

	/** Main code only, whatever the build directory is called (ArchUnit's own option expects {@code target/}). */
	private static final ImportOption MAIN_CODE_ONLY = location -> !location.contains("/test-classes/");

	/**
	 * Spring JDBC's streams ({@code JdbcClient}'s {@code query(…).stream()}, {@code queryForStream}) hold a pooled
	 * connection until closed, and one forgotten {@code close()} per call drains the pool. Code that really streams
	 * a large result closes it with try-with-resources and is named here as an exception; none does yet.
	 */
	private static final DescribedPredicate<JavaMethodCall> OPENS_A_JDBC_STREAM = DescribedPredicate.describe(
			"a Spring JDBC method answering an open Stream (JdbcClient's stream(), queryForStream())",
			call -> call.getTargetOwner().getPackageName().startsWith("org.springframework.jdbc")
					&& call.getTarget().getRawReturnType().isEquivalentTo(Stream.class));

	private final ApplicationModules modules = ApplicationModules.of(TongguanApplication.class, MAIN_CODE_ONLY);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Fails, rather than passing on nothing, when the import finds no classes or does not see the workflow package's
	 * own use of Flowable.
	 */
	@Test
	void onlyTheCaseworkflowPackageUsesFlowable() {
		JavaClasses classes = new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages("org.tongguan");
		assertThat(classes.stream()
			.filter(type -> type.getPackageName().startsWith("org.tongguan.casework.workflow"))
			.flatMap(type -> type.getDirectDependenciesFromSelf().stream())
			.anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.flowable")))
			.as("the workflow package as imported uses Flowable")
			.isTrue();
		noClasses().that()
			.resideOutsideOfPackage("org.tongguan.casework.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.flowable..")
			.allowEmptyShould(false)
			.check(classes);
	}

	@Test
	void noCodeOpensAJdbcStreamThatHoldsAConnection() {
		noClasses().should()
			.callMethodWhere(OPENS_A_JDBC_STREAM)
			.because("a JDBC stream keeps its connection until closed; read a list instead")
			.check(new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages("org.tongguan"));
	}

	/** Generates into a scratch folder and publishes in a stable order, so a clean checkout stays clean. */
	@Test
	void writesModuleDocumentation(@TempDir Path generated) {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModulesAsPlantUml();
		ModuleDocumentation.publish(generated, Path.of("docs/modules"));
	}
}
