package org.senesim.tissue;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Person;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import java.util.Map;

/** Small patches and people for tissue tests. */
final class TissueTestSupport {

    private TissueTestSupport() {
    }

    static Person person(double age) {
        return new Person(Species.HUMAN, Sex.FEMALE, age, 2, 45, 1.5, 0, 0, 0, 0, Diet.BALANCED);
    }

    static ParameterSet defaults() {
        return ParameterRegistry.builtIn().defaults();
    }

    static ParameterSet with(Map<String, Double> overrides) {
        return ParameterSet.of(ParameterRegistry.builtIn(), overrides);
    }

    static TissuePatch run(ParameterSet p, Person person, Lattice lattice, long seed, int threads, long days) {
        try (Workers w = new Workers(threads)) {
            TissuePatch patch = new TissuePatch(p, person, lattice, seed, w);
            for (long d = 0; d < days; d++) {
                patch.step(w);
            }
            return patch;
        }
    }
}
