package org.senesim.engine;

import org.senesim.coupling.OrganismInputs;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.MeanFieldSchedule;
import org.senesim.lattice.Lattice;
import org.senesim.meanfield.MeanFieldObserver;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.observe.Column;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Species;
import org.senesim.systemic.OrganismColumns;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.tissue.TissueObserver;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario on the mean-field skin: {@link TissueSimulation}'s coupled run with a
 * {@link MeanFieldSkin} of the scenario's tissue geometry in place of the lattice patch. The organism
 * steps the skin one day at a time as its skin source (blood SASP and immune capacity in, burden
 * out, the same blood-SASP conversion as the patch's); the protocol's {@link MeanFieldSchedule} acts
 * on the skin before each day and on the other organs through its systemic side, as the patch's
 * schedule does. The time series has the patch's columns, in the patch's order
 * ({@link MeanFieldObserver}); there are no snapshots (the mean field has no voxels). Deterministic
 * in the skin: only the organism's noise depends on the seed.
 */
public final class MeanFieldSimulation {

    private MeanFieldSimulation() {
    }

    /**
     * @param schedule the arm's mean-field applier, or null for no treatment
     */
    public static RunResult run(Scenario scenario, ParameterSet parameters, ProgressListener progress,
                                MeanFieldSchedule schedule) {
        return run(scenario, parameters, progress, schedule, null);
    }

    /**
     * @param schedule the arm's mean-field applier, or null for no treatment
     * @param prefix   the untreated life of this scenario, parameters and seed: recorded into when
     *                 {@code schedule} is null and it holds nothing yet, else gone on from (its last
     *                 checkpoint at or before the schedule's first event); null for neither. The result
     *                 is the same, bit for bit, with or without it.
     */
    public static RunResult run(Scenario scenario, ParameterSet parameters, ProgressListener progress,
                                MeanFieldSchedule schedule, MeanFieldPrefix prefix) {
        return run(scenario, parameters, progress, schedule, prefix, 1);
    }

    /**
     * As above, the skin stepped in strides of {@code strideDays} days
     * ({@link MeanFieldSkin#setStrideDays}: 1 is the daily mean field; more is a screening fidelity
     * that changes the numbers). A prefix must have been recorded with the same stride.
     */
    public static RunResult run(Scenario scenario, ParameterSet parameters, ProgressListener progress,
                                MeanFieldSchedule schedule, MeanFieldPrefix prefix, int strideDays) {
        OrganismModel model = OrganismInputs.model(scenario.person(), parameters);
        if (scenario.person().species() != Species.HUMAN) {
            if (schedule != null && !schedule.timeline().isEmpty()) {
                throw new IllegalArgumentException("a mouse run has no skin model for a protocol to act on");
            }
            return TissueSimulation.organismOnly(scenario, model, progress);
        }
        Lattice lattice = TissueSimulation.latticeOf(scenario.tissue());
        MeanFieldSkin.BloodSasp blood = MeanFieldSkin.BloodSasp.asPatchSkin(parameters, model, scenario.seed());
        MeanFieldSkin skin = new MeanFieldSkin(parameters, scenario.person(), lattice, model.parameters(), blood);
        skin.setHook(schedule);
        skin.setStrideDays(strideDays);
        OrganismSimulation body = model.start(scenario.seed(), 0, scenario.person().ageYears(), 1.0, skin);
        List<OrganismEvent> experiments = Experiments.of(scenario);
        int nextExperiment = 0;

        List<Column> columns = new ArrayList<>(TissueObserver.COLUMNS);
        List<Integer> organismKept = new ArrayList<>();
        for (int i = 0; i < OrganismColumns.ALL.size(); i++) {
            if (!TissueSimulation.DUPLICATED.contains(OrganismColumns.ALL.get(i).id())) {
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
        double[] first = null;
        long firstDay = 0;
        boolean recording = prefix != null && schedule == null && !prefix.recorded();
        MeanFieldPrefix.Checkpoint from = prefix == null || schedule == null ? null : prefix.before(firstEvent(schedule));
        if (from != null) {
            from.restore(skin, body);
            prefix.copyRows(from, series);
            first = from.first().clone();
            nextExperiment = from.nextExperiment();
            firstDay = from.day();
        }
        for (long day = firstDay; ; day++) {
            if (recording && day > 0 && day % MeanFieldPrefix.EVERY_DAYS == 0 && body.alive()) {
                MeanFieldSkin copy = new MeanFieldSkin(parameters, scenario.person(), lattice, model.parameters(), blood);
                copy.copyStateFrom(skin);
                prefix.keep(day, copy, body, series.rows(), first, nextExperiment);
            }
            boolean last = day == totalDays || !body.alive();
            if (day % every == 0 || last) {
                System.arraycopy(MeanFieldObserver.observe(skin), 0, row, 0, tissueColumns);
                body.observe(organismRow);
                for (int k = 0; k < organismKept.size(); k++) {
                    row[tissueColumns + k] = organismRow[organismKept.get(k)];
                }
                if (first == null) {
                    first = row.clone();
                }
                series.append(day, skin.ageYears(), row);
            }
            if (last) {
                break;
            }
            while (nextExperiment < experiments.size()
                    && experiments.get(nextExperiment).ageYears() <= body.ageYears() + 1e-9) {
                body.apply(experiments.get(nextExperiment++));
            }
            body.setBloodSaspFactor(schedule == null ? 1.0 : TissueSimulation.applySystemic(schedule, body, day, 1.0));
            body.step();
            progress.progress(day + 1, totalDays);
        }
        if (recording) {
            prefix.finish(series);
        }
        List<SummaryItem> summary = TissueSimulation.summarise(series, first);
        summary.addAll(TissueSimulation.organismSummary(series, first, body));
        return new RunResult(series, List.of(), summary);
    }

    /** The first day on which the schedule does anything (its events' days; the systemic side follows the same timeline). */
    private static long firstEvent(MeanFieldSchedule schedule) {
        long first = Long.MAX_VALUE;
        for (org.senesim.intervention.TreatmentEvent e : schedule.timeline().events()) {
            first = Math.min(first, e.day());
        }
        return first;
    }
}
