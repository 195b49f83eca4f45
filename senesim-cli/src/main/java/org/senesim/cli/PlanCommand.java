package org.senesim.cli;

import org.senesim.scenario.Posterior;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.planner.PlanFront;
import org.senesim.planner.Planner;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.report.PlanCsv;
import org.senesim.planner.report.PlanReport;
import org.senesim.planner.screen.Thinning;
import org.senesim.planner.simulate.Screening;
import org.senesim.planner.space.Burdens;
import org.senesim.planner.space.Plan;
import org.senesim.report.ParquetTables;
import org.senesim.report.Provenance;
import org.senesim.report.RunFolder;
import org.senesim.run.ParameterDraws;
import org.senesim.run.Fidelity;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.report.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code senesim plan}: the Pareto front of treatment schedules for one person. Parses options,
 * hands them to the {@link Planner}, writes the folder and prints the fronts; the search itself
 * knows nothing of files or consoles.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches treatment schedules for one person (NSGA-II) and writes the Pareto front of biological "
                + "benefit against sessions, downtime and cost: every evaluated plan (plans.csv), the front (front.csv) and "
                + "report.html. With --min-tier a second search keeps only effects resting on that tier or stronger, side by side.",
                "A model prediction with stated evidence, not medical advice."})
public final class PlanCommand implements Callable<Integer> {

    /** The menu when --treatments is not given: pre-juvenation devices, sunscreen and their usual companions. */
    static final String DEFAULT_TREATMENTS = "thulium-1927,erbium-glass-1550,co2-fractional,microneedling,photobiomodulation,sunscreen";

    @Parameters(index = "0", paramLabel = "PERSON.yaml",
            description = "A scenario file without a protocol: the person, their skin patch and exposures, the follow-up.")
    Path personFile;

    @Option(names = "--objectives", paramLabel = "LIST", description = "What to trade off, comma-separated (default: "
            + "senescence,kc,cost). Simulated: senescence, kc, ak, frailty@AGE, organs@AGE, collagen@AGE, elastin@AGE; "
            + "of the plan: sessions, downtime, cost.")
    String objectives = "senescence,kc,cost";

    @Option(names = "--treatments", paramLabel = "IDS", description = "Catalog entries on offer (default: " + DEFAULT_TREATMENTS
            + "); see 'senesim devices'.")
    String treatments = DEFAULT_TREATMENTS;

    @Option(names = "--min-tier", paramLabel = "T", description = "Also search with only the effects resting on this tier or "
            + "stronger (rct, human-observational, animal, in-vitro, mechanistic) and show both fronts.")
    String minTier;

    @Option(names = "--max-sessions", paramLabel = "N", description = "Most sessions in a plan (default 20).")
    int maxSessions = 20;

    @Option(names = "--budget", paramLabel = "USD", description = "Most a plan may cost in fees, US dollars (default 50000).")
    double budget = 50_000;

    @Option(names = "--evaluations", paramLabel = "N", description = "Plans evaluated per search (default 200).")
    int evaluations = 200;

    @Option(names = "--population", paramLabel = "N", description = "NSGA-II population (default 20).")
    int population = 20;

    @Option(names = "--seeds", paramLabel = "N", description = "Fixed seeds every plan lives in the search (default 1).")
    int seeds = 1;

    @Option(names = "--recheck", paramLabel = "N", description = "Front plans re-run per search with replicate seeds (default 3).")
    int recheck = 3;

    @Option(names = "--recheck-seeds", paramLabel = "N", description = "Replicate seeds of the re-check (default 3).")
    int recheckSeeds = 3;

    @Option(names = "--posterior", paramLabel = "FILE", description = "Live the life of seed k (search and re-check) with "
            + "posterior sample k of this calibrated ensemble (posterior.json of 'senesim calibrate', e.g. "
            + "examples/calibration/default-human.posterior.json) instead of the nominal parameters: every plan meets the same "
            + "draws, so the front weighs plans across the calibrated uncertainty as well as chance.")
    Path posteriorFile;

    @Option(names = "--burdens", paramLabel = "FILE", description = "Downtime and fees per catalog entry from this file "
            + "instead of the built-in US figures (the format of senesim-planner's burden.yaml, docs/planner.md): local "
            + "prices or another source's recovery times. Every treatment on offer needs an entry; the file is copied into "
            + "the output folder.")
    Path burdensFile;

    @Option(names = "--search-skin", paramLabel = "SKIN", description = "Skin model the search judges plans on: mean-field "
            + "(default; the patch's expected state per depth layer, a fraction of the lattice's cost) or patch (the person "
            + "file's lattice patch). The re-check always runs on the lattice patch.")
    String searchSkin = "mean-field";

    @Option(names = "--screening", paramLabel = "S", description = "How the search judges plans on the mean-field skin: "
            + "mean-field (default: every plan on the daily mean field), coarse-depth (a grid 3 times coarser, about half "
            + "the cost per plan, figures that differ but order plans alike) or coarse-weekly (that grid stepped in weekly "
            + "strides, cheaper again, figures further off); after a screened search the front is judged again on the daily "
            + "mean field and the report says where they disagree. See docs/planner.md.")
    String screening = "mean-field";

    @Option(names = "--screen-resolution", paramLabel = "X", description = "After a screened search, the screening front is "
            + "thinned to one plan per box of X times the screening's measured scatter on each simulated objective (sessions, "
            + "downtime and fees exact) before it is judged again on the daily mean field: plans closer than that are plans the "
            + "screening cannot tell apart. 0 judges every screening front plan again (default 1; at most 10). See docs/planner.md.")
    double screenResolution = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create. Default: runs/plan-<person name>-<date-time>.")
    Path out;

    @Option(names = "--force", description = "Replace the folder if it holds an earlier Senesim output.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Threads evaluating plans (default: all processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the search and first seed of the simulated lives (default: the person file's).")
    Long seed;

    @Option(names = "--quiet", description = "No progress and no tables on the console.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        String text = read(personFile);
        Scenario person = ScenarioLoader.parse(text, personFile.toString());
        if (text.lines().anyMatch(l -> l.startsWith("protocol:") || l.startsWith("evidence:"))) {
            throw new InputException(personFile + ": a person file for the planner has no 'protocol:' or 'evidence:' "
                    + "section: the planner chooses the protocol, and --min-tier sets the evidence cut. Fix: remove them.");
        }
        List<Objective> chosen = parse(() -> Objective.parse(objectives));
        String strict = minTier == null ? null : parse(() -> EvidenceTier.parse(minTier)).id();
        checkPositive("--evaluations", evaluations);
        checkPositive("--seeds", seeds);
        checkPositive("--recheck-seeds", recheckSeeds);
        if (population < 4 || population % 2 != 0) {
            throw new InputException("--population must be an even number of at least 4, got " + population + ". Fix: e.g. --population 20");
        }
        if (recheck < 0) {
            throw new InputException("--recheck must be 0 or more, got " + recheck + ". Fix: e.g. --recheck 3");
        }
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new InputException("--budget must be a number of US dollars of at least 0, got " + budget + ". Fix: e.g. --budget 5000");
        }
        List<CatalogEntry> entries = entries(treatments);
        String burdensText = burdensFile == null ? null : read(burdensFile, "give the path of a burden file, e.g. a copy of "
                + "senesim-planner/src/main/resources/org/senesim/planner/burden.yaml with your own figures");
        Burdens burdens = burdensText == null ? Burdens.builtIn() : parse(() -> Burdens.parse(burdensFile.toString(), burdensText));
        for (CatalogEntry e : entries) {
            if (!burdens.has(e.id())) {
                throw new InputException(burdensFile + ": no downtime and cost for '" + e.id() + "', which this search offers. "
                        + "Fix: add it under 'entries:' (copy its line from the built-in burden.yaml) or leave it out of --treatments.");
            }
        }
        int nThreads = RunOptions.threadCount(threads);
        long base = seed != null ? seed : person.seed();
        double startAge = person.person().ageYears();
        double endAge = person.endAgeYears();
        ParameterDraws draws = ParameterDraws.NOMINAL;
        if (posteriorFile != null) {
            Posterior posterior = Posterior.read(posteriorFile, ParameterRegistry.builtIn());
            // the evaluator applies each search's evidence cut after the draw
            draws = (nominal, k) -> posterior.sample(nominal, base, k, null);
        }
        Screening screen = parse(() -> Screening.parse(screening));
        Planner.Request request;
        try {
            request = new Planner.Request(text, personFile.toString(), entries, startAge, endAge, chosen,
                    maxSessions, budget, evaluations, population, seeds(base, seeds), seeds(base + 1000, recheckSeeds), recheck,
                    strict, base, nThreads, draws, skin(searchSkin), screen, screenResolution);
            screen.apply(person);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        if (person.tissue().narrow() && !quiet) {
            System.err.println("senesim plan: " + personFile + ": " + person.tissue().narrowNote());
        }
        // the folder is reserved before the search, so a place that cannot take it is exit 2 at once
        Path target = out != null ? out : Path.of("runs", "plan-" + person.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (RunFolder folder = RunFolder.create(target, force)) {
            Planner.Result result;
            try {
                result = new Planner(burdens).plan(request, quiet ? (cut, done, budgetN, front) -> { } : new ConsoleProgress(recheckSeeds));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
            StringBuilder evaluated = new StringBuilder();
            StringBuilder front = new StringBuilder();
            for (PlanFront f : result.fronts()) {
                String e = PlanCsv.evaluated(f);
                String fr = PlanCsv.front(f);
                evaluated.append(evaluated.length() == 0 ? e : e.substring(e.indexOf('\n') + 1));
                front.append(front.length() == 0 ? fr : fr.substring(fr.indexOf('\n') + 1));
            }
            folder.writeText("plans.csv", evaluated.toString());
            folder.writeText("front.csv", front.toString());
            ParquetTables.fromCsv(folder.resolve("plans.csv"), folder.resolve("plans.parquet"));
            folder.writeText("person.yaml", text);
            List<String> settings = new java.util.ArrayList<>(List.of(
                    String.format(Locale.ROOT, "Person: %s, from %.1f to %.1f years", person.name(), startAge, endAge),
                    "Objectives: " + String.join(", ", chosen.stream().map(o -> o.label() + " (" + o.unit() + ")").toList()),
                    "Treatments on offer: " + treatments.replaceAll(",\\s*", ", ") + "; at most " + maxSessions + " sessions and US$" + Math.round(budget),
                    evaluations + " plans evaluated per search (NSGA-II, population " + population + ", seed " + base + "), each life "
                            + "simulated on the " + (request.searchSkin() == Fidelity.PATCH ? "lattice patch" : "mean-field skin")
                            + " of the person file with " + seeds + " fixed seed(s)"
                            + (request.screening().screens() ? ", screened on " + request.screening().description() + " and each "
                            + "front judged again on the daily mean field (plans.csv: screening figures; fronts: daily)" : "")
                            + thinned(result.thinning())
                            + (posteriorFile == null ? ", nominal parameters" : ", seed k with posterior sample k of " + posteriorFile),
                    "Downtime and fees: " + (burdensFile == null ? "typical published figures and their ranges (senesim-planner burden.yaml)"
                            : "the figures and ranges of " + burdensFile + " (copied as burdens.yaml)") + ", tiers as stated there;"
                            + " a wounding device's downtime runs over its range with the wound each session's settings make"
                            + " (the typical figure at typical settings; docs/planner.md)"));
            if (person.tissue().narrow()) {
                settings.add("Lattice patch of the person file: " + person.tissue().narrowNote()
                        + " The re-check and --search-skin patch run on it.");
            }
            List<String[]> files = new java.util.ArrayList<>(List.of(new String[] {"front.csv", "the front of each search, each plan in words"},
                    new String[] {"plans.csv", "every evaluated plan: decisions, objectives, feasibility"},
                    new String[] {"plans.parquet", "the same table as Parquet (for pandas, Arrow, R, Spark, DuckDB)"},
                    new String[] {"person.yaml", "the person file as given"},
                    new String[] {"provenance.json", "version, commit, seed, threads, times"}));
            if (burdensText != null) {
                folder.writeText("burdens.yaml", burdensText);
                files.add(new String[] {"burdens.yaml", "the downtime and fees file given with --burdens"});
            }
            folder.writeText("report.html", PlanReport.html("Pre-juvenation plans for " + person.name(), settings,
                    result.fronts(), result.rechecks(), result.lives(), result.screened(),
                    entries.stream().map(e -> burdens.of(e.id())).toList(), files));
            Provenance.builder().scenario(person.name(), personFile.toString()).seed(base).threads(nThreads).start(start)
                    .commandLine(commandLine()).build().write(folder);
            Path done = folder.commit();
            if (!quiet) {
                print(result.fronts(), burdens, endAge);
            }
            System.out.println("Plans: " + done.resolve("report.html"));
        }
        return 0;
    }

    /**
     * Progress of every stage on stderr: a line at the start, at each tenth and at the end of a
     * search, of the re-judging and of the re-check, each with the time its stage has left at the
     * pace so far (a 5,000-plan search prints 12 lines, not one a generation).
     */
    private static final class ConsoleProgress implements Planner.Progress {
        private final int recheckSeeds;
        private String stage;
        private long stageStart;
        private int stageFirst;
        private int lastTenth;

        ConsoleProgress(int recheckSeeds) {
            this.recheckSeeds = recheckSeeds;
        }

        @Override
        public void searched(String cut, int done, int budget, int front) {
            String left = step(cut + " search", done, budget);
            if (left != null) {
                System.err.printf(Locale.ROOT, "senesim plan: %s: %d/%d plans evaluated, front %d%s%n", cut, done, budget, front, left);
            }
        }

        @Override
        public void rejudged(String cut, int done, int total) {
            String left = step(cut + " re-judging", done, total);
            if (left != null) {
                System.err.printf(Locale.ROOT, "senesim plan: %s: %d/%d screening front plans judged again on the daily mean field%s%n",
                        cut, done, total, left);
            }
        }

        @Override
        public void rechecked(String cut, int done, int total) {
            String left = step(cut + " re-check", done, total);
            if (left != null) {
                System.err.printf(Locale.ROOT, "senesim plan: %s: %d/%d plans and reference patterns re-checked on the lattice patch"
                        + " (%d seed%s each)%s%n", cut, done, total, recheckSeeds, recheckSeeds == 1 ? "" : "s", left);
            }
        }

        /**
         * Null when this count is not worth a line; else what follows it: ", about T left" while
         * the stage runs, "" at its end. A line is worth it at a stage's first count, at its last,
         * and at each count that crosses a tenth of the total.
         */
        private String step(String name, int done, int total) {
            long now = System.nanoTime();
            boolean first = !name.equals(stage);
            int tenth = total <= 0 ? 10 : (int) Math.min(10, (long) done * 10 / total);
            if (first) {
                stage = name;
                stageStart = now;
                stageFirst = done;
            } else if (done < total && tenth <= lastTenth) {
                return null;
            }
            lastTenth = tenth;
            if (done >= total || first) {
                return "";
            }
            // the stage's clock starts at its first count, so the pace is that of the counts since
            double perCount = (now - stageStart) / 1e9 / Math.max(1, done - stageFirst);
            return String.format(Locale.ROOT, ", about %s left", org.senesim.cli.ConsoleProgress.formatSeconds(perCount * (total - done)));
        }
    }

    /** How each screening front was thinned, for the report's settings ("" without a screening). */
    private static String thinned(List<Thinning> thinning) {
        if (thinning.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; before that, each screening front thinned to one plan per box of the screening's"
                + " scatter (" + thinning.get(0).resolution() + "):");
        for (Thinning t : thinning) {
            sb.append(' ').append(t.cut()).append(": ").append(t.screenedFront()).append(" front plans, ").append(t.judged())
                    .append(" judged again;");
        }
        return sb.substring(0, sb.length() - 1);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The command as the user typed it (picocli's original arguments: the command name and every option), for provenance. */
    private List<String> commandLine() {
        return spec.commandLine().getParseResult().originalArgs();
    }

    /** Plans of each front printed on the console (the report and front.csv have them all). */
    private static final int CONSOLE_PLANS = 8;

    private void print(List<PlanFront> fronts, Burdens burdens, double endAge) {
        for (PlanFront f : fronts) {
            List<Integer> rows = Planner.byCost(f, burdens, endAge);
            int shown = Math.min(CONSOLE_PLANS, rows.size());
            System.out.println("Pareto front, " + f.cut() + " (" + f.front().size() + " plans)"
                    + (shown < rows.size() ? ", the " + shown + " cheapest:" : ", cheapest first:"));
            for (int i = 0; i < shown; i++) {
                int r = rows.get(i);
                Plan plan = f.plans().get(r);
                // what each plan buys beside what it costs: the simulated objectives, as the report's front table
                StringBuilder outcomes = new StringBuilder();
                for (int k = 0; k < f.objectives().size(); k++) {
                    Objective o = f.objectives().get(k);
                    if (o.simulated()) {
                        outcomes.append(o.name()).append(' ')
                                .append(Numbers.readable(o.readable(f.front().get(r).objective(k)), 3)).append("  ");
                    }
                }
                System.out.printf(Locale.ROOT, "  US$%,8.0f  %s%s%n", plan.costUsd(burdens, endAge), outcomes, plan.describe());
            }
        }
        System.out.println("Model predictions with stated evidence, not medical advice.");
    }

    private static List<CatalogEntry> entries(String list) {
        Catalog catalog = Catalog.builtIn();
        List<CatalogEntry> out = new ArrayList<>();
        for (String raw : list.split(",")) {
            String id = raw.trim();
            if (id.isEmpty()) {
                continue;
            }
            CatalogEntry e = catalog.find(id);
            if (e == null) {
                String near = catalog.closest(id);
                throw new InputException("--treatments: no catalog entry '" + id + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                        + " Fix: see 'senesim devices' for the ids.");
            }
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        if (out.isEmpty()) {
            throw new InputException("the plan space is empty: --treatments names no catalog entry. Fix: e.g. --treatments sunscreen,thulium-1927");
        }
        return out;
    }

    private static Fidelity skin(String name) {
        return switch (name) {
            case "mean-field" -> Fidelity.MEAN_FIELD;
            case "patch" -> Fidelity.PATCH;
            default -> throw new InputException("--search-skin must be mean-field or patch, got '" + name
                    + "'. Fix: --search-skin mean-field (fast) or --search-skin patch (the lattice, slow)");
        };
    }

    private static long[] seeds(long base, int n) {
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = (base + i) & Long.MAX_VALUE;
        }
        return s;
    }

    private static void checkPositive(String option, int v) {
        if (v < 1) {
            throw new InputException(option + " must be 1 or more, got " + v + ". Fix: e.g. " + option + " 1");
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static String read(Path file) {
        return read(file, "give the path of a person (scenario) file, e.g. examples/plan-35.yaml");
    }

    /** The file's text, or bad input naming it, with {@code fix} when it does not exist. */
    private static String read(Path file, String fix) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file. Fix: " + fix);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }
}
