package org.senesim.trial.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.senesim.random.CounterRandom;
import org.senesim.trial.TrialStreams;
import org.senesim.trial.design.Design;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Participant;

/**
 * Screening and allocation, person by person in index order (so permuted blocks are the same
 * whatever the thread count): eligibility at enrolment, then the units of each enrolled person.
 *
 * <p>Parallel trials randomise each person to one arm: with {@code block > 0}, permuted blocks of
 * equal shares within each stratum (the block's order drawn from the stratum and block number);
 * otherwise simple randomisation by the arms' weights, keyed by the person.
 */
public final class Allocation {

    private final Trial trial;
    private final long seed;
    private final Map<String, int[]> blocks = new HashMap<>();

    public Allocation(Trial trial) {
        this.trial = trial;
        this.seed = trial.population().seed();
        if (trial.arms().size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " arms (a screened block keeps one byte per person)");
        }
    }

    /** Whether the person may enrol. */
    public boolean eligible(Participant p) {
        Design d = trial.design();
        return p.ageYears() >= d.minAge() && p.ageYears() <= d.maxAge() && d.followUpYears(p.ageYears()) > 0;
    }

    /** The stratum label of a person, e.g. "sex=female"; "all" when unstratified. */
    public String stratum(Participant p) {
        List<String> by = trial.design().stratifyBy();
        if (by.isEmpty()) {
            return "all";
        }
        StringBuilder b = new StringBuilder();
        for (String s : by) {
            b.append(b.length() == 0 ? "" : ",").append(s).append('=').append(switch (s) {
                case "sex" -> p.sex().toString();
                case "fitzpatrick" -> Integer.toString(p.fitzpatrick());
                case "smoking" -> p.smokingPacksPerDay() > 0 ? "smoker" : "non-smoker";
                case "diet" -> p.diet().id();
                default -> "?";
            });
        }
        return b.toString();
    }

    /**
     * Screens people {@code from} (inclusive) to {@code to} (exclusive) and allocates the eligible
     * ones. Must be called block after block in person order (permuted blocks carry over).
     */
    public PersonBlock screen(int from, int to) {
        byte[] arms = new byte[to - from];
        for (int i = from; i < to; i++) {
            Participant p = trial.population().person(i);
            int arm = PersonBlock.NOT_ELIGIBLE;
            if (eligible(p)) {
                arm = trial.design().type() == Design.Type.PARALLEL ? randomise(p, stratum(p)) : PersonBlock.EVERY_ARM;
            }
            arms[i - from] = (byte) arm;
        }
        return new PersonBlock(from, arms);
    }

    /**
     * The units of the people of a screened block, in person and arm order. A pure function of the
     * trial and the block, so another machine given the block rebuilds the same units.
     */
    public List<Unit> units(PersonBlock block) {
        List<Unit> out = new ArrayList<>();
        int arms = trial.arms().size();
        for (int k = 0; k < block.size(); k++) {
            int arm = block.arm(k);
            if (arm == PersonBlock.NOT_ELIGIBLE) {
                continue;
            }
            Participant p = trial.population().person(block.from() + k);
            String stratum = stratum(p);
            switch (trial.design().type()) {
                case PARALLEL -> out.add(new Unit(p, arm, "whole", stratum));
                case SPLIT_BODY -> {
                    for (int a = 0; a < arms; a++) {
                        out.add(new Unit(p, a, "site-" + (a + 1), stratum));
                    }
                }
                case COUNTERFACTUAL -> {
                    for (int a = 0; a < arms; a++) {
                        out.add(new Unit(p, a, "whole", stratum));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return out;
    }

    private int randomise(Participant p, String stratum) {
        int arms = trial.arms().size();
        int block = trial.design().block();
        if (block <= 0) {
            double total = 0;
            for (var a : trial.arms()) {
                total += a.weight();
            }
            double u = CounterRandom.uniform(seed, TrialStreams.RANDOMISATION, 0, p.id(), 0) * total;
            for (int a = 0; a < arms; a++) {
                u -= trial.arms().get(a).weight();
                if (u < 0) {
                    return a;
                }
            }
            return arms - 1;
        }
        // state: [position in block, block number, the block's arms...]
        int[] state = blocks.computeIfAbsent(stratum, s -> new int[2 + block]);
        if (state[0] == 0) {
            long stratumKey = org.senesim.evidence.ParameterSet.samplingEntity(stratum);
            long key = CounterRandom.key(seed, TrialStreams.RANDOMISATION, 1L + state[1]);
            for (int k = 0; k < block; k++) {
                state[2 + k] = k % arms;
            }
            for (int k = block - 1; k > 0; k--) {   // Fisher–Yates with counter-based draws
                int j = (int) (CounterRandom.uniform(key, stratumKey, k) * (k + 1));
                int tmp = state[2 + k];
                state[2 + k] = state[2 + j];
                state[2 + j] = tmp;
            }
        }
        int arm = state[2 + state[0]];
        state[0]++;
        if (state[0] == block) {
            state[0] = 0;
            state[1]++;
        }
        return arm;
    }
}
