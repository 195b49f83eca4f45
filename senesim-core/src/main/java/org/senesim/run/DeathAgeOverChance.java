package org.senesim.run;

import java.util.List;
import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.SummaryItem;
import org.senesim.scenario.Scenario;
import org.senesim.systemic.MortalityTable;
import org.senesim.systemic.OrganismModel;

/**
 * A person's median age at death over chance: the scenario's person (species, sex, exposures, start
 * age) with one parameter set, lived {@link #PATHS} times on the organism model with its own skin
 * compartment, each path its own noise, to the scenario's end age. One run of a scenario is one chance
 * path, so its age at death mixes what the parameters say with luck; this median is what the
 * parameters say. Under {@code run --uncertainty} every sample's median is taken on the same paths
 * (the scenario's seed: common random numbers), so the band of the medians is the parameters' alone.
 *
 * <p>It is read on the organism's skin compartment, not on the patch, to stay cheap (about 0.2 s of
 * CPU for 400 paths over 60 years); the patch-coupled person lives somewhat longer (docs/organism.md
 * §8), which the summary item says.
 */
public final class DeathAgeOverChance {

    /** Chance paths per parameter set (numerical setting: the median's Monte Carlo error is about 0.8 years). */
    public static final int PATHS = 400;
    /** The organism's step for the paths, days (as the organism calibration). */
    static final double STEP_DAYS = 7;
    /** The summary items' ids. */
    public static final String ID = "median_age_at_death_over_chance";
    public static final String MEAN_ID = "mean_age_at_death_over_chance";

    private DeathAgeOverChance() {
    }

    /**
     * What the paths say: the median age at death (NaN when half outlive the run) and the mean, paths
     * alive at the end counted at the end age (a life table's e(x) + x when nearly all have died).
     */
    public record Ages(double median, double mean) {
    }

    /**
     * Whether the paths stand for the run: only for an untreated person without experiments, since the
     * paths live the organism alone and would leave a protocol's treatments and an experiment's
     * injections out.
     */
    public static boolean applies(Scenario scenario) {
        return scenario.protocol().isEmpty() && org.senesim.engine.Experiments.of(scenario).isEmpty();
    }

    /** The {@link Ages} of {@link #PATHS} paths of the scenario's person with {@code parameters}. */
    public static Ages of(Scenario scenario, ParameterSet parameters, Executor executor) {
        OrganismModel model = OrganismInputs.model(scenario.person(), parameters);
        double start = scenario.person().ageYears();
        double end = scenario.endAgeYears();
        Cohort people = new CohortDesign(model, scenario.seed(), PATHS, start, STEP_DAYS).start(executor);
        people.advanceTo(end);
        double[] deaths = people.deathAges();
        double sum = 0;
        for (double d : deaths) {
            sum += Double.isNaN(d) ? end : d;
        }
        return new Ages(new MortalityTable(deaths, start, end).medianDeathAge(), sum / deaths.length);
    }

    /** The median age at death of {@link #of}. */
    public static double median(Scenario scenario, ParameterSet parameters, Executor executor) {
        return of(scenario, parameters, executor).median();
    }

    /** {@link #of} as two summary items, the median and the mean. */
    public static List<SummaryItem> items(Scenario scenario, ParameterSet parameters, Executor executor) {
        Ages a = of(scenario, parameters, executor);
        String how = PATHS + " chance paths of this person with these parameters, on the organism model with its own "
                + "skin compartment (the patch-coupled run lives somewhat longer, docs/organism.md section 8); the same "
                + "paths for every parameter set.";
        return List.of(
                new SummaryItem(ID, "Median age at death over chance", a.median(), "years",
                        "The median age at death of " + how + " NaN when half the paths outlive the run."),
                new SummaryItem(MEAN_ID, "Mean age at death over chance", a.mean(), "years",
                        "The mean age at death of " + how + " Paths alive at the end count at the end age, as a life "
                                + "table's expectation of life does when nearly everyone has died."));
    }
}
