package org.senesim.cli;

import org.senesim.engine.ProgressListener;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Arm;
import org.senesim.intervention.Flagship;
import org.senesim.run.Headlines;
import org.senesim.scenario.Protocol;
import org.senesim.report.Counts;
import org.senesim.report.compare.RowCounts;
import org.senesim.report.Numbers;
import org.senesim.report.Provenance;
import org.senesim.report.RunFiles;
import org.senesim.report.RunFolder;
import org.senesim.report.compare.ComparisonWriter;
import org.senesim.report.compare.Deaths;
import org.senesim.report.compare.TierCuts;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.ParameterDraws;
import org.senesim.scenario.Posterior;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.run.TierCutsDesign;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.scenario.Species;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code senesim compare}: the arms of a scenario's protocol (or no treatment against its protocol)
 * run for the same person with the same seed, written as one run folder whose report overlays the
 * arms, and a short table of the headline differences on the console.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs the arms of a scenario's protocol for the same person and seed (without arms: no treatment "
                + "against the protocol) and writes one report with the arms overlaid and their differences, "
                + "visible (collagen, elastin) and biological (senescence, lesions, organs). Without a scenario: "
                + "the flagship comparison (no treatment, pre-juvenation from 35, reactive treatment at 60).")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "Scenario file with a protocol (see docs/interventions.md). Default: the flagship comparison.")
    Path scenarioFile;

    @Option(names = "--ages", paramLabel = "AGE", split = ",",
            description = "Ages at which to tabulate differences, e.g. 50,60,85. Default: the protocol's compare ages, "
                    + "else every tenth birthday and the end.")
    List<Double> ages;

    @Option(names = "--replicates", paramLabel = "N",
            description = "Seeds to run each arm with (the scenario's seed and the next N-1); tables show means and the "
                    + "range over seeds. Default: the protocol's compare replicates, else 1.")
    Integer replicates;

    @Option(names = "--tier-cuts", description = "Also run the comparison at every evidence cut (rct, human-observational, animal, in-vitro, "
                + "mechanistic, all tiers) and report each headline outcome at each cut: how much of a predicted "
                + "benefit rests on weak evidence. Takes about six times as long.")
    boolean tierCuts;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "Replicate k of every arm lives posterior sample k of this calibrated ensemble (posterior.json of "
                    + "'senesim calibrate', e.g. examples/calibration/default-human.posterior.json) instead of the nominal "
                    + "parameters, so the seed ranges carry the calibrated uncertainty too; needs 2 or more replicates.")
    Path posteriorFile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Scenario scenario = scenarioFile == null ? Flagship.scenario() : ScenarioLoader.load(scenarioFile);
        scenario = options.apply(scenario);
        int nThreads = options.threadCount();
        checkSpecies(scenario);
        Protocol protocol = scenario.protocol();
        if (protocol.isEmpty()) {
            throw new InputException(where(scenario) + "protocol: nothing to compare, the scenario has no protocol. Fix: add "
                    + "protocol steps (compared with no treatment) or arms; see docs/interventions.md.");
        }
        if (replicates != null && (replicates < 1 || replicates > Protocol.MAX_REPLICATES)) {
            throw new InputException("--replicates must be between 1 and " + Protocol.MAX_REPLICATES + ", got " + replicates);
        }
        ParameterDraws draws = ParameterDraws.NOMINAL;
        if (posteriorFile != null) {
            int reps = replicates != null ? replicates : protocol.replicates();
            if (reps < 2) {
                throw new InputException("--posterior draws one parameter set per replicate, and " + reps + " replicate would "
                        + "rest the comparison on a single draw. Fix: add --replicates 8 (or more)");
            }
            if (tierCuts) {
                throw new InputException("--posterior and --tier-cuts cannot be combined yet. Fix: drop one of them");
            }
            Posterior posterior = Posterior.read(posteriorFile, ParameterRegistry.builtIn());
            long seed = scenario.seed();
            EvidenceTier cut = scenario.minTier();
            draws = (nominal, k) -> posterior.sample(nominal, seed, k + 1, cut);
        }
        compare(scenario, scenarioFile, protocol, options.out, options.force, nThreads, options.fidelity(), draws,
                posteriorFile == null ? null : posteriorFile.getFileName().toString(), ages, replicates,
                tierCuts, options.quiet,
                spec.commandLine().getParseResult().originalArgs(), start);
        return ExitCodes.OK;
    }

    // ---------------------------------------------------------------- shared with RunCommand

    /**
     * A mouse runs the organism model alone (the skin patch is calibrated for human skin), so it
     * takes experiments (injected cells) but no protocol, which acts on the patch.
     */
    static void checkSpecies(Scenario scenario) {
        if (scenario.person().species() != Species.HUMAN && !scenario.protocol().isEmpty()) {
            throw new InputException(where(scenario) + "protocol: a mouse scenario runs the organism model alone"
                    + " (the skin patch is calibrated for human skin), so a protocol has nothing to act on."
                    + " Fix: remove 'protocol', or use 'experiments' for injected senescent cells.");
        }
    }

    static String where(Scenario s) {
        return s.source() == null ? "built-in scenario: " : s.source() + ": ";
    }

    /** Runs and writes a comparison; prints the headline table and where the report is. */
    static void compare(Scenario scenario, Path scenarioFile, Protocol protocol, Path out, boolean force, int threads,
                        org.senesim.run.Fidelity fidelity, ParameterDraws draws, String posteriorName,
                        List<Double> askedAges, Integer askedReplicates, boolean tierCuts, boolean quiet, List<String> args,
                        Instant start)
            throws IOException {
        if (tierCuts && fidelity != org.senesim.run.Fidelity.PATCH) {
            throw new InputException("--tier-cuts runs on the patch only. Fix: drop --tier-cuts or --fidelity");
        }
        int replicates = askedReplicates != null ? askedReplicates : protocol.replicates();
        List<Arm> arms = protocol.comparisonArms();
        int reference = 0;
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).name().equals(protocol.comparisonReference())) {
                reference = i;
            }
        }
        List<Double> ages = ages(scenario, protocol, askedAges);
        ParameterSet parameters = scenario.parameterSet();
        try (RunFolder folder = RunOutput.open(out, force, scenario, quiet)) {
            RunCommand.warnIfNarrow(scenario, scenarioFile, fidelity, quiet);
            ProgressListener progress = ConsoleProgress.forRun(quiet, "Comparing " + arms.size() + " arms of " + scenario.name()
                    + (replicates > 1 ? " x " + replicates + " seeds" : ""));
            List<List<ArmRun>> runs;
            try {
                runs = new ArmsDesign(scenario, arms, parameters, replicates, fidelity, draws)
                        .run(new LocalExecutor(threads, progress), Simulator.byFidelity());
            } finally {
                if (progress instanceof ConsoleProgress bar) {
                    bar.close();
                }
            }
            List<TierCuts.Cut> cuts = tierCuts
                    ? tierCuts(scenario, arms, parameters, runs, ages, reference, threads, replicates, quiet) : List.of();
            Provenance provenance = Provenance.builder()
                    .scenario(scenario.name(), scenarioFile == null ? null : scenarioFile.toString())
                    .seed(scenario.seed()).threads(threads).start(start).commandLine(args).build();
            ComparisonWriter.Input input = new ComparisonWriter.Input(scenario, parameters, runs, ages, reference, provenance,
                    cuts, posteriorName);
            ComparisonWriter.write(folder, input);
            Path done = folder.commit();
            if (!quiet) {
                printHeadlines(System.out, scenario, runs.get(0), input.rows(), reference);
                String deaths = deaths(runs);
                if (!deaths.isEmpty()) {
                    System.out.println("Died before the end of the run (the organism model; '—' above where no seed reached an age): "
                            + deaths + ".");
                }
                if (!cuts.isEmpty()) {
                    System.out.println();
                    System.out.print(TierCuts.text(cuts, input.armNames(), reference));
                }
            }
            System.out.println("Report: " + done.resolve(RunFiles.REPORT));
        }
    }

    /**
     * The comparison at every evidence cut, strongest first ({@link TierCutsDesign}: the cuts that
     * need runs of their own run together, side by side); the run already made is reused for the
     * cut whose parameters it used.
     */
    static List<TierCuts.Cut> tierCuts(Scenario scenario, List<Arm> arms, ParameterSet used,
                                       List<List<ArmRun>> done, List<Double> ages, int reference, int threads,
                                       int replicates, boolean quiet) {
        TierCutsDesign design = new TierCutsDesign(scenario, arms, used, replicates);
        List<ArmRun> results;
        ProgressListener progress = ConsoleProgress.forRun(quiet, "Evidence cuts");
        try {
            results = new LocalExecutor(threads, progress).runAll(design, Simulator.patch());
        } finally {
            if (progress instanceof ConsoleProgress bar) {
                bar.close();
            }
        }
        List<List<List<ArmRun>>> byCut = design.byCut(results, done);
        List<TierCuts.Cut> cuts = new ArrayList<>();
        for (int c = 0; c < byCut.size(); c++) {
            TierCutsDesign.Cut cut = design.cuts().get(c);
            List<List<org.senesim.observe.TimeSeries>> series = new ArrayList<>();
            for (List<ArmRun> rep : byCut.get(c)) {
                series.add(rep.stream().map(r -> r.result().series()).toList());
            }
            cuts.add(new TierCuts.Cut(cut.tier(), cut.parameters().neutralised().size(),
                    Headlines.tableOfReplicates(series, ages, reference)));
        }
        return cuts;
    }

    private static List<Double> ages(Scenario scenario, Protocol protocol, List<Double> asked) {
        double startAge = scenario.person().ageYears();
        double endAge = scenario.endAgeYears();
        if (asked == null || asked.isEmpty()) {
            return protocol.compareAges().isEmpty() ? Headlines.defaultAges(startAge, endAge) : protocol.compareAges();
        }
        List<Double> out = new ArrayList<>();
        for (double a : asked) {
            if (!(a >= startAge - 1e-9 && a <= endAge + 1e-9)) {
                throw new InputException("--ages: age " + Numbers.readable(a, 6) + " lies outside the run, which goes from age "
                        + Numbers.readable(startAge, 6) + " to " + Numbers.readable(endAge, 6) + " years");
            }
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        out.sort(Double::compare);
        return out;
    }

    /**
     * The headline quantities as one short table: the reference arm's values at the first and last
     * chosen ages, then for every other arm its difference from the reference at each chosen age
     * (relative, or absolute where the reference is 0), {@code ~} marking differences the seeds
     * cannot tell from noise.
     */
    static void printHeadlines(PrintStream out, Scenario scenario, List<ArmRun> runs, List<Headlines.Row> rows, int reference) {
        int cell = 8;
        // labels are never cut: the column is as wide as the longest one up to LABEL_MAX, and a longer
        // label has a line of its own above its numbers
        int labelWidth = 12;
        boolean rare = false;
        for (Headlines.Row r : rows) {
            if (r.quantity().headline()) {
                labelWidth = Math.max(labelWidth, label(r, rows).length() + 3);
                rare |= RowCounts.of(r, rows).perPeople();
            }
        }
        labelWidth = Math.min(labelWidth, LABEL_MAX);
        List<Double> ages = new ArrayList<>();
        for (Headlines.Row r : rows) {
            if (!ages.contains(r.ageYears())) {
                ages.add(r.ageYears());
            }
        }
        int reps = rows.isEmpty() ? 1 : rows.get(0).replicates();
        String refName = runs.get(reference).arm().name();
        out.println();
        out.println(scenario.name() + ": " + runs.size() + " arms, same person, " + (reps > 1 ? reps + " seeds (means)" : "one seed")
                + "; differences from " + refName + ", paired by seed" + (reps > 1 ? "; ~ where not distinguishable from "
                + "run-to-run noise (the 95% t-interval of the per-seed differences contains 0), ? where only one seed "
                + "reached the age in both arms."
                : " (one seed: noise cannot be told; use --replicates)."));
        if (rare) {
            out.println("Rare events are given per " + Counts.PEOPLE_WORDS + " people (expected counts of one person's skin, times "
                    + Counts.PEOPLE_WORDS + "); none: no event expected in that arm.");
        }
        out.println("Model predictions with stated evidence, not medical advice.");
        out.println();
        List<Double> refAges = ages.size() == 1 ? ages : List.of(ages.get(0), ages.get(ages.size() - 1));
        StringBuilder h1 = new StringBuilder(pad("", labelWidth)).append(pad(trim(refName, cell * refAges.size()), cell * refAges.size()));
        StringBuilder h2 = new StringBuilder(pad("at age", labelWidth));
        for (double a : refAges) {
            h2.append(pad(Numbers.readable(a, 3), cell));
        }
        for (int arm = 0; arm < runs.size(); arm++) {
            if (arm == reference) {
                continue;
            }
            int width = cell * ages.size();
            h1.append("| ").append(pad(trim(runs.get(arm).arm().name() + " vs " + refName, width), width));
            h2.append("| ");
            for (double a : ages) {
                h2.append(pad(Numbers.readable(a, 3), cell));
            }
        }
        out.println(h1.toString().stripTrailing());
        out.println(h2.toString().stripTrailing());
        for (Headlines.Category category : Headlines.Category.values()) {
            List<Headlines.Quantity> quantities = new ArrayList<>();
            for (Headlines.Row r : rows) {
                if (r.quantity().headline() && r.quantity().category() == category && !quantities.contains(r.quantity())) {
                    quantities.add(r.quantity());
                }
            }
            if (quantities.isEmpty()) {
                continue;
            }
            out.println(category.label());
            for (Headlines.Quantity q : quantities) {
                List<Headlines.Row> mine = rows.stream().filter(r -> r.quantity().equals(q)).toList();
                Counts counts = RowCounts.of(mine.get(0), rows);
                String name = "  " + label(mine.get(0), rows);
                if (name.length() >= labelWidth) {
                    out.println(name);
                    name = "";
                }
                StringBuilder line = new StringBuilder(pad(name, labelWidth));
                for (double a : refAges) {
                    Headlines.Row r = mine.stream().filter(x -> x.ageYears() == a).findFirst().orElseThrow();
                    line.append(pad(counts.perPeople() ? counts.value(r.values()[reference], 3) : compact(r.values()[reference]), cell));
                }
                for (int arm = 0; arm < runs.size(); arm++) {
                    if (arm == reference) {
                        continue;
                    }
                    line.append("| ");
                    for (Headlines.Row r : mine) {
                        double rel = r.relative(arm);
                        boolean none = r.pairedValue(arm) == 0 && r.pairedReference()[arm] > 0;
                        String v = Double.isNaN(r.difference(arm)) ? "—"
                                : (r.withinNoise(arm) ? "~" : r.oneSeedOnly(arm) ? "?" : "")
                                + (none ? "none" : Double.isNaN(rel) ? (counts.perPeople() ? counts.signed(r.difference(arm))
                                : signed(r.difference(arm))) : percent(rel));
                        line.append(pad(v, cell));
                    }
                }
                out.println(line.toString().stripTrailing());
            }
        }
        out.println();
    }

    /** Widest label column of the console table; a longer label gets a line of its own. */
    private static final int LABEL_MAX = 52;

    /** A row's label with its unit (once), and the rare-event scale when it applies. */
    static String label(Headlines.Row row, List<Headlines.Row> rows) {
        String label = row.quantity().label();
        String unit = row.unit();
        unit = unit == null || unit.equals("1") || label.contains(unit) ? "" : " (" + unit + ")";
        Counts counts = RowCounts.of(row, rows);
        if (counts.perPeople()) {
            return label + ", " + counts.unit();
        }
        return label + unit;
    }

    /** Seeds whose person died before the end ({@link Deaths#bySeed}). */
    static String deaths(List<List<ArmRun>> runs) {
        return Deaths.bySeed(runs);
    }

    /** A value in at most 7 characters: {@code 0.563}, {@code 13.8}, {@code 6.4e-05}. */
    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (v != 0 && (a < 0.001 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        return Numbers.readable(v, 3);
    }

    private static String signed(double v) {
        if (Math.abs(v) < 0.001 && v != 0) {
            return (v > 0 ? "+" : "") + String.format(Locale.ROOT, "%.0e", v);
        }
        String s = Numbers.readable(v, 2);
        return v > 0 ? "+" + s : s;
    }

    private static String percent(double fraction) {
        return Counts.percent(fraction, 0);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String left(String s, int width) {
        return pad(s, width);
    }

    private static String trim(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
