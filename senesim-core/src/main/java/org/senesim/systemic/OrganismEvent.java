package org.senesim.systemic;

import java.util.EnumSet;
import java.util.Set;

/**
 * Something done to the organism at a given age: an experiment or an intervention. Events are
 * applied at the start of the first step whose start age is at or after {@link #ageYears()}.
 */
public sealed interface OrganismEvent permits OrganismEvent.Injection, OrganismEvent.SenolyticDose,
        OrganismEvent.ExposureChange {

    /** Age at which the event happens, years. */
    double ageYears();

    /**
     * Injection or transplant of senescent cells, e.g. Xu 2018 (0.2–1 × 10⁶ senescent preadipocytes
     * intraperitoneally) or Franco 2025 (senescent fibroblasts intradermally). The cell count is
     * turned into whole-body burden units with {@code organism.injection.cells_per_unit.<species>}:
     * into one organ the organ's burden rises by {@code units / w_o} (so the whole-body burden rises
     * by {@code units}); into the whole body ({@code organ == null}) every organ rises by
     * {@code units}.
     *
     * @param organ target organ, or {@code null} for the whole body
     * @param cells number of senescent cells injected
     */
    record Injection(double ageYears, Organ organ, double cells) implements OrganismEvent {
        public Injection {
            if (!(cells >= 0) || Double.isInfinite(cells)) {
                throw new IllegalArgumentException("cells must be finite and >= 0, got " + cells);
            }
        }

        /** Injection into the whole body (spread over all organs). */
        public static Injection body(double ageYears, double cells) {
            return new Injection(ageYears, null, cells);
        }
    }

    /**
     * One senolytic dose: the given fraction of senescent cells of each targeted organ is removed
     * at once (the hook for intervention modules; e.g. a three-day course of dasatinib + quercetin).
     *
     * @param organs       organs the drug reaches (all of them for an oral drug, the skin for a topical one)
     * @param killFraction fraction of senescent cells removed, in [0, 1]
     */
    record SenolyticDose(double ageYears, Set<Organ> organs, double killFraction) implements OrganismEvent {
        public SenolyticDose {
            if (!(killFraction >= 0 && killFraction <= 1)) {
                throw new IllegalArgumentException("killFraction must lie in [0, 1], got " + killFraction);
            }
            organs = Set.copyOf(organs);
        }

        /** A systemic dose reaching every organ. */
        public static SenolyticDose systemic(double ageYears, double killFraction) {
            return new SenolyticDose(ageYears, EnumSet.allOf(Organ.class), killFraction);
        }
    }

    /** New exposures from this age on (e.g. smoking stops). */
    record ExposureChange(double ageYears, Exposures exposures) implements OrganismEvent {
    }
}
