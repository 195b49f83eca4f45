package org.senesim.validation.tissue;

import org.senesim.engine.RunResult;
import org.senesim.scenario.Scenario;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dermal thickness by age, calibrated on one dataset and checked on another.
 *
 * <p>Calibration: the cheek full-skin thickness of women aged 20–29 in a 50 MHz ultrasound cohort
 * (Southwest Medical University, 2019), against the model's dermis plus the epidermis over it
 * ({@code intervention.geometry.epidermal_thickness} times the {@code epidermal_thickness} column)
 * at 20–29 on a sun-exposed site; {@code matrix.thickness.young} was set from it, nothing else.
 *
 * <p>Validation: Branchet et al. 1990, dermal thickness of the sun-protected upper inner arm falling
 * about 6 % of its young value per decade: the model's fall from 20–30 to 70–80 on a site with no
 * UV, per decade, as a percentage of the 20–30 value. The scale cancels in this ratio, so the
 * calibration cannot set it: it follows from the matrix model and the volume shares alone.
 * {@value #SEEDS} seeds each.
 */
public final class DermalThicknessByAge implements Reproduction {

    static final int SEEDS = 4;
    static final double[] YOUNG_CALIBRATION = {20, 29};
    static final double[] YOUNG = {20, 30};
    static final double[] OLD = {70, 80};
    private static final double DECADES = (OLD[0] + OLD[1] - YOUNG[0] - YOUNG[1]) / 2.0 / 10.0;
    private static final double PERCENT = 100.0;
    private static final double MM_PER_UM = 1e-3;

    @Override
    public String name() {
        return "dermal-thickness";
    }

    @Override
    public String title() {
        return "Dermal thickness by age: 50 MHz ultrasound of young women's cheeks (calibration) and Branchet et al. 1990, upper inner arm (validation)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Map<String, Double> out = new LinkedHashMap<>();

        Scenario young = context.scenario("dermal-thickness-young.yaml");
        List<RunResult> youngRuns = TissueRuns.seeds(context, young, SEEDS, "cheek 20 to 30, " + SEEDS + " seeds");
        double epidermisMm = context.parameters(young).get("intervention.geometry.epidermal_thickness") * MM_PER_UM;
        double dermis = TissueFigures.survivorMean(youngRuns, "dermal_thickness", YOUNG_CALIBRATION[0], YOUNG_CALIBRATION[1]);
        double epidermis = epidermisMm * TissueFigures.survivorMean(youngRuns, "epidermal_thickness",
                YOUNG_CALIBRATION[0], YOUNG_CALIBRATION[1]);
        out.put("full_skin_thickness_women_20_29", dermis + epidermis);

        Scenario protectedSite = context.scenario("dermal-thickness-protected.yaml");
        List<RunResult> runs = TissueRuns.seeds(context, protectedSite, SEEDS, "upper inner arm 20 to 85, " + SEEDS + " seeds");
        context.progress(TissueFigures.reached(runs, "dermal_thickness", OLD[0], OLD[1]) + " of " + SEEDS
                + " seeds alive at " + (int) OLD[0] + "-" + (int) OLD[1]);
        double at25 = TissueFigures.survivorMean(runs, "dermal_thickness", YOUNG[0], YOUNG[1]);
        double at75 = TissueFigures.survivorMean(runs, "dermal_thickness", OLD[0], OLD[1]);
        out.put("dermal_thinning_percent_per_decade", PERCENT * (1.0 - at75 / at25) / DECADES);
        return out;
    }
}
