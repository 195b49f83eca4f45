package org.senesim.trial.results;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.senesim.Version;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.SenolyticReach;
import org.senesim.parallel.Workers;
import org.senesim.report.Numbers;
import org.senesim.report.RunFolder;
import org.senesim.run.Caveats;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismParameters;
import org.senesim.trial.design.Arm;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.design.Fidelity;
import org.senesim.trial.design.Pulse;
import org.senesim.trial.design.Trial;
import org.senesim.trial.report.TrialReport;
import org.senesim.trial.simulate.TrialRunner;
import org.senesim.trial.yaml.Nodes;

/**
 * Runs a trial into a run folder, all or nothing: {@code trial.duckdb} (tables person, flow,
 * trial), {@code person.parquet}, {@code report.html} and {@code provenance.json}. The analysis
 * re-reads the person table from the DuckDB file it just wrote, exactly as anyone else would.
 */
public final class TrialOutput {

    public static final String DATABASE = "trial.duckdb";
    public static final String PARQUET = "person.parquet";
    public static final String REPORT = "report.html";

    private TrialOutput() {
    }

    /** What a finished trial gives the command: the folder and the primary hazard ratios. */
    public record Outcome(Path folder, TrialRunner.Flow flow, TrialAnalysis.Results results, double seconds) {
    }

    /**
     * Where the person records are computed: an engine fills the writer's person table (in person,
     * arm and site order) and returns the participant flow. The rest of a trial's output (Parquet
     * copy, analysis, report) is the same whatever the engine.
     */
    public interface Engine {
        TrialRunner.Flow records(Trial trial, ParameterSet base, DuckDbWriter writer, RunFolder folder) throws Exception;

        /** JSON members for provenance.json saying where the trial ran, e.g. {@code "threads": 8}. */
        String provenance();
    }

    /** This JVM's worker threads ({@link TrialRunner}). */
    public static Engine local(int threads, LongConsumer progress) {
        return new Engine() {
            @Override
            public TrialRunner.Flow records(Trial trial, ParameterSet base, DuckDbWriter writer, RunFolder folder) throws Exception {
                try (Workers workers = new Workers(threads)) {
                    return TrialRunner.run(trial, base, workers, writer::append, progress);
                }
            }

            @Override
            public String provenance() {
                return "\"threads\": " + threads;
            }
        };
    }

    /** The registry values a trial runs with: defaults after its evidence cut. */
    public static ParameterSet base(Trial trial) {
        return ParameterRegistry.builtIn().defaults().withMinimumTier(trial.minTier());
    }

    public static Outcome run(Trial trial, Path out, boolean replace, int threads, LongConsumer progress) throws Exception {
        return run(trial, out, replace, local(threads, progress));
    }

    public static Outcome run(Trial trial, Path out, boolean replace, Engine engine) throws Exception {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        ParameterSet base = base(trial);
        long t0 = System.nanoTime();
        try (RunFolder folder = RunFolder.create(out, replace)) {
            Path db = folder.resolve(DATABASE);
            TrialRunner.Flow flow;
            TrialAnalysis.Results results;
            boolean lateLife;
            try (DuckDbWriter writer = new DuckDbWriter(db, trial)) {
                flow = engine.records(trial, base, writer, folder);
                writer.flushRows();
                writer.flow(flowRows(trial, flow));
                writer.facts(facts(trial));
                writer.exportParquet(folder.resolve(PARQUET));
                results = TrialAnalysis.analyse(writer.connection(), "person", trial, evidence(trial, base, registry));
                lateLife = observedPast(writer.connection(), Caveats.LATE_LIFE_AGE);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<String> notes = new ArrayList<>();
            if (flow.eligible() == 0) {
                notes.add(nobodyEnrolled(trial, flow));
            }
            if (!base.neutralised().isEmpty()) {
                notes.add("Evidence cut " + trial.minTier() + ": " + base.neutralised().size()
                        + " parameters resting on weaker evidence set to their neutral values.");
            }
            if (trial.population().posterior() != null) {
                notes.add("Between-person parameters drawn from the calibrated posterior "
                        + trial.population().posteriorDescription() + ": each person lives one set, chosen by weight.");
            }
            String repeated = repeatedCourses(trial);
            if (repeated != null) {
                notes.add(repeated);
            }
            // with a posterior too: its women at 80 sit inside the table's tolerance, but 6 % of its women
            // from 20 reach 100 (docs/calibration.md section 5); the caveat gives the posterior's figure at 80
            if (lateLife) {
                notes.add(Caveats.lateLifeSurvival());
            }
            if (trial.fidelity() != Fidelity.ORGANISM
                    && trial.endpoints().stream().anyMatch(e -> e.kind() == Endpoint.Kind.DEATH)) {
                notes.add(Caveats.skinModelSurvival(trial.fidelity().id()));
            }
            folder.writeText(REPORT, TrialReport.html(trial, results, notes));
            folder.writeText("provenance.json", provenance(trial, engine.provenance(), seconds));
            return new Outcome(folder.commit(), flow, results, seconds);
        }
    }

    /**
     * The console's effect lines: each hazard ratio and mean difference with its 95 % interval to
     * three significant digits (a per-site AK difference of 0.0002 is not -0.000), or why it is not
     * estimable. The local and the Spark command print the same.
     */
    public static List<String> effectLines(TrialAnalysis.Results results) {
        List<String> lines = new ArrayList<>();
        for (Effect e : results.all()) {
            if (!e.measure().equals("hazard ratio") && !e.measure().equals("mean difference")) {
                continue;
            }
            String what = String.format(Locale.ROOT, "  %-14s %-22s %-16s ", e.endpoint(),
                    e.arm() + " vs " + e.reference(), e.measure());
            if (Double.isNaN(e.value())) {
                // the detail says why, after its event counts (e.g. a hazard ratio that runs to 0)
                int why = e.detail().indexOf(TrialAnalysis.NOT_ESTIMABLE);
                lines.add(what + (why >= 0 ? e.detail().substring(why) : TrialAnalysis.NOT_ESTIMABLE));
            } else {
                lines.add(String.format(Locale.ROOT, "%s%8s  (%s, %s)", what,
                        Numbers.readable(e.value(), 3), Numbers.readable(e.lower(), 3),
                        Numbers.readable(e.upper(), 3)));
            }
        }
        return lines;
    }

    /**
     * What a trial that enrolled nobody says (the ages of the population could meet its eligibility,
     * or the file would have been refused, but none of the people drawn did).
     */
    public static String nobodyEnrolled(Trial trial, TrialRunner.Flow flow) {
        return "No one of the " + flow.screened() + " people screened met the eligibility (ages "
                + Nodes.format(trial.design().minAge()) + " to "
                + Nodes.format(trial.design().maxAge())
                + "), so there is nothing to analyse: screen more people (--people) or widen the eligibility.";
    }

    static List<Object[]> flowRows(Trial trial, TrialRunner.Flow f) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"screened", "", f.screened(), 1});
        rows.add(new Object[] {"excluded (not eligible)", "", f.screened() - f.eligible(), 2});
        rows.add(new Object[] {"enrolled", "", f.eligible(), 3});
        for (int a = 0; a < trial.arms().size(); a++) {
            String arm = trial.arms().get(a).name();
            rows.add(new Object[] {"allocated", arm, f.allocated()[a], 4});
            rows.add(new Object[] {"died during follow-up", arm, f.died()[a], 5});
            rows.add(new Object[] {"lost to follow-up", arm, f.lost()[a], 6});
            rows.add(new Object[] {"completed follow-up", arm, f.completed()[a], 7});
            rows.add(new Object[] {"analysed", arm, f.allocated()[a], 8});
        }
        return rows;
    }

    /**
     * Whether anyone in the person table was followed past {@code age} (enrolment age plus the years
     * followed, to death, loss or the end).
     */
    static boolean observedPast(Connection c, double age) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM person WHERE age_enrolment + follow_up_years > ?")) {
            s.setDouble(1, age);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    /**
     * The caveat for arms that repeat a senolytic, or null: each course kills its fraction of the
     * cell types the drug reaches, which re-form between courses; how much of the burden they hold
     * is a mouse fit (docs/organism.md, section 7).
     */
    static String repeatedCourses(Trial trial) {
        List<String> drugs = new ArrayList<>();
        for (Arm arm : trial.arms()) {
            for (Pulse p : arm.pulses()) {
                if (p.everyYears() > 0 && !drugs.contains(p.drug())) {
                    drugs.add(p.drug());
                }
            }
        }
        return drugs.isEmpty() ? null : Caveats.repeatedSenolytics(drugs);
    }

    /** For each arm index: the registry parameters its treatments rest on, with value and tier. */
    static Map<Integer, String> evidence(Trial trial, ParameterSet base, ParameterRegistry registry) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Catalog catalog = Catalog.builtIn();
        for (int a = 0; a < trial.arms().size(); a++) {
            Arm arm = trial.arms().get(a);
            List<String> parts = new ArrayList<>();
            for (Pulse p : arm.pulses()) {
                String s = p.drug() + ": " + String.join(", ", killFigures(p.killParameter(), base, registry))
                        + "; strongest catalog evidence " + catalog.find(p.drug()).strongestTier();
                if (!parts.contains(s)) {
                    parts.add(s);
                }
            }
            out.put(a, parts.isEmpty() ? "no treatment" : String.join("; ", parts));
        }
        return out;
    }

    /**
     * The kill fractions a drug's courses take in people, organ by organ as {@link SenolyticReach}
     * picks them (the organ's own registry figure where it has one, else the drug's), each with its
     * value and tier: an effect rests on the organ figures, which need not share the headline's tier.
     * Organs the drug spares (0) are named together at the end.
     */
    static List<String> killFigures(String killParameter, ParameterSet base, ParameterRegistry registry) {
        List<String> used = new ArrayList<>();
        List<String> spared = new ArrayList<>();
        for (Organ o : Organ.values()) {
            String id = SenolyticReach.oralParameter(base, killParameter, Species.HUMAN, o);
            Parameter par = registry.get(id);
            double value = base.get(id);
            String figure = id + " = " + value + " (" + par.tier() + ")"
                    + (base.neutralised().contains(id) ? " — neutralised by the evidence cut" : "");
            if (value == 0.0 && !base.neutralised().contains(id)) {
                spared.add(o.id());
                continue;
            }
            if (!used.contains(figure)) {
                used.add(figure);
            }
            // the share of the organ's burden the kill acts on, where it is not the whole
            String share = OrganismParameters.reachableShareId(Species.HUMAN, o);
            if (base.values().containsKey(share)) {
                used.add(share + " = " + base.get(share) + " (" + registry.get(share).tier() + ")"
                        + (base.neutralised().contains(share) ? " — neutralised by the evidence cut" : ""));
            }
        }
        if (!spared.isEmpty()) {
            used.add("none in " + String.join(", ", spared));
        }
        return used;
    }

    static Map<String, String> facts(Trial trial) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", trial.name());
        m.put("file", trial.file());
        m.put("people", String.valueOf(trial.population().size()));
        m.put("seed", String.valueOf(trial.population().seed()));
        m.put("design", trial.design().type().name().toLowerCase(java.util.Locale.ROOT));
        m.put("fidelity", trial.fidelity().id());
        m.put("step_days", String.valueOf(trial.stepDays()));
        m.put("primary", trial.primary());
        m.put("min_tier", trial.minTier() == null ? "" : trial.minTier().toString());
        m.put("posterior", trial.population().posteriorDescription());
        m.put("senesim_version", Version.version());
        return m;
    }

    private static String provenance(Trial trial, String engine, double seconds) {
        return "{\n  \"kind\": \"trial\",\n  \"name\": \"" + jsonText(trial.name()) + "\",\n  \"version\": \"" + Version.version()
                + "\",\n  \"seed\": " + trial.population().seed() + ",\n  \"people\": " + trial.population().size()
                + (trial.population().posterior() == null ? ""
                        : ",\n  \"posterior\": \"" + jsonText(trial.population().posteriorDescription()) + "\"")
                + ",\n  " + engine + ",\n  \"seconds\": " + String.format(java.util.Locale.ROOT, "%.1f", seconds)
                + ",\n  \"java\": \"" + System.getProperty("java.version") + "\"\n}\n";
    }

    /** {@code s} escaped for a JSON string (Jackson's encoder: quotes, backslashes, control characters). */
    private static String jsonText(String s) {
        return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s));
    }
}
