package org.senesim.systemic;

/**
 * The array variant of {@link SkinSource}: the skin of every person of an {@link OrganismCohort},
 * kept by the skin model in its own struct-of-arrays state. The cohort calls
 * {@link #start} once, then before each batch of steps {@link #prepare} from one thread, then
 * {@link #advance} for each living person and step from the worker threads (different people at
 * the same time: an implementation writes only person {@code i}'s slots in {@code advance(i, ...)}
 * and reads shared state that {@code prepare} made ready). Values are organism burden units, as
 * for {@link SkinSource}. One instance serves one cohort.
 */
public interface CohortSkin {

    /**
     * Sets up {@code size} people starting at {@code startAgeYears}, advanced in steps of
     * {@code dtDays}; returns everyone's starting burden (all people start alike).
     */
    double start(int size, double startAgeYears, double dtDays);

    /** Makes the steps {@code 0 .. endStep − 1} ready to be advanced; called from one thread. */
    void prepare(long endStep);

    /**
     * Advances person {@code person} over step {@code step} (ages {@code ageYears} to
     * {@code ageYears + dtDays/365.25}) with the organism's values at the start of the step, and
     * returns the skin burden at the end of the step.
     *
     * @param bloodSasp       blood SASP {@code S}, organism burden units
     * @param immuneCapacity  immune capacity {@code I} (1 = young adult)
     * @param senolyticPerDay continuous senolytic removal rate aimed at the skin, per day
     */
    double advance(int person, long step, double ageYears, double bloodSasp, double immuneCapacity,
                   double senolyticPerDay);

    /**
     * Adds senescent burden (organism units of skin) to one person at once: an injection, after
     * {@code stepsDone} steps of the cohort.
     */
    void addBurden(int person, long stepsDone, double units);

    /** Removes a fraction of one person's senescent skin cells at once: a senolytic dose. */
    void kill(int person, double fraction);
}
