package org.senesim.run;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.Flagship;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;

import java.util.List;

class FlagshipFidelityTest {

    static final List<String> MEASURES = List.of("collagen", "senescent_fraction", "actinic_keratoses", "elastin_intact", "igf1_response", "fibroblast_occupancy", "sasp_mean", "growth_factor_mean", "stem_cells", "carcinoma_cumulative");

    @Test
    void explore() {
        Scenario s = Flagship.scenario();
        List<Arm> arms = s.protocol().comparisonArms();
        ParameterSet p = s.parameterSet();
        int reps = 4;
        for (Fidelity f : Fidelity.values()) {
            long t0 = System.nanoTime();
            List<List<ArmRun>> runs = new ArmsDesign(s, arms, p, reps, f).run(new LocalExecutor(2), Simulator.byFidelity());
            System.out.printf("%s %.1f s%n", f, (System.nanoTime() - t0) / 1e9);
            for (double age : new double[] {50, 61, 75, 85}) {
                StringBuilder sb = new StringBuilder(f + " age " + age + ":");
                for (String m : MEASURES) {
                    double[] mean = new double[arms.size()];
                    for (List<ArmRun> rep : runs) {
                        for (int a = 0; a < arms.size(); a++) {
                            TimeSeries ts = rep.get(a).result().series();
                            mean[a] += at(ts, m, age) / reps;
                        }
                    }
                    sb.append(String.format(" %s=[%.4g %+.4g %+.4g]", m, mean[0], mean[1] - mean[0], mean[2] - mean[0]));
                }
                System.out.println(sb);
            }
        }
    }

    static double at(TimeSeries ts, String id, double age) {
        int c = ts.indexOf(id);
        int best = 0;
        for (int r = 0; r < ts.rows(); r++) {
            if (Math.abs(ts.age(r) - age) < Math.abs(ts.age(best) - age)) {
                best = r;
            }
        }
        return ts.value(best, c);
    }
}
