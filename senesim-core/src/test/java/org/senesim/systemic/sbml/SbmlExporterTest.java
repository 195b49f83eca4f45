package org.senesim.systemic.sbml;

import org.junit.jupiter.api.Test;
import org.sbml.jsbml.JSBML;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLError;
import org.sbml.jsbml.validator.SBMLValidator;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismModel;
import org.senesim.scenario.Species;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip: write the deterministic skeleton as SBML L3V2, read it back, and run JSBML's offline
 * consistency checks (the online validator is not reachable from here): general, identifier,
 * MathML, unit and over-determination checks must report no error.
 */
class SbmlExporterTest {

    @Test
    void writesReadsBackAndPassesTheOfflineConsistencyChecks() throws Exception {
        OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).species(Species.HUMAN).build();
        String xml = SbmlExporter.toXml(SbmlExporter.export(model, 40));
        assertThat(xml).contains("level=\"3\"").contains("version=\"2\"");

        SBMLDocument back = JSBML.readSBMLFromString(xml);
        assertThat(back.getLevel()).isEqualTo(3);
        assertThat(back.getVersion()).isEqualTo(2);
        Model m = back.getModel();
        for (Organ o : Organ.values()) {
            assertThat(m.getSpecies("X_" + o.id())).isNotNull();
            assertThat(m.getRateRuleByVariable("X_" + o.id())).as("rate rule of X_" + o.id()).isNotNull();
        }
        assertThat(m.getParameter("beta").getValue()).isEqualTo(0.15);
        assertThat(m.getParameter("beta").getUnits()).isEqualTo("per_day");
        assertThat(m.getParameter("eta").getUnits()).isEqualTo("per_day_per_year");

        List<SBMLError> problems = check(back);
        assertThat(problems.stream().filter(e -> e.isError() || e.isFatal()))
                .as(describe(problems)).isEmpty();
        // the exporter declares every unit, so the unit checker has nothing to warn about either
        assertThat(problems).as(describe(problems)).isEmpty();
    }

    @Test
    void theUnitCheckIsLiveAWrongUnitIsReported() throws Exception {
        OrganismModel model = OrganismModel.builder(ParameterRegistry.builtIn().defaults()).build();
        SBMLDocument doc = SbmlExporter.export(model, 40);
        doc.getModel().getParameter("beta").setUnits("year");
        List<SBMLError> problems = check(JSBML.readSBMLFromString(SbmlExporter.toXml(doc)));
        assertThat(problems).anyMatch(e -> e.getCode() == 10501);
    }

    /** All offline checks (the online validator, which plain checkConsistency() calls, is unreachable here). */
    private static List<SBMLError> check(SBMLDocument doc) {
        for (SBMLValidator.CHECK_CATEGORY c : SBMLValidator.CHECK_CATEGORY.values()) {
            doc.setConsistencyChecks(c, true);
        }
        doc.checkConsistencyOffline();
        return doc.getErrorLog().getValidationErrors();
    }

    private static String describe(List<SBMLError> problems) {
        return problems.stream().map(e -> e.getSeverity() + " " + e.getCode() + ": " + e.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
