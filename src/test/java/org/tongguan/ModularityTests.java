package org.tongguan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Verifies the module boundaries and writes the module documentation to {@code docs/modules/}. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TongguanApplication.class,
			new ImportOption.DoNotIncludeTests());

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
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.tongguan"));
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModulesAsPlantUml();
	}
}
