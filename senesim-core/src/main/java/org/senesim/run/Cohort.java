package org.senesim.run;

import org.senesim.systemic.CohortSnapshot;
import org.senesim.systemic.DeathCause;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismCohort;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link CohortDesign} under way: its blocks of people ({@link OrganismCohort}s, each a pure
 * function of the design and its entity range) advanced together. Every advance is one set of
 * independent tasks, one per block, that the {@link Executor} runs where it runs designs (threads of
 * this JVM for a {@link LocalExecutor}); between advances the caller applies events and reads
 * everyone's state, in person order, as if the cohort were one array. The blocks write only their own
 * people, so the numbers are bit-identical for any executor and thread count.
 */
public final class Cohort {

    private final CohortDesign design;
    private final Executor executor;
    private final List<OrganismCohort> blocks = new ArrayList<>();

    Cohort(CohortDesign design, Executor executor) {
        this.design = design;
        this.executor = Objects.requireNonNull(executor, "executor");
        OrganismModel model = design.model();
        double skinStart = design.skin() == null ? Double.NaN
                : design.skin().start(design.size(), design.startAgeYears(), design.dtDays());
        for (CohortDesign.Block b : design.blocks()) {
            blocks.add(model.cohortBlock(design.seed(), b.first(), b.size(), design.startAgeYears(), design.dtDays(),
                    design.skin(), skinStart));
        }
    }

    /** The design this cohort runs. */
    public CohortDesign design() {
        return design;
    }

    /** Advances every living person by {@code steps} steps: one task per block, run by the executor. */
    public void advance(int steps) {
        if (steps <= 0) {
            return;
        }
        if (design.skin() != null) {
            // the shared skin tabulates the steps once, from this thread, before the blocks read them
            design.skin().prepare(blocks.get(0).stepIndex() + steps);
        }
        List<Runnable> tasks = new ArrayList<>(blocks.size());
        for (OrganismCohort b : blocks) {
            tasks.add(() -> b.advance(steps));
        }
        executor.runTasks(tasks);
    }

    /** Advances until the cohort's age reaches {@code ageYears} (rounded up to whole steps). */
    public void advanceTo(double ageYears) {
        long remaining = OrganismModel.stepsBetween(design.startAgeYears(), ageYears, design.dtDays()) - stepIndex();
        while (remaining > 0) {
            int n = (int) Math.min(remaining, Integer.MAX_VALUE);
            advance(n);
            remaining -= n;
        }
    }

    /** Applies an event to every living person now. */
    public void apply(OrganismEvent event) {
        for (OrganismCohort b : blocks) {
            b.apply(event);
        }
    }

    /**
     * Gives every block to {@code action} (on this thread, in person order): for per-step appliers
     * written for one {@link OrganismCohort}, such as {@code intervention.CohortApplier#beforeStep}.
     */
    public void forEachBlock(Consumer<OrganismCohort> action) {
        blocks.forEach(action);
    }

    /** Continuous senolytic removal rate (per day) for an organ, for everyone, from now on. */
    public void setSenolyticRate(Organ organ, double perDay) {
        for (OrganismCohort b : blocks) {
            b.setSenolyticRate(organ, perDay);
        }
    }

    public double ageYears() {
        return blocks.get(0).ageYears();
    }

    public long stepIndex() {
        return blocks.get(0).stepIndex();
    }

    public int size() {
        return design.size();
    }

    public int aliveCount() {
        int n = 0;
        for (OrganismCohort b : blocks) {
            n += b.aliveCount();
        }
        return n;
    }

    public OrganismParameters parameters() {
        return blocks.get(0).parameters();
    }

    /** Ages at death (NaN for the living), everyone in person order. */
    public double[] deathAges() {
        double[] out = new double[size()];
        for (OrganismCohort b : blocks) {
            System.arraycopy(b.deathAges(), 0, out, b.firstPerson(), b.size());
        }
        return out;
    }

    /** Death causes, everyone in person order. */
    public DeathCause[] deathCauses() {
        DeathCause[] out = new DeathCause[size()];
        for (OrganismCohort b : blocks) {
            System.arraycopy(b.deathCauses(), 0, out, b.firstPerson(), b.size());
        }
        return out;
    }

    /** One state component for everyone in person order (NaN for the dead); see {@link OrganismCohort#stateColumn}. */
    public double[] stateColumn(int component) {
        double[] out = new double[size()];
        for (OrganismCohort b : blocks) {
            System.arraycopy(b.stateColumn(component), 0, out, b.firstPerson(), b.size());
        }
        return out;
    }

    /** Observations of everyone now, in person order; values of the dead are NaN. */
    public CohortSnapshot snapshot() {
        List<CohortSnapshot> parts = new ArrayList<>(blocks.size());
        for (OrganismCohort b : blocks) {
            parts.add(b.snapshot());
        }
        return CohortSnapshot.concat(parts);
    }
}
