package org.senesim.calibration.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.senesim.Version;
import org.senesim.calibration.abc.AbcSmc;
import org.senesim.calibration.abc.DirectoryStore;
import org.senesim.calibration.abc.Generation;
import org.senesim.calibration.abc.Particle;
import org.senesim.scenario.Posterior;
import org.senesim.calibration.abc.Weighted;
import org.senesim.calibration.space.Evaluator;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.calibration.targets.Target;
import org.senesim.calibration.targets.TargetModel;
import org.senesim.calibration.targets.TargetsFile;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One {@code senesim calibrate} run into a folder: the generations ({@code generations/}, one
 * atomic file each, so the run resumes from the last), then {@code posterior.json},
 * {@code diagnostics.csv} (threshold, acceptance and ESS per generation), {@code predictive.csv}
 * (posterior-predictive check of every target, hold-outs marked) and {@code report.html} (prior
 * against posterior of every parameter, the diagnostics, the check with hold-outs apart).
 */
public final class CalibrationRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TargetsFile targets;
    private final Evaluator evaluator;
    private final Evaluator check;
    private final TargetModel model;
    private final ParameterRegistry registry;
    private final int threads;

    /**
     * @param targets   the targets file
     * @param evaluator runs the calibration targets' model at a batch of points (the run layer's executor, or {@code model})
     * @param check     runs every target, hold-outs included, for the posterior-predictive check
     * @param model     the targets' model (for the distance)
     * @param registry  the registry
     * @param threads   threads (for provenance)
     */
    public CalibrationRun(TargetsFile targets, Evaluator evaluator, Evaluator check, TargetModel model,
                          ParameterRegistry registry, int threads) {
        this.targets = targets;
        this.evaluator = evaluator;
        this.check = check;
        this.model = model;
        this.registry = registry;
        this.threads = threads;
    }

    /**
     * What must match for a folder's generations to be resumed: everything that decides what a
     * generation draws and accepts (parameters and their ranges; each target's figure, interval,
     * use and computation, scenario files included; particles, quantile, batch and seed), but not
     * the stopping rules, so a finished calibration can be continued for more generations.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder();
        for (var d : targets.space().dimensions()) {
            s.append(d).append('\n');
        }
        for (Target t : targets.targets()) {
            s.append(t.id()).append('|').append(t.use()).append('|').append(t.centre()).append('|').append(t.scale())
                    .append('|').append(t.figure().tolerance()).append('|');
            if (t.computation() instanceof Target.Cohort c) {
                var sc = c.scenario();   // every field but the file's path, so a moved folder still resumes
                s.append(List.of(sc.name(), sc.seed(), sc.durationDays(), sc.person(), sc.tissue(), sc.outputs(),
                        sc.parameterOverrides(), String.valueOf(sc.minTier()), sc.protocol(), sc.experiments()))
                        .append('|').append(c.people()).append('|').append(c.quantity().text());
            } else {
                s.append(t.computation());
            }
            s.append('\n');
        }
        var a = targets.settings();
        s.append(a.particles()).append('|').append(a.quantile()).append('|').append(a.batch()).append('|').append(a.seed());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs or resumes into {@code folder}; returns the ABC result after writing every file. */
    public AbcSmc.Result run(Path folder, AbcSmc.Listener listener) throws IOException {
        Files.createDirectories(folder);
        Instant started = Instant.now();
        DirectoryStore store = new DirectoryStore(folder.resolve("generations"), fingerprint());
        AbcSmc abc = new AbcSmc(targets.space().size(), evaluator, model.distance(), targets.settings());
        AbcSmc.Result result = abc.run(store, listener);
        Posterior posterior = posterior(result, started);
        posterior.write(folder.resolve("posterior.json"));
        Generation checked = withEveryTarget(result.posterior());
        Files.writeString(folder.resolve("diagnostics.csv"), diagnostics(result), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("predictive.csv"), predictive(checked), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.html"), html(result, checked), StandardCharsets.UTF_8);
        return result;
    }

    /**
     * The posterior particles with every target computed, hold-outs included (the search ran the
     * calibration targets only). Same particles, weights and distances.
     */
    private Generation withEveryTarget(Generation g) {
        if (targets.targets().stream().noneMatch(t -> t.use() == Target.Use.HOLD_OUT)) {
            return g;
        }
        double[][] points = g.particles().stream().map(Particle::u).toArray(double[][]::new);
        double[][] y = check.evaluate(points);
        List<Particle> ps = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            Particle p = g.particles().get(i);
            ps.add(new Particle(p.u(), p.weight(), p.distance(), y[i]));
        }
        return new Generation(g.index(), g.epsilon(), g.proposed(), g.evaluated(), ps);
    }

    private Posterior posterior(AbcSmc.Result result, Instant started) {
        ParameterSpace space = targets.space();
        Generation g = result.posterior();
        double[] w = new double[g.particles().size()];
        double[][] v = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            w[i] = g.particles().get(i).weight();
            v[i] = space.values(g.particles().get(i).u());
        }
        ObjectNode p = JSON.createObjectNode();
        p.put("targets_file", targets.file());
        p.put("calibration", targets.name());
        p.put("method", "ABC-SMC (Toni 2009, Beaumont 2009), unit-cube coordinates, registry distributions as prior");
        p.put("senesim_version", Version.version());
        p.put("git_commit", Version.gitCommit());
        p.put("seed", targets.settings().seed());
        p.put("particles", targets.settings().particles());
        p.put("threads", threads);
        p.put("fingerprint", fingerprint());
        p.put("stop", result.stop().name().toLowerCase(Locale.ROOT));
        p.put("finished", Instant.now().toString());
        p.put("this_session_started", started.toString());
        ArrayNode gens = p.putArray("generations");
        for (Generation x : result.generations()) {
            ObjectNode o = gens.addObject();
            o.put("generation", x.index());
            o.put("epsilon", Double.isInfinite(x.epsilon()) ? "inf" : Double.toString(x.epsilon()));
            o.put("evaluated", x.evaluated());
            o.put("acceptance", x.acceptance());
            o.put("ess", x.ess());
        }
        ArrayNode ts = p.putArray("targets");
        for (Target t : targets.targets()) {
            ts.add(t.id() + " (" + t.use().key() + ", " + t.publishedFile() + ")");
        }
        return new Posterior(space.ids(), held(), w, v, p);
    }

    /**
     * Parameters the targets depend on that were not calibrated: with cohort targets only, the
     * organism's ({@code organism.*}); with a reproduction among the targets, every registry parameter.
     */
    private List<String> held() {
        boolean organismOnly = targets.targets().stream().allMatch(t -> t.computation() instanceof Target.Cohort);
        List<String> out = new ArrayList<>();
        for (Parameter p : registry.all()) {
            if ((!organismOnly || p.id().startsWith("organism.")) && !targets.space().ids().contains(p.id())
                    && p.max() > p.min()) {
                out.add(p.id());
            }
        }
        return out;
    }

    private static String diagnostics(AbcSmc.Result r) {
        StringBuilder s = new StringBuilder("generation,epsilon,proposed,evaluated,accepted,acceptance,ess\n");
        for (Generation g : r.generations()) {
            s.append(String.format(Locale.ROOT, "%d,%s,%d,%d,%d,%.6g,%.6g%n", g.index(),
                    Double.isInfinite(g.epsilon()) ? "inf" : String.format(Locale.ROOT, "%.6g", g.epsilon()),
                    g.proposed(), g.evaluated(), g.particles().size(), g.acceptance(), g.ess()));
        }
        return s.toString();
    }

    /** {p05, p50, p95, fraction passing} of target i over the weighted particles. */
    private double[] check(Generation g, int i) {
        Target t = targets.targets().get(i);
        List<Double> vals = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        double pass = 0;
        double total = 0;
        for (Particle p : g.particles()) {
            total += p.weight();
            double y = p.outputs()[i];
            if (!Double.isNaN(y)) {
                vals.add(y);
                ws.add(p.weight());
                if (t.accepts(y)) {
                    pass += p.weight();
                }
            }
        }
        if (vals.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, 0};
        }
        double[] v = vals.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = ws.stream().mapToDouble(Double::doubleValue).toArray();
        return new double[] {Weighted.quantile(v, w, 0.05), Weighted.quantile(v, w, 0.5), Weighted.quantile(v, w, 0.95),
                pass / total};
    }

    private String predictive(Generation g) {
        StringBuilder s = new StringBuilder("target,use,published,low,high,unit,p05,p50,p95,pass_fraction\n");
        for (int i = 0; i < targets.targets().size(); i++) {
            Target t = targets.targets().get(i);
            double[] c = check(g, i);
            double pub = t.figure().published();
            s.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%.4f%n", t.id(), t.use().key(), Svg.f(pub),
                    Svg.f(t.figure().tolerance().low(pub)), Svg.f(t.figure().tolerance().high(pub)),
                    t.figure().unit().replace(",", " "), Svg.f(c[0]), Svg.f(c[1]), Svg.f(c[2]), c[3]));
        }
        return s.toString();
    }

    private String html(AbcSmc.Result r, Generation post) {
        ParameterSpace space = targets.space();
        Generation prior = r.generations().get(0);
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Calibration ")
                .append(Svg.esc(targets.name())).append("</title><style>body{font-family:sans-serif;max-width:1100px;"
                        + "margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
                        + "text-align:right}th{background:#eee}.pass{color:#070}.fail{color:#a00}</style></head><body>");
        s.append("<h1>Calibration: ").append(Svg.esc(targets.title())).append("</h1>");
        s.append("<p>Model predictions with stated evidence, not medical advice. ABC-SMC against ")
                .append(Svg.esc(targets.file())).append(": ").append(post.particles().size())
                .append(" particles, stopped (").append(r.stop().name().toLowerCase(Locale.ROOT))
                .append(") after generation ").append(post.index()).append(".</p>");
        s.append("<h2>Generations</h2><table><tr><th>generation</th><th>ε</th><th>run</th><th>acceptance</th>"
                + "<th>ESS</th></tr>");
        for (Generation g : r.generations()) {
            s.append("<tr><td>").append(g.index()).append("</td><td>")
                    .append(Double.isInfinite(g.epsilon()) ? "∞" : Svg.f(g.epsilon())).append("</td><td>")
                    .append(g.evaluated()).append("</td><td>").append(Svg.f(g.acceptance())).append("</td><td>")
                    .append(Svg.f(g.ess())).append("</td></tr>");
        }
        s.append("</table>");
        s.append("<h2>Prior (grey outline) and posterior (blue)</h2><p>Generation 0 is a draw of the prior (the registry"
                + " distributions); the dashed line is the registry default.</p>");
        for (int i = 0; i < space.size(); i++) {
            double[] pv = new double[prior.particles().size()];
            double[] pw = new double[pv.length];
            for (int k = 0; k < pv.length; k++) {
                pv[k] = space.get(i).value(prior.particles().get(k).u()[i]);
                pw[k] = 1;
            }
            double[] qv = new double[post.particles().size()];
            double[] qw = new double[qv.length];
            for (int k = 0; k < qv.length; k++) {
                qv[k] = space.get(i).value(post.particles().get(k).u()[i]);
                qw[k] = post.particles().get(k).weight();
            }
            var d = space.get(i);
            s.append(Svg.priorPosterior(d.id() + " (" + d.unit() + ")", d.min(), d.max(), d.mode(), pv, pw, qv, qw));
        }
        for (Target.Use use : Target.Use.values()) {
            s.append("<h2>Posterior-predictive check: ").append(use == Target.Use.CALIBRATE ? "calibration targets"
                    : "hold-outs (not fitted)").append("</h2><table><tr><th>target</th><th>computed as</th><th>published</th>"
                    + "<th>interval</th><th>unit</th><th>p05</th><th>p50</th><th>p95</th><th>posterior mass inside</th>"
                    + "</tr>");
            for (int i = 0; i < targets.targets().size(); i++) {
                Target t = targets.targets().get(i);
                if (t.use() != use) {
                    continue;
                }
                double[] c = check(post, i);
                double pub = t.figure().published();
                s.append("<tr><td style='text-align:left'>").append(Svg.esc(t.id())).append("</td><td style='text-align:left'>")
                        .append(Svg.esc(computedAs(t))).append("</td><td>")
                        .append(Svg.f(pub)).append("</td><td>").append(Svg.esc(t.figure().tolerance().describe()))
                        .append("</td><td>").append(Svg.esc(t.figure().unit())).append("</td><td>").append(Svg.f(c[0]))
                        .append("</td><td class='").append(t.accepts(c[1]) ? "pass" : "fail").append("'>")
                        .append(Svg.f(c[1])).append("</td><td>").append(Svg.f(c[2])).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.0f %%", 100 * c[3])).append("</td></tr>");
            }
            s.append("</table>");
        }
        s.append("</body></html>\n");
        return s.toString();
    }

    /** How a target is computed, as its targets-file line says: which quantity on which cohort, or which reproduction. */
    static String computedAs(Target t) {
        if (t.computation() instanceof Target.Cohort c) {
            return c.quantity().text() + " of " + String.format(Locale.ROOT, "%,d", c.people()) + " × " + c.scenarioFile();
        }
        return "reproduction " + ((Target.Reproduction) t.computation()).name();
    }
}
