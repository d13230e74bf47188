package org.fuelwatch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows run one way: the application and {@code run} above the stages, the stages above {@code system}.
 * A new stage package is covered by the cycle rule without being listed.
 */
class PackageArrowsTests {

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fuelwatch");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.fuelwatch.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void runIsTheTopAndSystemTheBottom() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("org.fuelwatch")
                .layer("run").definedBy("org.fuelwatch.run..")
                .layer("system").definedBy("org.fuelwatch.system..")
                .whereLayer("run").mayOnlyBeAccessedByLayers("application")
                .whereLayer("application").mayNotBeAccessedByAnyLayer()
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.fuelwatch.system..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.fuelwatch.system..", "java..", "javax..",
                        "org.springframework..", "org.openpdf..", "tools.jackson..", "com.google..", "org.slf4j..",
                        "jakarta..", "com.ibm.icu..")
                .check(classes);
    }
}
