package org.senesim.validation.organism;

import org.senesim.run.Cohort;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.OrganismModel;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mitnitski, Graham, Mogilner and Rockwood 2002 (BMC Geriatr 2:1): in Canadians aged 65 and over the
 * mean frailty index rises log-linearly with age, by about 3 % a year. The model's frailty map was
 * calibrated to one point only (median 0.2 at 80) and its ceiling; the rate of rise with age is what
 * this checks.
 *
 * <p>Cohorts of women and of men from the scenario files (age 20, reference exposures), the mean
 * frailty index of the living read at the snapshot ages of the women's file, averaged over the two
 * sexes, and the least-squares slope of its logarithm against age.
 */
public final class Mitnitski2002 implements Reproduction {

    /** People per sex (numerical setting). */
    static final int PEOPLE = 10_000;

    @Override
    public String name() {
        return "mitnitski-2002";
    }

    @Override
    public String title() {
        return "Mitnitski et al. 2002: the frailty index of older Canadians rises log-linearly, about 3 % a year";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario women = context.scenario("mitnitski-2002-women.yaml");
        Scenario men = context.scenario("mitnitski-2002-men.yaml");
        List<Double> ages = women.outputs().snapshotAgesYears();
        if (ages.size() < 3) {
            throw new org.senesim.scenario.ScenarioException(Cohorts.label(women), 0, 0, "outputs.snapshots",
                    "this reproduction fits a slope through the snapshot ages: give at least 3, the file has " + ages.size());
        }
        double[] meanFi = new double[ages.size()];
        Executor executor = new LocalExecutor(context.threads());
        for (Scenario s : List.of(women, men)) {
            context.progress(s.person().sex().id() + ": cohort of " + PEOPLE + ", frailty read at " + ages);
            OrganismModel model = Cohorts.model(s, context.parameters(s));
            Cohort cohort = Cohorts.cohort(model, s, PEOPLE, executor);
            for (int k = 0; k < ages.size(); k++) {
                cohort.advanceTo(ages.get(k));
                meanFi[k] += 0.5 * cohort.snapshot().mean("frailty_index");
            }
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = ages.size();
        for (int k = 0; k < n; k++) {
            double x = ages.get(k);
            double y = Math.log(meanFi[k]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("log_frailty_slope_65_95", (n * sxy - sx * sy) / (n * sxx - sx * sx));
        return out;
    }
}
