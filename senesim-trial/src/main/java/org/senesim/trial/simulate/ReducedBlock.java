package org.senesim.trial.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.OrganApplier;
import org.senesim.intervention.SystemicDay;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismPeople;
import org.senesim.systemic.SkinSource;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Participant;

/**
 * Reduced-skin trial people followed side by side ({@code fidelity: reduced-skin}): up to
 * {@link #PEOPLE} units at a time in one {@link OrganismPeople} block (flat arrays, one step for
 * everyone, then everyone's endpoints), instead of one {@code OrganismSimulation} after another.
 * A block holds units of as few strata as the call allows (sorted by stratum): measured, units of
 * many strata side by side spent their gain on reading many strata's tables at each step.
 *
 * <p>Each unit's record is bit for bit the one {@link ReducedLives#simulate} gives it alone (the
 * same starting state, skin on its stratum's tables, the same doses before the same steps, the same
 * endpoint reading as {@link PersonSimulator#follow}; {@code ReducedSkinTrialTest} checks it), so
 * how units are grouped into blocks or threads changes nothing. Units whose arm changes exposures
 * (lifestyle steps) go the single way; people with their own registry values in a treated arm take
 * their own applier's doses over each step's days, as on the single way.
 */
final class ReducedBlock {

    /** Units per block: 256 people × 26 state arrays × 8 bytes ≈ 53 KB, near L2. */
    static final int PEOPLE = 256;

    private final ReducedLives lives;
    private final Trial trial;
    private final List<Endpoint> endpoints;
    /** Units per block (smaller in tests, so blocks fill and turn over). */
    int people = PEOPLE;

    ReducedBlock(ReducedLives lives) {
        this.lives = lives;
        this.trial = lives.trial;
        this.endpoints = trial.endpoints();
    }

    /** One unit in the block: what {@link PersonSimulator#follow} keeps in its locals. */
    private static final class Follow {
        Unit unit;
        int index;
        double[][] survive;
        /** The person's own applier when they do not take the stratum's doses (own registry values), else null. */
        OrganApplier organs;
        OrganismModel model;
        OrganismModel.StartingState state;
        SkinSource skin;
        /** The stratum's place among this call's strata (first seen, first). */
        int rank;
        double enrol;
        double followUp;
        double loss;
        double censor;
        double elapsed;
        boolean running;
        double[] times;
        boolean[] events;
        boolean[] prevalent;
        int out;
    }

    /**
     * Follows units {@code [from, to)} of {@code units} and writes their records to {@code out} at
     * the same indices; {@code parameters[k]} and {@code loss[k]} are unit {@code k}'s (relative to
     * {@code from}).
     */
    void simulate(List<Unit> units, int from, int to, ParameterSet[] parameters, double[] loss, UnitRecord[] out) {
        // first in unit order (a person's arms follow one another, so their start is made once),
        // then side by side grouped by stratum, so a block reads few strata's tables at each step
        List<Follow> flat = new ArrayList<>(to - from);
        IdentityHashMap<ReducedLives.Stratum, Integer> rank = new IdentityHashMap<>();
        for (int k = from; k < to; k++) {
            Unit u = units.get(k);
            ParameterSet ps = parameters[k - from];
            ReducedLives.Stratum st = lives.stratum(ReducedLives.key(u.arm(), u.person()));
            // survive is null exactly when the arm changes exposures
            if (!lives.flat || !st.timeline().isEmpty() && st.survive() == null) {
                out[k] = lives.simulate(u, ps, loss[k - from]);
                continue;
            }
            Participant p = u.person();
            ReducedLives.Started s = lives.started(p, ps);
            Follow f = new Follow();
            f.unit = u;
            f.out = k;
            f.loss = loss[k - from];
            f.model = s.model();
            f.state = s.state();
            f.skin = st.skin().person(ps, s.model().parameters(), s.blood());
            f.rank = rank.computeIfAbsent(st, x -> rank.size());
            if (!st.timeline().isEmpty()) {
                if (ps == lives.base && lives.shareOrganDoses) {
                    f.survive = st.survive();
                } else {
                    f.organs = new OrganApplier(st.timeline(), ps, PersonSimulator.person(p));
                }
            }
            flat.add(f);
        }
        flat.sort(Comparator.comparingInt(f -> f.rank));
        OrganismPeople block = new OrganismPeople(people, lives.dtDays, false);  // the reduced skin's people ignore the stem-cell reserve
        Follow[] follows = new Follow[people];
        int n = 0;
        for (Follow f : flat) {
            f.index = block.add(f.model, f.state, f.skin);
            begin(block, f);
            follows[n++] = f;
            if (n == people) {
                run(block, follows, n, out);
                block.clear();
                n = 0;
            }
        }
        if (n > 0) {
            run(block, follows, n, out);
        }
    }

    /** The start of {@link PersonSimulator#follow}: censoring and the endpoints prevalent at enrolment. */
    private void begin(OrganismPeople block, Follow f) {
        int m = endpoints.size();
        f.enrol = f.unit.person().ageYears();
        f.followUp = trial.design().followUpYears(f.enrol);
        f.censor = Math.min(f.followUp, f.loss);
        f.times = new double[m];
        f.events = new boolean[m];
        f.prevalent = new boolean[m];
        Arrays.fill(f.times, Double.NaN);
        for (int e = 0; e < m; e++) {
            f.prevalent[e] = endpoints.get(e).timeToEvent() && crossed(block, f.index, endpoints.get(e));
        }
        f.elapsed = 0;
        f.running = block.alive(f.index) && f.elapsed < f.censor;
        if (!f.running) {
            block.stop(f.index);
        }
    }

    private void run(OrganismPeople block, Follow[] follows, int n, UnitRecord[] out) {
        int running = 0;
        for (int j = 0; j < n; j++) {
            running += follows[j].running ? 1 : 0;
        }
        int m = endpoints.size();
        while (running > 0) {
            int step = (int) block.stepIndex();
            // each unit's arm before the step: the stratum's doses to the distant organs
            for (int j = 0; j < n; j++) {
                Follow f = follows[j];
                if (!f.running) {
                    continue;
                }
                double[] today = f.survive != null ? f.survive[step] : f.organs != null ? own(f.organs, step) : null;
                if (today != null) {
                    for (int o = 0; o < ReducedLives.DISTANT.length; o++) {
                        if (today[o] < 1.0) {
                            block.applySenolytic(f.index, ReducedLives.DISTANT[o], 1.0 - today[o]);
                        }
                    }
                }
            }
            block.step();
            for (int j = 0; j < n; j++) {
                Follow f = follows[j];
                if (!f.running) {
                    continue;
                }
                int i = f.index;
                double age = block.ageYears(i);
                f.elapsed = age - f.enrol;
                if (!block.alive(i) || f.elapsed > f.censor) {
                    f.running = false;
                    block.stop(i);
                    running--;
                    continue;
                }
                for (int e = 0; e < m; e++) {
                    Endpoint ep = endpoints.get(e);
                    if (ep.kind() == Endpoint.Kind.VALUE_AT_AGE) {
                        if (Double.isNaN(f.times[e]) && age >= ep.ageYears() && ep.ageYears() >= f.enrol) {
                            f.times[e] = value(block, i, ep.measure());
                        }
                    } else if (!f.events[e] && !f.prevalent[e] && crossed(block, i, ep)) {
                        f.events[e] = true;
                        f.times[e] = f.elapsed;
                    }
                }
                if (f.elapsed >= f.censor) {
                    f.running = false;
                    block.stop(i);
                    running--;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            out[follows[j].out] = record(block, follows[j]);
        }
    }

    /**
     * The distant organs' surviving shares over step {@code k}'s days from the person's own applier,
     * as {@link ReducedLives#simulate} computes them (its arms here change no exposure).
     */
    private double[] own(OrganApplier organs, long k) {
        long stepDays = Math.round(lives.dtDays);
        long first = k * stepDays;
        double[] survive = {1.0, 1.0, 1.0, 1.0};
        for (long day = first; day < first + stepDays; day++) {
            SystemicDay today = organs.on(day);
            for (int o = 0; o < ReducedLives.DISTANT.length; o++) {
                survive[o] *= 1.0 - today.senolyticKillFraction(ReducedLives.DISTANT[o]);
            }
        }
        return survive;
    }

    /** The end of {@link PersonSimulator#follow}: death, loss and the censored times. */
    private UnitRecord record(OrganismPeople block, Follow f) {
        int i = f.index;
        double deathAge = Double.NaN;
        String cause = null;
        double end = Math.min(f.elapsed, f.censor);
        if (!block.alive(i) && block.deathAgeYears(i) - f.enrol <= f.censor) {
            deathAge = block.deathAgeYears(i);
            cause = block.deathCause(i).toString();
            end = deathAge - f.enrol;
        }
        boolean lost = Double.isNaN(deathAge) && f.loss < f.followUp;
        for (int e = 0; e < endpoints.size(); e++) {
            Endpoint ep = endpoints.get(e);
            if (ep.kind() == Endpoint.Kind.DEATH) {
                f.events[e] = !Double.isNaN(deathAge);
                f.times[e] = end;
            } else if (ep.timeToEvent() && !f.events[e] && !f.prevalent[e]) {
                f.times[e] = end;
            }
        }
        return new UnitRecord(f.unit, f.enrol, end, lost, deathAge, cause, f.times, f.events);
    }

    private static boolean crossed(OrganismPeople block, int i, Endpoint ep) {
        return switch (ep.kind()) {
            case FRAILTY_ABOVE -> block.frailtyIndex(i) > ep.threshold();
            case MEMORY_BELOW -> block.memoryScore(i) < ep.threshold();
            case GRIP_BELOW -> block.gripStrengthKg(i) < ep.threshold();
            default -> false;
        };
    }

    private static double value(OrganismPeople block, int i, Endpoint.Measure measure) {
        return switch (measure) {
            case FRAILTY -> block.frailtyIndex(i);
            case MEMORY -> block.memoryScore(i);
            case GRIP -> block.gripStrengthKg(i);
            case TOTAL_BURDEN -> block.totalBurden(i);
            case SKIN_SENESCENT_FRACTION -> block.skinSenescentFraction(i);
            default -> throw new IllegalStateException(measure + " needs a skin fidelity");
        };
    }
}
