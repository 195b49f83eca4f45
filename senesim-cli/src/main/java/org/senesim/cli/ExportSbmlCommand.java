package org.senesim.cli;

import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.report.OutputFile;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.sbml.SbmlExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output). An "
            + "existing file is replaced only with --force.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = scenarioFile == null ? ScenarioLoader.builtInDefault() : ScenarioLoader.load(scenarioFile);
        ParameterSet p = scenario.parameterSet();
        String xml = quietly(() -> {
            OrganismModel model = OrganismInputs.model(scenario.person(), p);
            return SbmlExporter.toXml(SbmlExporter.export(model, scenario.person().ageYears()));
        });
        if (out == null) {
            System.out.print(xml);
            System.out.flush();
            return ExitCodes.OK;
        }
        Path written = OutputFile.write(out, xml.getBytes(StandardCharsets.UTF_8), force, "--out");
        System.out.println("SBML: " + written);
        return ExitCodes.OK;
    }

    /**
     * Runs the export with standard output sent to standard error: JSBML and its logging library print
     * warnings on standard output, which would make the SBML written there invalid XML. Its logging
     * is also pointed at a configuration that writes no log file into the working directory.
     */
    static <T> T quietly(java.util.function.Supplier<T> export) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:senesim-log4j2.xml");
        }
        java.io.PrintStream stdout = System.out;
        synchronized (ExportSbmlCommand.class) {
            System.setOut(System.err);
            try {
                return export.get();
            } finally {
                System.setOut(stdout);
            }
        }
    }
}
