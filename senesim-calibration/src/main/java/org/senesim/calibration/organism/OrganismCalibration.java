package org.senesim.calibration.organism;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.Executor;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.MortalityTable;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismEquations;
import org.senesim.systemic.OrganismModel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reproduces the calibrated values of {@code organism.yaml} from simulated cohorts (weekly steps,
 * run-layer {@link CohortDesign}s), so anyone can check them or redo them after a model change. Nothing here runs in the model; run
 * {@code main} (a few minutes on two cores) and copy the printed values into the registry.
 *
 * <ol>
 *   <li>{@code organism.sasp.reference}: with the default SASP sensitivities and immune decline,
 *       the blood SASP at which production equals Karin's is chosen (bisection) so that the median
 *       human age at death equals that of Karin's own model (all α = 0, no extra immune decline).</li>
 *   <li>{@code organism.function.reference_load.*}: median muscle load at age 34 (human, middle
 *       of Dodds' 29–39 peak) and at 3 months (mouse).</li>
 *   <li>{@code organism.grip.loss.*}: grip lost per unit load so that the median grip of survivors
 *       falls by 0.59 (men) and 0.31 (women) kg/year between 50 and 85 (Dodds 2014; Frederiksen
 *       2006).</li>
 *   <li>{@code organism.memory.loss}: median memory score −1 SD at 80.</li>
 *   <li>{@code organism.frailty.rate}: median frailty index 0.2 at 80.</li>
 *   <li>{@code organism.skin.fraction_per_unit}: geometric compromise between 3% senescent dermal
 *       fibroblasts at 25 and 17.5% at 95 (Herbig 2006, baboons).</li>
 *   <li>{@code organism.exposure.smoking}: a pack a day from age 20 shortens the median life by
 *       10 years (Doll 2004).</li>
 * </ol>
 */
public final class OrganismCalibration {

    private static final double START = 20;
    private static final double END = 115;
    private static final double WEEK = 7;

    private OrganismCalibration() {
    }

    public static void main(String[] args) {
        if (args.length > 2 && args[2].equals("outcomes")) {
            int people = Integer.parseInt(args[0]);
            Executor w = new LocalExecutor(Integer.parseInt(args[1]));
            System.out.println(outcomes(ParameterRegistry.builtIn().defaults(), people, w));
            return;
        }
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        System.out.println(run(ParameterRegistry.builtIn().defaults(), people, new LocalExecutor(threads)));
    }

    /** All calibrations against a parameter set (its own calibrated values are the starting point). */
    public static String run(ParameterSet set, int people, Executor w) {
        StringBuilder out = new StringBuilder();
        Map<String, Double> uncoupled = new HashMap<>();
        for (Organ o : Organ.values()) {
            uncoupled.put("organism.sasp.alpha." + o.id(), 0.0);
        }
        uncoupled.put("organism.immune.decline.human", 0.0);
        double karinMedian = medianDeath(set.with(uncoupled, ParameterSet.Origin.SCENARIO), Exposures.REFERENCE,
                people, w);
        double lo = 2;
        double hi = 16;
        for (int it = 0; it < 8; it++) {
            double mid = 0.5 * (lo + hi);
            double m = medianDeath(set.with(Map.of("organism.sasp.reference", mid), ParameterSet.Origin.SCENARIO),
                    Exposures.REFERENCE, people, w);
            if (m < karinMedian) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double sRef = round(0.5 * (lo + hi), 2);
        ParameterSet cal = set.with(Map.of("organism.sasp.reference", sRef), ParameterSet.Origin.SCENARIO);
        double coupledMedian = medianDeath(cal, Exposures.REFERENCE, people, w);
        out.append(String.format(Locale.ROOT, "median age at death, Karin's model (alpha = 0, no immune decline): %.2f years%n", karinMedian));
        out.append(String.format(Locale.ROOT, "organism.sasp.reference = %.2f (coupled median %.2f years)%n", sRef,
                coupledMedian));

        out.append(outcomes(cal, people, w));

        double lo2 = 0;
        double hi2 = 0.5;
        for (int it = 0; it < 8; it++) {
            double mid = 0.5 * (lo2 + hi2);
            double d = medianDeath(cal.with(Map.of("organism.exposure.smoking", mid), ParameterSet.Origin.SCENARIO),
                    Exposures.REFERENCE.withCigarettesPerDay(20), people, w);
            if (coupledMedian - d < 10) {
                lo2 = mid;
            } else {
                hi2 = mid;
            }
        }
        out.append(String.format(Locale.ROOT, "organism.exposure.smoking = %.3f per pack a day (10 years lost)%n",
                0.5 * (lo2 + hi2)));
        return out.toString();
    }

    /** The outcome maps (reference loads, grip, memory, frailty, skin fraction) for a calibrated mortality. */
    public static String outcomes(ParameterSet cal, int people, Executor w) {
        StringBuilder out = new StringBuilder();
        OrganismModel men = OrganismModel.builder(cal).species(Species.HUMAN).sex(Sex.MALE).build();
        Cohort c = new CohortDesign(men, 1, people, START, WEEK).start(w);
        c.advanceTo(25);
        double skin25 = median(c.stateColumn(Organ.SKIN.ordinal()));
        c.advanceTo(34);
        double[] muscle34 = c.stateColumn(OrganismEquations.LOAD_MUSCLE);
        double medianMuscle34 = median(muscle34);
        double ref = quantile(muscle34, 0.9);
        double refBrain = median(c.stateColumn(OrganismEquations.LOAD_BRAIN));
        double refTotal = median(c.stateColumn(OrganismEquations.LOAD_TOTAL));
        c.advanceTo(50);
        double lm50 = median(c.stateColumn(OrganismEquations.LOAD_MUSCLE));
        double[][] men50 = {c.stateColumn(OrganismEquations.LOAD_MUSCLE), c.stateColumn(OrganismEquations.TRAIT_GRIP_PEAK)};
        c.advanceTo(80);
        double lb80 = median(c.stateColumn(OrganismEquations.LOAD_BRAIN));
        double lt80 = median(c.stateColumn(OrganismEquations.LOAD_TOTAL));
        c.advanceTo(85);
        double lm85 = median(c.stateColumn(OrganismEquations.LOAD_MUSCLE));
        double[][] men85 = {c.stateColumn(OrganismEquations.LOAD_MUSCLE), c.stateColumn(OrganismEquations.TRAIT_GRIP_PEAK)};
        c.advanceTo(95);
        double skin95 = median(c.stateColumn(Organ.SKIN.ordinal()));
        OrganismModel women = OrganismModel.builder(cal).species(Species.HUMAN).sex(Sex.FEMALE).build();
        Cohort f = new CohortDesign(women, 1, people, START, WEEK).start(w);
        f.advanceTo(50);
        double[][] women50 = {f.stateColumn(OrganismEquations.LOAD_MUSCLE), f.stateColumn(OrganismEquations.TRAIT_GRIP_PEAK)};
        f.advanceTo(85);
        double[][] women85 = {f.stateColumn(OrganismEquations.LOAD_MUSCLE), f.stateColumn(OrganismEquations.TRAIT_GRIP_PEAK)};
        double floor = cal.get("organism.grip.floor");
        out.append(String.format(Locale.ROOT, "organism.function.reference_load.human = %.3f (90th centile of the muscle load at 34; median %.3f)%n",
                ref, medianMuscle34));
        out.append(String.format(Locale.ROOT, "  median muscle load 50: %.3f, 85: %.3f%n", lm50, lm85));
        out.append(String.format(Locale.ROOT, "organism.grip.loss.male = %.2f kg%n", gripLoss(men50, men85, ref, floor, 0.59 * 35)));
        out.append(String.format(Locale.ROOT, "organism.grip.loss.female = %.2f kg%n", gripLoss(women50, women85, ref, floor, 0.31 * 35)));
        double p = cal.get("organism.frailty.baseline");
        double ceiling = cal.get("organism.frailty.ceiling");
        out.append(String.format(Locale.ROOT, "organism.function.reference_load.brain.human = %.3f, .total.human = %.3f (medians at 34)%n",
                refBrain, refTotal));
        out.append(String.format(Locale.ROOT, "organism.memory.loss = %.3f SD (median brain load 80: %.3f)%n",
                1.0 / (lb80 - refBrain), lb80));
        out.append(String.format(Locale.ROOT, "organism.frailty.rate = %.3f (median total load 80: %.3f)%n",
                -Math.log((ceiling - 0.2) / (ceiling - p)) / (lt80 - refTotal), lt80));
        out.append(String.format(Locale.ROOT, "organism.skin.fraction_per_unit = %.4f (median skin burden 25: %.3f, 95: %.3f)%n",
                Math.sqrt(0.03 / skin25 * 0.175 / skin95), skin25, skin95));

        OrganismModel mice = OrganismModel.builder(cal).species(Species.MOUSE).build();
        Cohort m = new CohortDesign(mice, 1, people, 0.25, 1.0).start(w);
        m.advance(1);
        out.append(String.format(Locale.ROOT, "organism.function.reference_load.mouse = %.3f, .brain.mouse = %.3f, .total.mouse = %.3f (medians at 3 months)%n",
                median(m.stateColumn(OrganismEquations.LOAD_MUSCLE)), median(m.stateColumn(OrganismEquations.LOAD_BRAIN)),
                median(m.stateColumn(OrganismEquations.LOAD_TOTAL))));

        return out.toString();
    }

    private static double medianDeath(ParameterSet set, Exposures e, int people, Executor w) {
        OrganismModel model = OrganismModel.builder(set).species(Species.HUMAN).exposures(e).build();
        Cohort c = new CohortDesign(model, 1, people, START, WEEK).start(w);
        c.advanceTo(END);
        return new MortalityTable(c.deathAges(), START, END).medianDeathAge();
    }

    /**
     * Grip lost per unit load above {@code ref} such that the median grip of the living falls by
     * {@code drop} kg between the two readings (bisection; each reading is {load[], personal peak[]}).
     */
    private static double gripLoss(double[][] first, double[][] second, double ref, double floor, double drop) {
        double lo = 0;
        double hi = 200;
        for (int it = 0; it < 60; it++) {
            double g = 0.5 * (lo + hi);
            double d = medianGrip(first, ref, floor, g) - medianGrip(second, ref, floor, g);
            if (d < drop) {
                lo = g;
            } else {
                hi = g;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double medianGrip(double[][] reading, double ref, double floor, double g) {
        double[] grip = new double[reading[0].length];
        for (int i = 0; i < grip.length; i++) {
            double peak = reading[1][i];
            grip[i] = Double.isNaN(reading[0][i]) ? Double.NaN
                    : Math.max(floor * peak, peak - g * Math.max(0.0, reading[0][i] - ref));
        }
        return median(grip);
    }

    private static double quantile(double[] v, double q) {
        double[] a = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
        return a.length == 0 ? Double.NaN : a[(int) Math.min(a.length - 1, Math.floor(q * a.length))];
    }

    private static double median(double[] v) {
        double[] a = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
        return a.length == 0 ? Double.NaN : (a.length % 2 == 1 ? a[a.length / 2]
                : 0.5 * (a[a.length / 2 - 1] + a[a.length / 2]));
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
