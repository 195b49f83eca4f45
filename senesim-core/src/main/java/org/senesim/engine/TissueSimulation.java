package org.senesim.engine;

import org.senesim.coupling.OrganismInputs;
import org.senesim.coupling.PatchSkin;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.SystemicDay;
import org.senesim.intervention.SystemicEffects;
import org.senesim.lattice.Lattice;
import org.senesim.observe.Column;
import org.senesim.observe.Snapshot;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.parallel.Workers;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;
import org.senesim.scenario.TissueSpec;
import org.senesim.systemic.DeathCause;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismColumns;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.OrganismRun;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.tissue.DailyHook;
import org.senesim.tissue.TissueObserver;
import org.senesim.tissue.TissuePatch;

import java.io.DataInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * Runs a scenario day by day: for a human, the skin patch coupled to the organism (the organism
 * steps the patch as its skin through {@link PatchSkin}; blood SASP and immune capacity flow into
 * the patch, the patch's burden into the blood); for a mouse, whose skin the patch is not
 * calibrated for, the organism model alone. This class decides when to look (every
 * {@code outputs.every} days, the first and last day, snapshots at the asked ages); the models do
 * the biology.
 */
public final class TissueSimulation {

    private static final double DAYS_PER_YEAR = 365.25;
    /** Organism columns that repeat a patch column when the patch is the skin. */
    static final List<String> DUPLICATED = List.of("immune_capacity", "skin_senescent_fraction");

    private TissueSimulation() {
    }

    public static Lattice latticeOf(TissueSpec spec) {
        return new Lattice(spec.nx(), spec.ny(), spec.nz(), spec.voxelUm());
    }

    public static RunResult run(Scenario scenario, ParameterSet parameters, Workers workers,
                                ProgressListener progress) {
        return run(scenario, parameters, workers, progress, List.of());
    }

    /** Runs with hooks that act on the patch before each day (protocols, experiments). */
    public static RunResult run(Scenario scenario, ParameterSet parameters, Workers workers,
                                ProgressListener progress, List<DailyHook> hooks) {
        return run(scenario, parameters, workers, progress, hooks, null, null);
    }

    /**
     * Runs with hooks, saving a checkpoint every {@link Checkpoints#everyDays()} days when
     * {@code checkpoints} is given, and continuing from a checkpoint's state when {@code resume} is
     * given (the scenario, parameters and hooks must be made exactly as for the run that wrote it).
     * The result is bit-identical to a run without checkpoints.
     *
     * @throws UncheckedIOException when a checkpoint cannot be written or read
     */
    public static RunResult run(Scenario scenario, ParameterSet parameters, Workers workers,
                                ProgressListener progress, List<DailyHook> hooks, Checkpoints checkpoints,
                                DataInput resume) {
        OrganismModel model = OrganismInputs.model(scenario.person(), parameters);
        if (scenario.person().species() != Species.HUMAN) {
            if (!hooks.isEmpty()) {
                throw new IllegalArgumentException("a mouse run has no skin patch for a protocol to act on");
            }
            if (checkpoints != null || resume != null) {
                throw new IllegalArgumentException("a mouse run (the organism alone) takes seconds and has no checkpoints");
            }
            return organismOnly(scenario, model, progress);
        }
        try {
            return coupled(scenario, parameters, workers, progress, hooks, model, checkpoints, resume);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunResult coupled(Scenario scenario, ParameterSet parameters, Workers workers,
                                     ProgressListener progress, List<DailyHook> hooks, OrganismModel model,
                                     Checkpoints checkpoints, DataInput resume) throws IOException {
        Lattice lattice = latticeOf(scenario.tissue());
        double startAge = scenario.person().ageYears();
        TissuePatch patch = new TissuePatch(parameters, scenario.person(), lattice, scenario.seed(), workers);
        OrganismParameters op = model.parameters();
        // The organism's quasi-stationary blood SASP at its reference (young-adult) age: the level
        // at which the patch's registry background applies. (The deterministic skeleton would be
        // far lower: at young ages Karin's burden is noise-dominated.)
        double referenceBlood = model.start(scenario.seed(), 0, op.referenceAge(), 1.0).bloodSasp();
        PatchSkin skin = new PatchSkin(patch, workers, hooks, op, referenceBlood,
                parameters.get("field.sasp.blood_background"));
        OrganismSimulation body = model.start(scenario.seed(), 0, startAge, 1.0, skin);
        List<OrganismEvent> experiments = Experiments.of(scenario);
        int nextExperiment = 0;

        List<Column> columns = new ArrayList<>(TissueObserver.COLUMNS);
        List<Integer> organismKept = new ArrayList<>();
        for (int i = 0; i < OrganismColumns.ALL.size(); i++) {
            if (!DUPLICATED.contains(OrganismColumns.ALL.get(i).id())) {
                organismKept.add(i);
                columns.add(OrganismColumns.ALL.get(i));
            }
        }
        TimeSeries series = new TimeSeries(columns);
        double[] organismRow = new double[OrganismColumns.ALL.size()];
        double[] row = new double[columns.size()];
        int tissueColumns = TissueObserver.COLUMNS.size();

        long totalDays = Math.round(scenario.durationDays());
        long every = Math.max(1, Math.round(scenario.outputs().everyDays()));
        List<Long> snapshotDays = snapshotDays(scenario);
        List<Snapshot> snapshots = new ArrayList<>();
        double[] first = null;
        long startDay = 0;
        if (resume != null) {
            CoupledState.Restored r = CoupledState.read(resume, patch, body, hooks, series, snapshots, columns.size());
            startDay = r.day();
            first = r.first();
            nextExperiment = r.nextExperiment();
        }
        for (long day = startDay; ; day++) {
            boolean last = day == totalDays || !body.alive();
            if (checkpoints != null && !last && day != startDay && day % checkpoints.everyDays() == 0) {
                long d = day;
                double[] f = first;
                int e = nextExperiment;
                checkpoints.save(day, out -> CoupledState.write(out, d, patch, body, hooks, series, snapshots, f, e));
            }
            if (day % every == 0 || last) {
                double[] tissue = TissueObserver.observe(patch);
                System.arraycopy(tissue, 0, row, 0, tissueColumns);
                body.observe(organismRow);
                for (int k = 0; k < organismKept.size(); k++) {
                    row[tissueColumns + k] = organismRow[organismKept.get(k)];
                }
                if (first == null) {
                    first = row.clone();
                }
                series.append(day, patch.ageYears(), row);
            }
            if (snapshotDays.contains(day)) {
                snapshots.add(TissueObserver.snapshot(patch));
            }
            if (last) {
                break;
            }
            while (nextExperiment < experiments.size()
                    && experiments.get(nextExperiment).ageYears() <= body.ageYears() + 1e-9) {
                body.apply(experiments.get(nextExperiment++));
            }
            applySystemic(hooks, body, day);
            body.step();
            progress.progress(day + 1, totalDays);
        }
        List<SummaryItem> summary = summarise(series, first);
        summary.addAll(organismSummary(series, first, body));
        return new RunResult(series, snapshots, summary);
    }

    /** Organs a systemic treatment reaches besides the skin, which the patch handles itself. */
    private static final Set<Organ> DISTANT = EnumSet.of(Organ.LIVER, Organ.MUSCLE, Organ.BRAIN, Organ.REST);

    /**
     * Applies what protocols do to the body today: oral senolytic doses to the distant organs, each
     * with its own share (SenolyticReach),
     * oral senomorphics and cryotherapy to the blood SASP the organs feel, intravenous stem cells
     * to the stem-cell reserve, and lifestyle changes to the organism's exposures. The patch's
     * share of each is applied by the protocol's own hook.
     */
    private static void applySystemic(List<DailyHook> hooks, OrganismSimulation body, long day) {
        double bloodFactor = 1.0;
        for (DailyHook hook : hooks) {
            if (hook instanceof SystemicEffects effects) {
                bloodFactor = applySystemic(effects, body, day, bloodFactor);
            }
        }
        body.setBloodSaspFactor(bloodFactor);
    }

    /** Applies one protocol's systemic side today; returns {@code bloodFactor} times its factor on blood SASP. */
    static double applySystemic(SystemicEffects effects, OrganismSimulation body, long day, double bloodFactor) {
        SystemicDay today = effects.on(day);
        if (today.isNeutral()) {
            return bloodFactor;
        }
        double factor = bloodFactor * (today.saspFactor() * today.bloodSaspFactor());
        if (today.stemCellReserveGain() > 0) {
            body.addStemCellReserve(today.stemCellReserveGain());
        }
        for (Organ o : DISTANT) {
            double kill = today.senolyticKillFraction(o);
            if (kill > 0) {
                body.applySenolytic(EnumSet.of(o), kill);
            }
        }
        if (today.lifestyle() != null) {
            body.setExposures(OrganismInputs.exposures(today.lifestyle()));
        }
        return factor;
    }

    static RunResult organismOnly(Scenario scenario, OrganismModel model, ProgressListener progress) {
        double start = scenario.person().ageYears();
        int every = (int) Math.max(1, Math.round(scenario.outputs().everyDays()));
        OrganismRun run = model.simulate(scenario.seed(), 0, start, scenario.endAgeYears(), 1.0, every,
                Experiments.of(scenario));
        progress.progress(1, 1);
        return new RunResult(run.series(), List.of(), run.summary());
    }

    static List<Long> snapshotDays(Scenario scenario) {
        List<Long> days = new ArrayList<>();
        for (double age : scenario.outputs().snapshotAgesYears()) {
            days.add(Math.round((age - scenario.person().ageYears()) * DAYS_PER_YEAR));
        }
        return days;
    }

    /** Headline numbers of the skin: start and end of the main observables. */
    static List<SummaryItem> summarise(TimeSeries series, double[] first) {
        List<SummaryItem> items = new ArrayList<>();
        for (String id : List.of("senescent_fraction", "senescent_residence_days", "collagen", "elastin_intact",
                "procollagen_per_fibroblast", "actinic_keratoses")) {
            startAndEnd(items, series, first, id);
        }
        int carcinoma = series.indexOf("carcinoma_cumulative");
        Column c = series.columns().get(carcinoma);
        items.add(new SummaryItem("carcinoma_cumulative_end", c.label() + " by age " + Math.round(endAge(series)),
                series.last(carcinoma), c.unit(),
                "Expected keratinocyte carcinomas over the run, per 100 cm2 of skin like the patch."));
        return items;
    }

    static List<SummaryItem> organismSummary(TimeSeries series, double[] first, OrganismSimulation body) {
        List<SummaryItem> items = new ArrayList<>();
        for (String id : List.of("burden_total", "burden_liver", "burden_muscle", "burden_brain", "grip_strength",
                "memory_score", "frailty_index")) {
            if (series.indexOf(id) >= 0) {
                startAndEnd(items, series, first, id);
            }
        }
        items.add(new SummaryItem("alive_at_end", "Alive at the end of the run", body.alive() ? 1 : 0, "1",
                "1 if the simulated person was alive at the end, 0 if the whole-body burden or extrinsic mortality ended the life."));
        items.add(new SummaryItem("age_at_death", "Age at death", body.alive() ? Double.NaN : body.deathAgeYears(), "year",
                body.alive() ? "Not defined: alive at the end of the run." : "Cause: " + body.deathCause() + "."));
        // the code, so that uncertainty samples and replicates that died can be told apart by cause
        items.add(new SummaryItem("death_cause", "Cause of death", body.deathCause().code(), SummaryItem.CATEGORY,
                DeathCause.LEGEND));
        return items;
    }

    private static double endAge(TimeSeries series) {
        return series.age(series.rows() - 1);
    }

    private static void startAndEnd(List<SummaryItem> items, TimeSeries series, double[] first, String id) {
        int k = series.indexOf(id);
        Column c = series.columns().get(k);
        items.add(new SummaryItem(id + "_start", c.label() + " at " + Math.round(series.age(0)), first[k], c.unit(),
                "Value at the start of the run."));
        items.add(new SummaryItem(id + "_end", c.label() + " at " + Math.round(endAge(series)), series.last(k), c.unit(),
                "Value at the end of the run."));
    }
}
