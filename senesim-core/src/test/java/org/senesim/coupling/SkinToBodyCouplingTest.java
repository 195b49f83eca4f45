package org.senesim.coupling;

import org.junit.jupiter.api.Test;
import org.senesim.engine.ProgressListener;
import org.senesim.engine.RunResult;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.TimeSeries;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.tissue.DailyHook;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Franco 2025 logic in the coupled model: senescent cells put into the skin patch raise
 * senescence in distant organs, only through the blood and the immune capacity the organs share —
 * with the blood coupling of the liver and the shared saturation of removal
 * ({@code organism.clearance.systemic_share}, 0.4 since session 11) switched off, the liver does not
 * move. Both arms share the seed, so the organism's noise is the same and any difference is the
 * injection's.
 */
class SkinToBodyCouplingTest {

    private static final String SCENARIO = """
            name: transplant
            seed: 3
            duration: 1 years
            person:
              age: 30 years
            tissue:
              dimension: 2D
              size: [2 mm, 1.2 mm]
              voxel: 20 um
            outputs:
              every: 1 days
            """;

    private static double meanLiverAfterInjection(ParameterSet p, boolean inject) {
        Scenario s = ScenarioLoader.parse(SCENARIO, "transplant.yaml");
        DailyHook transplant = (patch, day) -> {
            if (inject && day == 30) {
                patch.injectSenescent(patch.dermis().fibroblastCount() / 3, 1);
            }
        };
        RunResult r;
        try (Workers w = new Workers(1)) {
            r = TissueSimulation.run(s, p, w, ProgressListener.NONE, List.of(transplant));
        }
        TimeSeries ts = r.series();
        int liver = ts.indexOf("burden_liver");
        double sum = 0;
        int n = 0;
        for (int row = 0; row < ts.rows(); row++) {
            if (ts.day(row) > 30 && ts.day(row) <= 180) {
                sum += ts.value(row, liver);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void aSkinTransplantRaisesLiverSenescenceThroughTheBlood() {
        ParameterSet p = ParameterRegistry.builtIn().defaults();
        double control = meanLiverAfterInjection(p, false);
        double transplanted = meanLiverAfterInjection(p, true);
        assertThat(transplanted).isGreaterThan(control);
    }

    @Test
    void withoutBloodCouplingTheLiverDoesNotMove() {
        // both routes from blood SASP to the liver off: production (alpha) and the persistent burden
        // (share); and removal saturating on the liver's own burden only, not on the body's, which the
        // skin's transplanted cells raise
        ParameterSet uncoupled = ParameterSet.of(ParameterRegistry.builtIn(), Map.of("organism.sasp.alpha.liver", 0.0,
                "organism.persistent.share.liver", 0.0, "organism.clearance.systemic_share", 0.0));
        assertThat(meanLiverAfterInjection(uncoupled, true)).isEqualTo(meanLiverAfterInjection(uncoupled, false));
    }
}
