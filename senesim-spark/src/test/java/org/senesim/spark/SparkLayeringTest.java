package org.senesim.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark layer (docs/architecture.md): an executor above run and trial, below nothing. The CLI's
 * layering test cannot see this module (the CLI does not depend on it), so this one checks it:
 * Spark stays inside {@code org.senesim.spark}, and this module does not reach into the command
 * line, validation or planner. It may use calibration: a sensitivity analysis's design points run
 * through its executor.
 */
class SparkLayeringTest {

    private static final JavaClasses SENESIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.senesim");

    @Test
    void onlyTheSparkLayerUsesSpark() {
        noClasses().that().resideOutsideOfPackage("org.senesim.spark..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
                .check(SENESIM);
    }

    @Test
    void sparkLayerUsesOnlyLayersBelowIt() {
        noClasses().that().resideInAPackage("org.senesim.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.senesim.cli..", "org.senesim.bench..",
                        "org.senesim.validation..", "org.senesim.planner..")
                .check(SENESIM);
    }
}
