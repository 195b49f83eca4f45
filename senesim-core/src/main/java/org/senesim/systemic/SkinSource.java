package org.senesim.systemic;

/**
 * Where the organism model gets the skin's senescent burden from: the seam between the organism
 * and the skin models.
 *
 * <p>Each organism step the model calls {@link #advance} once, telling the skin the blood SASP and
 * immune capacity at the start of the step; the skin advances by {@code dtDays} and returns its
 * senescent burden at the end of the step in organism units (the unit in which the whole-body
 * burden {@code Σ w_o·X_o} is Karin's {@code X}; convert a senescent fibroblast fraction with
 * {@link OrganismParameters#skinBurdenFromFraction}). The organism uses that value for the blood
 * SASP, the whole-body burden and death in the following steps.
 *
 * <p>Implementations: {@link CompartmentSkin}, the default, is the skin as one more SDE compartment
 * (identical numbers to the built-in skin); the live tissue patch and a mean-field skin model can
 * implement this interface, either stepping themselves inside {@code advance} or, when the tissue
 * engine drives the patch, returning the value the engine last stored. One instance serves one
 * simulated person.
 */
public interface SkinSource {

    /**
     * Burden at the start of the simulation, in organism units. {@code suggested} is the organism
     * model's own quasi-stationary value for this age; a source with its own state may ignore it.
     */
    double start(double startAgeYears, double suggested);

    /** Advances the skin over one organism step and returns its burden at the end of the step. */
    double advance(SkinStep step);

    /**
     * Adds senescent burden (organism units of skin) at once: an intradermal injection or
     * transplant. Sources that cannot represent it throw {@link UnsupportedOperationException}.
     */
    void addBurden(double units);

    /** Removes a fraction of the skin's senescent cells at once: one senolytic dose reaching the skin. */
    void kill(double fraction);

    /**
     * Whether {@link #advance} reads {@link SkinStep#stemCellReserve}. A source that does not is
     * handed NaN there, which spares the organism an exponential a step. Default true.
     */
    default boolean readsStemCellReserve() {
        return true;
    }
}
