package org.senesim.cli;

import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.sbml.SbmlExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code senesim export-sbml}: the deterministic organism model as SBML Level 3 Version 2. */
@Command(name = "export-sbml", mixinStandardHelpOptions = true,
        description = {"Writes the deterministic part of the organism model (organ burdens, blood SASP, immune",
                "capacity; no noise) as SBML Level 3 Version 2, for COPASI, libRoadRunner or tellurium.",
                "Parameters are those of the scenario (default: the built-in one)."})
final class ExportSbmlCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "Scenario whose person and parameter overrides to use.")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = scenarioFile == null ? ScenarioLoader.builtInDefault() : ScenarioLoader.load(scenarioFile);
        ParameterSet p = scenario.parameterSet();
        OrganismModel model = OrganismModel.builder(p)
                .species(scenario.person().species())
                .sex(scenario.person().sex())
                .exposures(OrganismInputs.exposures(scenario.person()))
                .build();
        String xml = SbmlExporter.toXml(SbmlExporter.export(model, scenario.person().ageYears()));
        if (out == null) {
            System.out.print(xml);
            return ExitCodes.OK;
        }
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new InputException("--out " + out + ": folder " + dir + " does not exist. Fix: create it or choose another path.");
        }
        // Written beside the target and moved into place, so a failure never leaves half a file.
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            Files.writeString(tmp, xml, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.out.println("SBML: " + target);
        return ExitCodes.OK;
    }
}
