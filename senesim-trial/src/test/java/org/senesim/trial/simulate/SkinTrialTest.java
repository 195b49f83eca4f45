package org.senesim.trial.simulate;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.trial.design.Trial;
import org.senesim.trial.design.TrialLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trials on a skin fidelity run each unit through the run layer: the split-body fractional-laser
 * example, a few people on the mean-field skin, confined to the treated site.
 */
class SkinTrialTest {

    private static Trial example(int people) {
        Trial t = TrialLoader.load(Path.of("..", "examples", "trials", "split-body-fractional-laser.yaml"));
        return t.with(t.population().resized(people, t.population().seed()), t.minTier());
    }

    private static List<UnitRecord> run(Trial trial) {
        Allocation allocation = new Allocation(trial);
        PersonSimulator simulator = new PersonSimulator(trial, ParameterRegistry.builtIn().defaults());
        List<UnitRecord> out = new ArrayList<>();
        for (Unit u : allocation.units(allocation.screen(0, trial.population().size()))) {
            out.add(simulator.simulate(u));
        }
        return out;
    }

    @Test
    void theLaserLowersAksOnTheTreatedForearmOnlyAndTheTrialIsReproducible() {
        Trial trial = example(4);
        int ak = trial.endpoints().indexOf(trial.endpoint("ak_66"));
        List<UnitRecord> records = run(trial);
        assertThat(records).isNotEmpty();
        int pairs = 0;
        for (int k = 0; k + 1 < records.size(); k += 2) {
            UnitRecord untreated = records.get(k);
            UnitRecord laser = records.get(k + 1);
            assertThat(untreated.unit().person().id()).isEqualTo(laser.unit().person().id());
            assertThat(untreated.unit().arm()).isEqualTo(0);
            assertThat(laser.unit().arm()).isEqualTo(1);
            if (!Double.isNaN(untreated.times()[ak]) && !Double.isNaN(laser.times()[ak])) {
                assertThat(laser.times()[ak]).as("AKs per 100 cm2 at 66, laser forearm vs untreated")
                        .isLessThan(0.5 * untreated.times()[ak]);
                pairs++;
            }
        }
        assertThat(pairs).isPositive();
        List<UnitRecord> again = run(trial);
        for (int k = 0; k < records.size(); k++) {
            assertThat(again.get(k).times()).containsExactly(records.get(k).times());
            assertThat(again.get(k).events()).containsExactly(records.get(k).events());
        }
    }
}
