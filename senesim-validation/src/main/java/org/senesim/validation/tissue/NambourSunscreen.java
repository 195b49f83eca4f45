package org.senesim.validation.tissue;

import org.senesim.run.ArmRun;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Nambour trial: daily sunscreen against discretionary use for 4.5 years in a subtropical
 * community (Green 1999 for SCC tumours; Darlington 2003 for solar keratoses two years in). The same
 * person in both arms with the same seeds, as the trial's randomisation compares like with like.
 */
public final class NambourSunscreen implements Reproduction {

    static final String FILE = "nambour-sunscreen.yaml";
    static final String DISCRETIONARY = "discretionary";
    static final String DAILY = "daily";
    static final double START = 49;
    static final double END = 53.5;
    /** Two years in (1992 to 1994), ± two weeks. */
    static final double[] TWO_YEARS = {50.96, 51.04};
    private static final double EDGE = 0.05;

    @Override
    public String name() {
        return "nambour-sunscreen";
    }

    @Override
    public String title() {
        return "Green et al. 1999 and Darlington et al. 2003: daily sunscreen in the Nambour trial (AKs after 2 years, SCC tumours over 4.5 years)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario scenario = context.scenario(FILE);
        List<List<ArmRun>> runs = TissueRuns.compare(context, scenario, "daily and discretionary sunscreen");
        return figures(runs);
    }

    static Map<String, Double> figures(List<List<ArmRun>> runs) {
        int d = TissueFigures.arm(runs, DAILY, FILE);
        int c = TissueFigures.arm(runs, DISCRETIONARY, FILE);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("ak_count_ratio_2_years",
                1.0 + TissueFigures.relativeChange(runs, d, c, "actinic_keratoses", TWO_YEARS[0], TWO_YEARS[1]));
        double daily = 0;
        double discretionary = 0;
        for (List<ArmRun> replicate : runs) {
            daily += rise(replicate.get(d));
            discretionary += rise(replicate.get(c));
        }
        out.put("scc_tumour_rate_ratio_4_5_years", daily / discretionary);
        return out;
    }

    private static double rise(ArmRun run) {
        double a = TissueFigures.windowMean(run.result().series(), "scc_cumulative", START - EDGE, START + EDGE);
        double b = TissueFigures.windowMean(run.result().series(), "scc_cumulative", END - EDGE, END + EDGE);
        return b - a;
    }
}
