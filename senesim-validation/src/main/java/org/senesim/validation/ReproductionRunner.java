package org.senesim.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

/**
 * Runs reproductions: reads {@code NAME.published.yaml} from the bundled {@code examples/reproductions/}
 * folder, gives the reproduction its scenarios from the same folder, and turns the figures it returns
 * into {@link Verdict}s. The ids returned by {@code run()} and those of the file must match exactly.
 */
public final class ReproductionRunner {

    /** Class-path folder the module's build copies {@code examples/reproductions/} into. */
    public static final String RESOURCE_FOLDER = "/org/senesim/validation/reproductions/";
    /** How files of that folder are named in messages: the path a reader edits. */
    public static final String FOLDER_LABEL = "examples/reproductions/";
    /** Suffix of the published-figures file. */
    public static final String PUBLISHED_SUFFIX = ".published.yaml";

    private final int threads;
    private final Consumer<String> progress;

    /**
     * @param threads  threads each reproduction may use
     * @param progress receives one line of progress at a time (already prefixed with the reproduction's name)
     */
    public ReproductionRunner(int threads, Consumer<String> progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.progress = progress;
    }

    /** The published figures of a reproduction, from the bundled folder. */
    public static PublishedFile published(String name) {
        String file = name + PUBLISHED_SUFFIX;
        return PublishedFile.parse(bundledText(file), FOLDER_LABEL + file, name);
    }

    /** A scenario of the bundled folder, parsed so that its errors name {@code examples/reproductions/FILE}. */
    public static Scenario scenario(String fileName) {
        return ScenarioLoader.parse(bundledText(fileName), FOLDER_LABEL + fileName);
    }

    /** Text of a file of the bundled folder. */
    public static String bundledText(String fileName) {
        try (InputStream in = ReproductionRunner.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new ReproductionException(FOLDER_LABEL + fileName, 0, "no such file in this build. Fix: add it to "
                        + FOLDER_LABEL + " and rebuild (the folder is copied into the jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReproductionException(FOLDER_LABEL + fileName, 0, "cannot read it: " + e.getMessage());
        }
    }

    /** Runs one reproduction and judges its figures. */
    public ReproductionResult run(Reproduction reproduction) {
        PublishedFile file = published(reproduction.name());
        long start = System.nanoTime();
        List<String> scenarios = new ArrayList<>();
        String prefix = reproduction.name() + ": ";
        ReproductionContext context = new ReproductionContext() {
            @Override
            public Scenario scenario(String fileName) {
                Scenario s = ReproductionRunner.scenario(fileName);
                String used = fileName + " (seed " + s.seed() + ")";
                if (!scenarios.contains(used)) {
                    scenarios.add(used);
                }
                return s;
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public void progress(String message) {
                progress.accept(prefix + message);
            }
        };
        Map<String, Double> values = reproduction.run(context);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ReproductionResult(reproduction.name(), file.title(), judge(file, values), scenarios, seconds);
    }

    /**
     * The verdicts of a file's figures against a reproduction's values.
     *
     * @throws ReproductionException when an id of one is missing from the other
     */
    public static List<Verdict> judge(PublishedFile file, Map<String, Double> values) {
        // Figures of the file the code does not return first: that message can name the line, and
        // an id mistyped in the file shows up on both sides.
        for (PublishedFigure f : file.figures()) {
            if (!values.containsKey(f.id())) {
                throw new ReproductionException(file.file(), f.line(), "figure '" + f.id()
                        + "' is not returned by the reproduction's code. Fix: correct the id (the code returns "
                        + new TreeSet<>(values.keySet()) + ") or compute the figure in run()");
            }
        }
        TreeSet<String> extra = new TreeSet<>(values.keySet());
        for (PublishedFigure f : file.figures()) {
            extra.remove(f.id());
        }
        if (!extra.isEmpty()) {
            throw new ReproductionException(file.file(), 0, "the reproduction's code returns figure(s) " + extra
                    + " that the file does not list. Fix: add a figure with that id (and its published value,"
                    + " tolerance and source) or stop returning it");
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (PublishedFigure f : file.figures()) {
            Double v = values.get(f.id());
            verdicts.add(new Verdict(file.reproduction(), f, v == null ? Double.NaN : v));
        }
        return verdicts;
    }
}
