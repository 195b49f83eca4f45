package org.senesim.validation.organism;

import org.senesim.run.Cohort;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.MortalityTable;
import org.senesim.systemic.OrganismModel;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The UK national period life table 2018–2020 (Office for National Statistics): survival of women
 * and men. The two medians are what the sex production multipliers were calibrated to; life
 * expectancy at 65, the modal age at death and the sex gap at 65 were not used and check the shape
 * of the simulated survival curves.
 *
 * <p>A cohort of each sex from its scenario (age 20, reference exposures) followed to the scenario's
 * end age at the scenario's step; survivors at the end are counted as dying then (there are none at
 * 115 in practice).
 */
public final class LifeTableUk implements Reproduction {

    /** People per sex (numerical setting: as the calibration). */
    static final int PEOPLE = 20_000;
    /** Age from which life expectancy is read, years (the table's e65). */
    static final double E_AGE = 65;
    /** Width of the moving average over one-year death counts for the modal age, years. */
    static final int MODE_SMOOTHING = 3;

    @Override
    public String name() {
        return "ons-life-table-2018-2020";
    }

    @Override
    public String title() {
        return "ONS national life tables, UK 2018-2020: survival of women and men (medians calibrated; e65 and modal age checked)";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Map<String, Double> out = new LinkedHashMap<>();
        double[] e65 = new double[2];
        Executor executor = new LocalExecutor(context.threads());
        String[] sexes = {"men", "women"};
        for (int k = 0; k < 2; k++) {
            Scenario scenario = context.scenario("ons-life-table-2018-2020-" + sexes[k] + ".yaml");
            OrganismModel model = Cohorts.model(scenario, context.parameters(scenario));
            context.progress(sexes[k] + ": cohort of " + PEOPLE + " from " + scenario.person().ageYears() + " to "
                    + scenario.endAgeYears() + " years");
            Cohort people = Cohorts.cohort(model, scenario, PEOPLE, executor);
            people.advanceTo(scenario.endAgeYears());
            double end = scenario.endAgeYears();
            double[] deaths = people.deathAges();
            MortalityTable table = new MortalityTable(deaths, scenario.person().ageYears(), end);
            out.put("median_age_at_death_" + sexes[k], table.medianDeathAge());
            e65[k] = lifeExpectancy(deaths, E_AGE, end);
            out.put("life_expectancy_65_" + sexes[k], e65[k]);
            out.put("modal_age_at_death_" + sexes[k], modalAge(deaths, end));
        }
        // map order follows the published file
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String id : new String[] {"median_age_at_death_men", "median_age_at_death_women", "life_expectancy_65_men",
                "life_expectancy_65_women", "modal_age_at_death_men", "modal_age_at_death_women"}) {
            ordered.put(id, out.get(id));
        }
        ordered.put("female_advantage_e65", e65[1] - e65[0]);
        return ordered;
    }

    /** Mean further years of life of those alive at {@code age} (survivors at the end count to the end). */
    static double lifeExpectancy(double[] deathAges, double age, double end) {
        double sum = 0;
        int n = 0;
        for (double d : deathAges) {
            double exit = Double.isNaN(d) ? end : d;
            if (exit > age) {
                sum += exit - age;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * Modal age at death: the centre of the one-year age band with the most deaths after a moving
     * average over {@link #MODE_SMOOTHING} bands (deaths per band are noisy at 20,000 people).
     */
    static double modalAge(double[] deathAges, double end) {
        int bands = (int) Math.ceil(end) + 1;
        double[] count = new double[bands];
        for (double d : deathAges) {
            if (!Double.isNaN(d)) {
                count[(int) Math.floor(d)]++;
            }
        }
        int half = MODE_SMOOTHING / 2;
        int best = -1;
        double most = -1;
        for (int b = half; b < bands - half; b++) {
            double s = 0;
            for (int j = -half; j <= half; j++) {
                s += count[b + j];
            }
            if (s > most) {
                most = s;
                best = b;
            }
        }
        return best + 0.5;
    }
}
