package org.senesim.meanfield;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.senesim.run.Cohort;
import org.senesim.run.CohortDesign;
import org.senesim.run.LocalExecutor;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Person;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismCohort;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.systemic.SkinSource;
import org.senesim.systemic.SkinStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reduced mean-field skin against the full {@link MeanFieldSkin} it is derived from, and the
 * cohort built with it.
 */
class ReducedMeanFieldSkinTest {

    private static final ParameterSet P = ParameterRegistry.builtIn().defaults();
    private static final Lattice LATTICE = new Lattice(50, 1, 60, 20);
    private static final long SEED = 7;
    private static final double DT = 7.0;
    private static final double START = 20.0;

    private static Person person() {
        return new Person(Species.HUMAN, Sex.FEMALE, START, 2, 45, 1.5, 0, 0, 0, 0, Diet.BALANCED);
    }

    private static OrganismModel model() {
        return OrganismModel.builder(P).species(org.senesim.scenario.Species.HUMAN)
                .sex(org.senesim.scenario.Sex.FEMALE).build();
    }

    private static ReducedMeanFieldSkin reduced(OrganismModel model) {
        return new ReducedMeanFieldSkin(P, person(), LATTICE, model, MeanFieldSkin.BloodSasp.asPatchSkin(P, model, SEED));
    }

    /**
     * The check for a reduced skin: 24 people of the cohort (seed 7, entities 0–23), each
     * an organism with Karin's noise at weekly steps from 20 to 80; every step the same inputs
     * (blood SASP, immune capacity, senolytic rate) go to the full mean field and to the reduced
     * skin (the organism is coupled to the reduced one). The senescent fraction must agree within
     * 10% at every step of every living person, and the people's differences from each other must
     * be the full mean field's (correlation over the living at 30, 40, ..., 80).
     */
    @Test
    void agreesWithTheFullMeanFieldAlongNoisyOrganismPathsWithinTenPercent() {
        int people = 24;
        double end = 80.0;
        OrganismModel model = model();
        MeanFieldSkin.BloodSasp blood = MeanFieldSkin.BloodSasp.asPatchSkin(P, model, SEED);
        ReducedMeanFieldSkin reduced = reduced(model);
        reduced.start(people, START, DT);
        long steps = OrganismModel.stepsBetween(START, end, DT);
        reduced.prepare(steps);
        int[] ages = {30, 40, 50, 60, 70, 80};
        long[] sampleSteps = new long[ages.length];
        for (int a = 0; a < ages.length; a++) {
            sampleSteps[a] = OrganismModel.stepsBetween(START, ages[a], DT);
        }
        double[][] full = new double[ages.length][people];
        double[][] red = new double[ages.length][people];
        double[] worst = new double[people];
        try (Workers team = new Workers(2)) {
            team.forChunks(people, 1, (chunk, from, to) -> {
                for (int i = from; i < to; i++) {
                    MeanFieldSkin mf = new MeanFieldSkin(P, person(), LATTICE, model.parameters(), blood);
                    SkinSource both = new Tee(mf, reduced, i);
                    OrganismSimulation sim = model.start(SEED, i, START, DT, both);
                    int a = 0;
                    for (long s = 0; s < steps && sim.step(); s++) {
                        double f = mf.senescentFraction();
                        double r = reduced.senescentFraction(i, s + 1);
                        worst[i] = Math.max(worst[i], Math.abs(r / f - 1));
                        if (a < ages.length && s + 1 == sampleSteps[a]) {
                            full[a][i] = f;
                            red[a][i] = r;
                            a++;
                        }
                    }
                    for (; a < ages.length; a++) {
                        full[a][i] = Double.NaN;
                        red[a][i] = Double.NaN;
                    }
                }
            });
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "age alive  full mean  reduced  diff   max |diff|  spread (sd)  correlation%n"));
        List<String> failures = new ArrayList<>();
        for (int a = 0; a < ages.length; a++) {
            double mf = 0;
            double mr = 0;
            int n = 0;
            for (int i = 0; i < people; i++) {
                if (!Double.isNaN(full[a][i])) {
                    mf += full[a][i];
                    mr += red[a][i];
                    n++;
                }
            }
            mf /= n;
            mr /= n;
            double sff = 0;
            double srr = 0;
            double sfr = 0;
            double maxDiff = 0;
            for (int i = 0; i < people; i++) {
                if (!Double.isNaN(full[a][i])) {
                    double x = full[a][i] - mf;
                    double y = red[a][i] - mr;
                    sff += x * x;
                    srr += y * y;
                    sfr += x * y;
                    maxDiff = Math.max(maxDiff, Math.abs(red[a][i] / full[a][i] - 1));
                }
            }
            double correlation = sfr / Math.sqrt(sff * srr);
            table.append(String.format(Locale.ROOT, "%3d %5d  %8.4f%%  %7.4f%%  %+5.2f%%  %5.2f%%      %5.2f%%       %.3f%n",
                    ages[a], n, 100 * mf, 100 * mr, 100 * (mr / mf - 1), 100 * maxDiff, 100 * Math.sqrt(sff / n) / mf,
                    correlation));
            if (n < 8) {
                failures.add("too few people alive at " + ages[a] + ": " + n);
            }
            if (!(correlation > 0.9)) {
                failures.add(String.format(Locale.ROOT, "people's differences not followed at %d: correlation %.3f",
                        ages[a], correlation));
            }
        }
        double worstAll = 0;
        for (int i = 0; i < people; i++) {
            worstAll = Math.max(worstAll, worst[i]);
        }
        table.append(String.format(Locale.ROOT, "largest difference at any weekly step of any person: %.2f%%%n",
                100 * worstAll));
        System.out.print(table);
        if (worstAll > 0.10) {
            failures.add(String.format(Locale.ROOT, "senescent fraction off by %.1f%% at some step", 100 * worstAll));
        }
        assertThat(failures).as("%s", table).isEmpty();
    }

    /**
     * Three times the blood SASP for 40 years (same immune law): the skin's senescent fraction
     * rises in both models, and the reduced skin's rise is the full mean field's within 20%.
     */
    @Test
    void largerBloodSaspRaisesSkinSenescenceInBothModels() {
        OrganismModel model = model();
        double reference = model.start(SEED, 0, model.parameters().referenceAge(), DT).bloodSasp();
        ReducedMeanFieldSkin reduced = reduced(model);
        reduced.start(2, START, DT);
        MeanFieldSkin.BloodSasp blood = MeanFieldSkin.BloodSasp.asPatchSkin(P, model, SEED);
        MeanFieldSkin low = new MeanFieldSkin(P, person(), LATTICE, model.parameters(), blood);
        MeanFieldSkin high = new MeanFieldSkin(P, person(), LATTICE, model.parameters(), blood);
        low.start(START, 0);
        high.start(START, 0);
        long steps = OrganismModel.stepsBetween(START, 60, DT);
        reduced.prepare(steps);
        for (long s = 0; s < steps; s++) {
            double age = START + s * DT / 365.25;
            double immune = model.parameters().immuneCapacity(age);
            low.advance(new SkinStep(SEED, 0, s, age, DT, reference, immune, 1.0, 0.0, Exposures.REFERENCE, 1.0, 1.0));
            high.advance(new SkinStep(SEED, 1, s, age, DT, 3 * reference, immune, 1.0, 0.0, Exposures.REFERENCE, 1.0, 1.0));
            reduced.advance(0, s, age, reference, immune, 0.0);
            reduced.advance(1, s, age, 3 * reference, immune, 0.0);
        }
        double fullRise = high.senescentFraction() / low.senescentFraction() - 1;
        double reducedRise = reduced.senescentFraction(1, steps) / reduced.senescentFraction(0, steps) - 1;
        System.out.printf(Locale.ROOT, "3x blood SASP, 20 to 60: full mean field +%.1f%%, reduced +%.1f%%%n",
                100 * fullRise, 100 * reducedRise);
        assertThat(fullRise).isGreaterThan(0.02);
        assertThat(reducedRise).isGreaterThan(0.02);
        assertThat(reducedRise / fullRise).isBetween(0.8, 1.2);
    }

    /** Injections into the skin and senolytic doses act on each person's reduced skin as on the full one. */
    @Test
    void injectionAndSenolyticDoseMoveTheReducedSkinLikeTheFullOne() {
        OrganismModel model = model();
        ReducedMeanFieldSkin reduced = reduced(model);
        MeanFieldSkin full = new MeanFieldSkin(P, person(), LATTICE, model.parameters(),
                MeanFieldSkin.BloodSasp.asPatchSkin(P, model, SEED));
        SkinSource both = new Tee(full, reduced, 0);
        reduced.start(1, START, DT);
        OrganismSimulation sim = model.start(SEED, 0, START, DT, both);
        long toInjection = OrganismModel.stepsBetween(START, 40, DT);
        for (long s = 0; s < toInjection; s++) {
            sim.step();
        }
        sim.inject(Organ.SKIN, 1e9);
        double fullAfter = full.senescentFraction();
        double reducedAfter = reduced.senescentFraction(0, toInjection);
        assertThat(reducedAfter / fullAfter - 1).isBetween(-0.02, 0.02);
        for (int s = 0; s < 8; s++) {
            sim.step();
        }
        assertThat(reduced.senescentFraction(0, toInjection + 8) / full.senescentFraction() - 1).isBetween(-0.05, 0.05);
        sim.applySenolytic(java.util.Set.of(Organ.SKIN), 0.5);
        assertThat(reduced.senescentFraction(0, toInjection + 8) / full.senescentFraction() - 1).isBetween(-0.05, 0.05);
        for (int s = 0; s < 8; s++) {
            sim.step();
        }
        assertThat(reduced.senescentFraction(0, toInjection + 16) / full.senescentFraction() - 1).isBetween(-0.05, 0.05);
    }

    /**
     * A cohort with the reduced skin, events included, is bit-identical as one block on this thread
     * and as the run layer's blocks (sharing the skin) on two threads.
     */
    @Test
    void cohortIsBitIdenticalAsOneBlockAndAsBlocksOnTwoThreads() {
        OrganismModel model = model();
        int size = 3 * OrganismCohort.GRAIN + 17;
        OrganismCohort one = model.cohort(SEED, size, START, DT, reduced(model));
        Cohort blocks = new CohortDesign(model, SEED, size, START, DT, reduced(model)).start(new LocalExecutor(2));
        one.advanceTo(45);
        blocks.advanceTo(45);
        OrganismEvent injection = new OrganismEvent.Injection(45, Organ.SKIN, 1e9);
        one.apply(injection);
        blocks.apply(injection);
        one.advanceTo(50);
        blocks.advanceTo(50);
        OrganismEvent dose = new OrganismEvent.SenolyticDose(50, java.util.Set.of(Organ.SKIN), 0.3);
        one.apply(dose);
        blocks.apply(dose);
        one.advanceTo(95);
        blocks.advanceTo(95);
        double[] skin = one.stateColumn(Organ.SKIN.ordinal());
        assertThat(blocks.stateColumn(Organ.SKIN.ordinal())).isEqualTo(skin);
        assertThat(blocks.deathAges()).isEqualTo(one.deathAges());
        long alive = java.util.Arrays.stream(skin).filter(v -> !Double.isNaN(v)).count();
        assertThat(alive).isGreaterThan(0).isLessThan(size);
    }

    /**
     * Person i of a cohort with the reduced skin follows, bit for bit, the single person i stepped
     * with the reduced skin as its {@link SkinSource} (events included).
     */
    @Test
    void cohortPersonFollowsTheSinglePersonPathWithTheSameSkin() {
        OrganismModel model = model();
        int size = 40;
        long before = OrganismModel.stepsBetween(START, 40, DT);
        long after = OrganismModel.stepsBetween(START, 70, DT);
        OrganismEvent injection = new OrganismEvent.Injection(40, Organ.SKIN, 1e9);
        OrganismCohort cohort = model.cohort(SEED, size, START, DT, reduced(model));
        cohort.advance((int) before);
        cohort.apply(injection);
        cohort.advance((int) (after - before));
        double[] skin = cohort.stateColumn(Organ.SKIN.ordinal());
        double[] liver = cohort.stateColumn(Organ.LIVER.ordinal());
        double[] deaths = cohort.deathAges();
        for (int i : new int[] {0, 13, 39}) {
            OrganismSimulation sim = model.start(SEED, i, START, DT, reduced(model).source(DT));
            for (long s = 0; s < after; s++) {
                if (s == before && sim.alive()) {
                    sim.apply(injection);
                }
                sim.step();
            }
            if (sim.alive()) {
                assertThat(skin[i]).isEqualTo(sim.burden(Organ.SKIN));
                assertThat(liver[i]).isEqualTo(sim.burden(Organ.LIVER));
            } else {
                assertThat(deaths[i]).isEqualTo(sim.deathAgeYears());
            }
        }
    }

    /** Hands the same step to the full mean field and to person {@code i} of a reduced skin. */
    private static final class Tee implements SkinSource {
        private final MeanFieldSkin full;
        private final ReducedMeanFieldSkin reduced;
        private final int person;
        private long stepsDone;

        Tee(MeanFieldSkin full, ReducedMeanFieldSkin reduced, int person) {
            this.full = full;
            this.reduced = reduced;
            this.person = person;
        }

        @Override
        public double start(double startAgeYears, double suggested) {
            full.start(startAgeYears, suggested);
            return full.burdenUnits() * reduced.senescentFraction(person, 0)
                    / full.senescentFraction();
        }

        @Override
        public double advance(SkinStep step) {
            full.advance(step);
            reduced.prepare(step.step() + 1);
            stepsDone = step.step() + 1;
            return reduced.advance(person, step.step(), step.ageYears(), step.bloodSasp(), step.immuneCapacity(),
                    step.senolyticPerDay());
        }

        @Override
        public void addBurden(double units) {
            full.addBurden(units);
            reduced.addBurden(person, stepsDone, units);
        }

        @Override
        public void kill(double fraction) {
            full.kill(fraction);
            reduced.kill(person, fraction);
        }
    }
}
