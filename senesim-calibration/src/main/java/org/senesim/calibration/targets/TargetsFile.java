package org.senesim.calibration.targets;

import org.senesim.calibration.abc.AbcSettings;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.scenario.Suggest;
import org.senesim.validation.PublishedFigure;
import org.senesim.validation.PublishedFile;
import org.senesim.validation.ReproductionRunner;
import org.senesim.validation.Reproductions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calibration's targets file (format in docs/calibration.md):
 *
 * <pre>
 * calibration: default-human
 * title: one line
 * parameters: [organism.production.eta.human, organism.death.threshold]   # ids, or prefixes ending in *
 * abc: {particles: 200, generations: 8, quantile: 0.5, min_acceptance: 0.03, final_epsilon: 0.5, batch: 40, seed: 1}
 * targets:
 *   - figure: median_age_at_death      # id in the published-figures file
 *     published: life-tables.published.yaml   # that file (the reproductions' format), next to this one
 *     use: calibrate                   # or hold-out
 *     scenario: woman-20.yaml          # the person whose cohort computes it ...
 *     quantity: median_age_at_death
 *     people: 2000
 *   - figure: mortality_doubling_time_human
 *     use: hold-out
 *     reproduction: karin-2019         # ... or a reproduction (published defaults to its own file)
 * </pre>
 *
 * Every mistake is a {@link ScenarioException} naming the file, line and fix (the CLI exits 2).
 *
 * @param name       the {@code calibration:} name
 * @param title      one line
 * @param file       the file label as given
 * @param space      the calibrated parameters
 * @param selectors  the {@code parameters:} entries as written
 * @param settings   ABC-SMC settings
 * @param targets    the targets in file order
 * @param text       the file's text (kept for provenance)
 */
public record TargetsFile(String name, String title, String file, ParameterSpace space, List<String> selectors,
                          AbcSettings settings, List<Target> targets, String text) {

    private static final List<String> TOP = List.of("calibration", "title", "parameters", "abc", "targets");
    private static final List<String> ABC = List.of("particles", "generations", "quantile", "min_acceptance",
            "final_epsilon", "batch", "seed");
    private static final List<String> TARGET = List.of("figure", "published", "use", "scenario", "quantity", "people",
            "reproduction");
    private static final String EXAMPLE = "{figure: median_age_at_death, published: life-tables.published.yaml,"
            + " use: calibrate, scenario: woman-20.yaml, quantity: median_age_at_death, people: 2000}";
    /** Default cohort size of a scenario target (numerical setting: medians settle to about half a year). */
    public static final int DEFAULT_PEOPLE = 2000;

    public TargetsFile {
        targets = List.copyOf(targets);
        selectors = List.copyOf(selectors);
    }

    /** Reads and checks a targets file. */
    public static TargetsFile load(Path path, ParameterRegistry registry) {
        String label = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the targets file (" + e.getMessage()
                    + "). Fix: check the path");
        }
        Path folder = path.toAbsolutePath().getParent();
        Located root = Located.read(text, label);
        if (root == null) {
            throw new ScenarioException(label, 0, 0, "", "the file is empty. Fix: write 'calibration:', 'title:',"
                    + " 'parameters:' and 'targets:' (docs/calibration.md)");
        }
        Map<String, Located> top = root.map("a map with calibration, title, parameters, abc and targets", TOP);
        String name = Located.required(root, top, "calibration", "write 'calibration: NAME'").text();
        String title = Located.required(root, top, "title", "write 'title: one line'").text();

        Located params = Located.required(root, top, "parameters",
                "list the parameters to calibrate, e.g. [organism.production.eta.human, organism.death.threshold]");
        List<String> selectors = new ArrayList<>();
        for (Located p : params.list("a list of parameter ids")) {
            String s = p.text();
            try {
                ParameterSpace.select(registry, List.of(s));
            } catch (IllegalArgumentException e) {
                String hint = s.endsWith("*") ? "" : Suggest.didYouMean(s, registry.ids());
                throw p.error(e.getMessage() + hint);
            }
            selectors.add(s);
        }
        if (selectors.isEmpty()) {
            throw params.error("no parameters. Fix: list at least one registry id");
        }
        ParameterSpace space = ParameterSpace.select(registry, selectors);
        AbcSettings settings = settings(root, top.get("abc"));

        Located list = Located.required(root, top, "targets", "list targets, each like " + EXAMPLE);
        List<Target> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, PublishedFile> publishedCache = new HashMap<>();
        for (Located item : list.list("a list of targets, each like " + EXAMPLE)) {
            Target t = target(item, folder, registry, publishedCache);
            if (!ids.add(t.id())) {
                throw item.error("figure '" + t.id() + "' is a target twice. Fix: keep one");
            }
            targets.add(t);
        }
        if (targets.stream().noneMatch(t -> t.use() == Target.Use.CALIBRATE)) {
            throw list.error("no target has 'use: calibrate'. Fix: mark at least one target 'use: calibrate'");
        }
        return new TargetsFile(name, title, label, space, selectors, settings, targets, text);
    }

    private static AbcSettings settings(Located root, Located abc) {
        int particles = 200;
        int generations = 8;
        double quantile = 0.5;
        double minAcceptance = 0.03;
        double finalEpsilon = 0.5;
        int batch = 40;
        long seed = 1;
        if (abc != null) {
            Map<String, Located> m = abc.map("a map of ABC settings", ABC);
            if (m.containsKey("particles")) {
                particles = m.get("particles").wholeNumber(10);
            }
            if (m.containsKey("generations")) {
                generations = m.get("generations").wholeNumber(1);
            }
            if (m.containsKey("quantile")) {
                quantile = fraction(m.get("quantile"), "0.5");
            }
            if (m.containsKey("min_acceptance")) {
                minAcceptance = fraction(m.get("min_acceptance"), "0.03");
            }
            if (m.containsKey("final_epsilon")) {
                finalEpsilon = m.get("final_epsilon").number();
                if (finalEpsilon < 0) {
                    throw m.get("final_epsilon").error("must be at least 0. Fix: e.g. 0.5");
                }
            }
            if (m.containsKey("batch")) {
                batch = m.get("batch").wholeNumber(1);
            }
            if (m.containsKey("seed")) {
                seed = m.get("seed").wholeNumber(0);
            }
        }
        return new AbcSettings(particles, generations, quantile, minAcceptance, finalEpsilon, batch, seed);
    }

    private static double fraction(Located v, String example) {
        double x = v.number();
        if (!(x > 0 && x < 1)) {
            throw v.error("must lie strictly between 0 and 1, got " + x + ". Fix: e.g. " + example);
        }
        return x;
    }

    private static Target target(Located item, Path folder, ParameterRegistry registry, Map<String, PublishedFile> cache) {
        Map<String, Located> m = item.map("a target like " + EXAMPLE, TARGET);
        Located figureNode = Located.required(item, m, "figure", "name the figure's id in its published file");
        String figureId = figureNode.text();
        Located useNode = Located.required(item, m, "use", "write 'use: calibrate' or 'use: hold-out'");
        Target.Use use = switch (useNode.text()) {
            case "calibrate" -> Target.Use.CALIBRATE;
            case "hold-out" -> Target.Use.HOLD_OUT;
            default -> throw useNode.error("use is '" + useNode.text() + "'"
                    + Suggest.didYouMean(useNode.text(), List.of("calibrate", "hold-out"))
                    + " Fix: write 'use: calibrate' (fitted) or 'use: hold-out' (kept apart to check the fit)");
        };
        boolean byScenario = m.containsKey("scenario");
        boolean byReproduction = m.containsKey("reproduction");
        if (byScenario == byReproduction) {
            throw item.error((byScenario ? "both 'scenario' and 'reproduction' are given" : "neither 'scenario' nor"
                    + " 'reproduction' is given") + ". Fix: compute the figure either with 'scenario: FILE' and"
                    + " 'quantity: Q', or with 'reproduction: NAME'");
        }
        Target.Computation computation;
        PublishedFile published;
        String publishedLabel;
        if (byReproduction) {
            Located r = m.get("reproduction");
            String name = r.text();
            if (!Reproductions.names().contains(name)) {
                throw r.error("no reproduction '" + name + "'" + Suggest.didYouMean(name, Reproductions.names())
                        + " Fix: one of " + String.join(", ", Reproductions.names()));
            }
            for (String k : List.of("quantity", "people")) {
                if (m.containsKey(k)) {
                    throw m.get(k).error("'" + k + "' belongs to a scenario target; a reproduction computes its own"
                            + " figures. Fix: remove it");
                }
            }
            computation = new Target.Reproduction(name);
            if (m.containsKey("published")) {
                publishedLabel = m.get("published").text();
                published = publishedFile(m.get("published"), folder, cache);
            } else {
                publishedLabel = ReproductionRunner.FOLDER_LABEL + name + ReproductionRunner.PUBLISHED_SUFFIX;
                published = ReproductionRunner.published(name);
            }
        } else {
            Located pubNode = Located.required(item, m, "published",
                    "name the published-figures file that holds the figure, e.g. life-tables.published.yaml");
            publishedLabel = pubNode.text();
            published = publishedFile(pubNode, folder, cache);
            computation = cohort(item, m, folder, registry);
        }
        PublishedFigure figure = published.figure(figureId);
        if (figure == null) {
            List<String> known = published.figures().stream().map(PublishedFigure::id).toList();
            throw figureNode.error("no figure '" + figureId + "' in " + publishedLabel
                    + Suggest.didYouMean(figureId, known) + " Fix: one of " + String.join(", ", known));
        }
        Target t = new Target(figure, publishedLabel, use, computation, item.line);
        if (use == Target.Use.CALIBRATE && !Double.isFinite(t.scale())) {
            throw useNode.error("figure '" + figureId + "' has a one-sided tolerance (" + figure.tolerance().describe()
                    + "), which gives no uncertainty to fit to. Fix: use it as 'hold-out', or give the figure a"
                    + " two-sided tolerance (relative, absolute or between)");
        }
        if (use == Target.Use.CALIBRATE && !(t.scale() > 0)) {
            throw useNode.error("figure '" + figureId + "' has a tolerance of zero width (" + figure.tolerance().describe()
                    + "). Fix: give the figure its published uncertainty");
        }
        return t;
    }

    private static PublishedFile publishedFile(Located node, Path folder, Map<String, PublishedFile> cache) {
        String name = node.text();
        Path p = folder.resolve(name).normalize();
        if (cache.containsKey(p.toString())) {
            return cache.get(p.toString());
        }
        if (!name.endsWith(ReproductionRunner.PUBLISHED_SUFFIX)) {
            throw node.error("'" + name + "' is not a published-figures file. Fix: name a file ending in "
                    + ReproductionRunner.PUBLISHED_SUFFIX + " (format in docs/validation.md)");
        }
        if (!Files.isRegularFile(p)) {
            throw node.error("no file " + p + ". Fix: give the path relative to the targets file");
        }
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw node.error("cannot read " + p + ": " + e.getMessage());
        }
        String stem = p.getFileName().toString();
        stem = stem.substring(0, stem.length() - ReproductionRunner.PUBLISHED_SUFFIX.length());
        PublishedFile f = PublishedFile.parse(text, p.toString(), stem);
        cache.put(p.toString(), f);
        return f;
    }

    private static Target.Cohort cohort(Located item, Map<String, Located> m, Path folder, ParameterRegistry registry) {
        Located sNode = m.get("scenario");
        String scenarioName = sNode.text();
        Path sp = folder.resolve(scenarioName).normalize();
        if (!Files.isRegularFile(sp)) {
            throw sNode.error("no scenario file " + sp + ". Fix: give the path relative to the targets file");
        }
        Scenario scenario = ScenarioLoader.load(sp, registry);
        Located qNode = Located.required(item, m, "quantity", "write e.g. 'quantity: median_age_at_death'; forms: "
                + Quantity.FORMS);
        Quantity q = Quantity.parse(qNode.text());
        if (q == null) {
            throw qNode.error("unknown quantity '" + qNode.text() + "'. Fix: one of " + Quantity.FORMS);
        }
        if (q.kind() == Quantity.Kind.COLUMN_MEDIAN_AT && !Quantity.columns().contains(q.column())) {
            throw qNode.error("no organism column '" + q.column() + "'" + Suggest.didYouMean(q.column(), Quantity.columns())
                    + " Fix: one of " + String.join(", ", Quantity.columns()));
        }
        double need = q.ageRead();
        if (!Double.isNaN(need) && (need < scenario.person().ageYears() || need > scenario.endAgeYears())) {
            throw qNode.error("age " + need + " lies outside the scenario's years (" + scenario.person().ageYears()
                    + " to " + scenario.endAgeYears() + "). Fix: choose an age in that span or lengthen the scenario's duration");
        }
        int people = m.containsKey("people") ? m.get("people").wholeNumber(10) : DEFAULT_PEOPLE;
        return new Target.Cohort(scenarioName, scenario, people, q);
    }
}
