package org.senesim.report.compare;

import org.senesim.observe.SummaryItem;
import org.senesim.report.Numbers;
import org.senesim.run.ArmRun;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The organism model's deaths of a comparison in one short line, seed by seed: every arm of a seed
 * lives the same random numbers, so its arms mostly die together and one entry says so
 * ({@code seed 5 at 56.7}); where a treatment moved the death, each arm's fate is given
 * ({@code seed 3: no-treatment at 75.7, pre-juvenation alive at 85, reactive at 75.7}). The console
 * and the report use it alike.
 */
public final class Deaths {

    private Deaths() {
    }

    /** The deaths of the runs, [replicate][arm]; empty when everyone lived to the end. */
    public static String bySeed(List<List<ArmRun>> replicates) {
        List<String> out = new ArrayList<>();
        for (List<ArmRun> replicate : replicates) {
            List<String> fates = new ArrayList<>();
            Set<String> ages = new LinkedHashSet<>();
            for (ArmRun r : replicate) {
                String age = null;
                for (SummaryItem item : r.result().summary()) {
                    if (item.id().equals("age_at_death") && !Double.isNaN(item.value())) {
                        age = Numbers.readable(item.value(), 3);
                    }
                }
                ages.add(age == null ? "alive" : age);
                fates.add(r.arm().name() + (age == null ? " alive at " + Numbers.readable(r.scenario().endAgeYears(), 3)
                        : " at " + age));
            }
            if (ages.equals(Set.of("alive"))) {
                continue;
            }
            long seed = replicate.get(0).scenario().seed();
            out.add(ages.size() == 1 ? "seed " + seed + " at " + ages.iterator().next()
                    : "seed " + seed + ": " + String.join(", ", fates));
        }
        return String.join("; ", out);
    }
}
