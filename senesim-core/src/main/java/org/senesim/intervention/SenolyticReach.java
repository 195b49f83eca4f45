package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;

/**
 * How much of an organ's senescent cells one course of a senolytic taken by mouth removes, per
 * species and organ. A drug kills only where it reaches, and only the senescent cell types that
 * depend on the pro-survival networks it blocks: dasatinib and quercetin removed senescent cells
 * from fat, bone and lung of old mice but had no robust effect in their liver and muscle (Islam
 * 2023), and dasatinib reaches the cerebrospinal fluid at under 1 % of its plasma level in people
 * (Gonzales 2023). So the fraction is the registry's organ figure,
 * {@code <kill parameter>.<species>.<organ>} (for example {@code intervention.dq.kill_fraction.human.brain}),
 * where the registry has one, and otherwise the drug's headline figure (its {@code kill_fraction}
 * parameter), the fraction measured where the drug was shown to work.
 *
 * <p>The organism model takes the organ fractions; the skin patch takes the skin's. One rule for
 * every caller (coupled runs, cohorts, trials, reproductions), so a drug does not act on organs in
 * one command and spare them in another.
 */
public final class SenolyticReach {

    private SenolyticReach() {
    }

    /** Registry id of an organ's own fraction for {@code killParameter} (which may be absent). */
    public static String organId(String killParameter, Species species, Organ organ) {
        return killParameter + "." + species.id() + "." + organ.id();
    }

    /**
     * Fraction of {@code organ}'s senescent cells removed by one oral course of the drug whose
     * headline kill fraction is {@code killParameter}.
     */
    public static double oralFraction(ParameterSet p, String killParameter, Species species, Organ organ) {
        return p.get(oralParameter(p, killParameter, species, organ));
    }

    /** The registry id {@link #oralFraction} reads: the organ's own figure where the set has one, else the drug's. */
    public static String oralParameter(ParameterSet p, String killParameter, Species species, Organ organ) {
        String own = organId(killParameter, species, organ);
        return p.values().containsKey(own) ? own : killParameter;
    }

    /** {@link #oralFraction} of every organ, indexed by {@link Organ#ordinal()}. */
    public static double[] oralFractions(ParameterSet p, String killParameter, Species species) {
        double[] f = new double[Organ.COUNT];
        for (Organ o : Organ.values()) {
            f[o.ordinal()] = oralFraction(p, killParameter, species, o);
        }
        return f;
    }

    /** The constant daily removal hazard that removes {@code fraction} over a course of {@code days}. */
    public static double dailyHazard(double fraction, double days) {
        return -Math.log1p(-Math.min(fraction, TreatmentEvent.MAX_COURSE_KILL)) / days;
    }

    /** The share removed on one day of such a course: {@code 1 − exp(−dailyHazard)}. */
    public static double dailyKill(double fraction, double days) {
        return -Math.expm1(-dailyHazard(fraction, days));
    }
}
