package org.senesim.coupling;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Person;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.OrganismModel;

/** Translates a scenario's person into the organism model's terms. */
public final class OrganismInputs {

    private static final double CIGARETTES_PER_PACK = 20.0;

    private OrganismInputs() {
    }

    /**
     * Exposures of the organs other than skin (the patch models the skin's own UV and oxidative
     * stress): cigarettes, alcohol, and diet risk 1 for a western or high-fat diet, 0 otherwise. UV
     * stays at the organism's reference because only the skin compartment uses it, and the patch
     * replaces that compartment.
     */
    public static Exposures exposures(Person p) {
        double diet = p.diet() == Diet.WESTERN || p.diet() == Diet.HIGH_FAT ? 1.0 : 0.0;
        return new Exposures(1.0, p.smokingPacksPerDay() * CIGARETTES_PER_PACK, p.alcoholDrinksPerWeek(), diet);
    }

    /** The organism model of a scenario's person: their species, sex and exposures, with {@code parameters}. */
    public static OrganismModel model(Person p, ParameterSet parameters) {
        return OrganismModel.builder(parameters)
                .species(p.species())
                .sex(p.sex())
                .exposures(exposures(p))
                .build();
    }
}
