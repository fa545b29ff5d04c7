package org.tongguan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Verifies the module boundaries and writes the module documentation to {@code docs/modules/}. */
class ModularityTests {

	/** Main code only, whatever the build directory is called (ArchUnit's own option expects {@code target/}). */
	private static final ImportOption MAIN_CODE_ONLY = location -> !location.contains("/test-classes/");

	private final ApplicationModules modules = ApplicationModules.of(TongguanApplication.class, MAIN_CODE_ONLY);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void onlyTheCaseworkflowPackageUsesFlowable() {
		noClasses().that()
			.resideOutsideOfPackage("org.tongguan.casework.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.flowable..")
			.allowEmptyShould(true)
			.check(new ClassFileImporter().withImportOption(MAIN_CODE_ONLY)
				.importPackages("org.tongguan"));
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
