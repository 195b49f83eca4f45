package org.senesim;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one-way flow of docs/architecture.md, checked on the compiled classes of every module: a
 * package may use the layers below it, never one above, and the top-level packages form no cycle.
 * Known exceptions are listed in {@link #KNOWN}, each with why it is there and who removes it; the
 * list may only shrink. A new upward import or cycle fails this test with the classes named.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.senesim");

    /** A dependency the layering allows for now: origin class prefix, target class prefix, why and until when. */
    record Known(String origin, String target, String why) {
    }

    /** Empty: every exception once listed here was removed by moving code to its layer (issue #10). */
    static final List<Known> KNOWN = List.of();

    private static DescribedPredicate<JavaClass> startsWith(String prefix) {
        return describe("starts with " + prefix, c -> c.getName().startsWith(prefix));
    }

    @Test
    void noPackageImportsALayerAboveIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Base").definedBy("org.senesim", "org.senesim.random..", "org.senesim.evidence..")
                .layer("Scenario").definedBy("org.senesim.scenario..")
                .layer("Observe").definedBy("org.senesim.observe..")
                .layer("Threads").definedBy("org.senesim.parallel..")
                .layer("Model").definedBy("org.senesim.exposure..", "org.senesim.field..", "org.senesim.lattice..",
                        "org.senesim.tissue..",
                        "org.senesim.matrix..", "org.senesim.epidermis..", "org.senesim.systemic..",
                        "org.senesim.coupling..", "org.senesim.meanfield..", "org.senesim.intervention..")
                .layer("Engine").definedBy("org.senesim.engine..")
                .layer("Run").definedBy("org.senesim.run..")
                .layer("Report").definedBy("org.senesim.report..")
                .layer("Validation").definedBy("org.senesim.validation..")
                .layer("Calibration").definedBy("org.senesim.calibration..")
                .layer("Trial").definedBy("org.senesim.trial..")
                .layer("Planner").definedBy("org.senesim.planner..")
                .layer("Web").definedBy("org.senesim.web..")
                .layer("Cli").definedBy("org.senesim.cli..", "org.senesim.bench..")
                .whereLayer("Base").mayNotAccessAnyLayer()
                .whereLayer("Scenario").mayOnlyAccessLayers("Base")
                .whereLayer("Observe").mayOnlyAccessLayers("Base")
                .whereLayer("Threads").mayOnlyAccessLayers("Base")
                .whereLayer("Model").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads")
                .whereLayer("Engine").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model")
                .whereLayer("Run").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine")
                // the report writes what runs produced; it does not reach into the model
                .whereLayer("Report").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Engine", "Run")
                .whereLayer("Validation").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine",
                        "Run")
                // sensitivity and calibration run many models through the run layer and judge them
                // against published figures (validation's format)
                .whereLayer("Calibration").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine",
                        "Run", "Validation")
                // trials and the planner run many lives through the run layer and write their own reports
                .whereLayer("Trial").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine", "Run",
                        "Report")
                .whereLayer("Planner").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine", "Run",
                        "Report")
                // the browser explorer is a top layer beside the CLI (which starts it); nothing below uses it
                .whereLayer("Web").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine", "Run",
                        "Report", "Trial", "Planner")
                .whereLayer("Cli").mayOnlyAccessLayers("Base", "Scenario", "Observe", "Threads", "Model", "Engine", "Run",
                        "Report", "Validation", "Calibration", "Trial", "Planner", "Web");
        for (Known k : KNOWN) {
            layers = layers.ignoreDependency(startsWith(k.origin()), startsWith(k.target()));
        }
        layers.check(CLASSES);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        SliceRule rule = slices().matching("org.senesim.(*)..").should().beFreeOfCycles();
        for (Known k : KNOWN) {
            rule = rule.ignoreDependency(startsWith(k.origin()), startsWith(k.target()));
        }
        rule.check(CLASSES);
    }
}
