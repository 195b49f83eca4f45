package org.senesim.run;

import org.senesim.systemic.CohortSkin;
import org.senesim.systemic.OrganismCohort;
import org.senesim.systemic.OrganismModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to run for an organism cohort: {@code size} people of one organism model (entities
 * {@code 0 .. size−1} of the random streams, so person {@code i} lives the same noise in every cohort
 * made with the same seed: a treated cohort and its untreated twin differ by the treatment only),
 * from one start age, stepped {@code dtDays} at a time. The people are independent runs; the design
 * lists them as blocks of {@link OrganismCohort#GRAIN} people, and {@link #start(Executor)} gives the
 * {@link Cohort} whose steps an {@link Executor} spreads over its threads block by block. The blocks
 * are a partition of the people only: every block count and thread count gives the same numbers.
 *
 * @param model         the people's organism model (parameters, species, sex, exposures)
 * @param seed          the cohort's seed
 * @param size          people (&ge; 1)
 * @param startAgeYears everyone's age at enrolment
 * @param dtDays        the step, days
 * @param skin          the skin model of the cohort (one instance shared by its blocks), or null for
 *                      the organism's built-in skin compartment
 */
public record CohortDesign(OrganismModel model, long seed, int size, double startAgeYears, double dtDays,
                           CohortSkin skin) {

    public CohortDesign {
        Objects.requireNonNull(model, "model");
        if (size < 1) {
            throw new IllegalArgumentException("cohort size must be >= 1, got " + size);
        }
    }

    /** A cohort with the built-in skin compartment. */
    public CohortDesign(OrganismModel model, long seed, int size, double startAgeYears, double dtDays) {
        this(model, seed, size, startAgeYears, dtDays, null);
    }

    /** One block of people: entities {@code first .. first + size − 1}. */
    public record Block(int first, int size) {
    }

    /** The blocks, in person order: {@link OrganismCohort#GRAIN} people each, the last one the rest. */
    public List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (int first = 0; first < size; first += OrganismCohort.GRAIN) {
            out.add(new Block(first, Math.min(OrganismCohort.GRAIN, size - first)));
        }
        return out;
    }

    /** The cohort at enrolment, its steps run by {@code executor}. */
    public Cohort start(Executor executor) {
        return new Cohort(this, executor);
    }
}
