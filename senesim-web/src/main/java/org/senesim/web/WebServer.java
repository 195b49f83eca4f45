package org.senesim.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.sse.SseClient;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code senesim serve}: the explorer's HTTP server (Javalin 7 on Jetty). Pages are rendered here,
 * scripts and uPlot are served from the class path; runs go through {@link Jobs} and the run
 * layer. Every input is bounded (body size, queue, run size, time), results are addressed by
 * opaque ids, and no request path is ever read as a file path.
 */
public final class WebServer implements AutoCloseable {

    /** File label in the loader's messages for text typed into the browser. */
    static final String EDITOR_LABEL = "scenario.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jobs jobs;
    private final Reports reports;
    private final Limits limits;
    private final Javalin app;
    private final ScheduledExecutorService ticker;
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final String url;

    /** A browser following one job's progress. */
    private record Watcher(SseClient client, Job job) {
    }

    private WebServer(String host, int port, Path workspace, Limits limits, int threads) {
        this.limits = limits;
        this.jobs = new Jobs(limits, threads);
        this.reports = new Reports(workspace);
        this.app = Javalin.create(this::configure);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "senesim-web-progress");
            t.setDaemon(true);
            return t;
        });
        app.start(host, port);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        this.url = "http://" + shown + ":" + app.port() + "/";
        ticker.scheduleWithFixedDelay(this::tick, 250, 250, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a server.
     *
     * @param host      address to bind (127.0.0.1: this machine only)
     * @param port      port (0: any free one)
     * @param workspace folder whose report.html files the Reports page lists (may be null)
     * @param threads   threads the running jobs share
     */
    public static WebServer start(String host, int port, Path workspace, Limits limits, int threads) {
        return new WebServer(host, port, workspace, limits, threads);
    }

    public String url() {
        return url;
    }

    public int port() {
        return app.port();
    }

    public Jobs jobs() {
        return jobs;
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = limits.maxBodyBytes();
        config.staticFiles.enableWebjars();
        config.staticFiles.add(s -> {
            s.hostedPath = "/assets";
            s.directory = "/org/senesim/web/assets";
            s.location = Location.CLASSPATH;
        });
        config.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            // pages load only this server's scripts and styles; a report of the workspace runs sandboxed
            ctx.header("Content-Security-Policy", ctx.path().startsWith("/reports/")
                    ? "sandbox allow-scripts; default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
                    : "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
            ctx.header("Referrer-Policy", "no-referrer");
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limits.maxBodyBytes()) {
                throw new io.javalin.http.HttpResponseException(413, "request body over " + limits.maxBodyBytes() + " bytes");
            }
        });
        config.routes.get("/", ctx -> html(ctx, Pages.newRun(limits)));
        config.routes.get("/jobs", ctx -> html(ctx, Pages.jobs(jobs.recent())));
        config.routes.get("/jobs/{id}", ctx -> html(ctx, Pages.job(job(ctx))));
        config.routes.get("/catalog", ctx -> html(ctx, EvidencePages.catalog(ctx.queryParam("q"), tier(ctx))));
        config.routes.get("/evidence", ctx -> html(ctx, EvidencePages.evidence(ctx.queryParam("q"), tier(ctx))));
        config.routes.get("/reports", ctx -> html(ctx, reports.page()));
        config.routes.get("/reports/{id}", this::report);
        config.routes.get("/api/presets/{id}", this::preset);
        config.routes.post("/api/compose", this::compose);
        config.routes.post("/api/validate", this::validate);
        config.routes.post("/api/jobs", this::submit);
        config.routes.get("/api/jobs/{id}", ctx -> json(ctx, status(job(ctx))));
        config.routes.post("/api/jobs/{id}/cancel", ctx -> {
            Job j = job(ctx);
            j.cancel();
            json(ctx, status(j));
        });
        config.routes.get("/api/jobs/{id}/series", ctx -> bytes(ctx, done(job(ctx)), true));
        config.routes.get("/api/jobs/{id}/snapshots", ctx -> bytes(ctx, ResultsJson.snapshots(finished(job(ctx))), false));
        config.routes.get("/api/jobs/{id}/slice", this::slice);
        config.routes.get("/api/jobs/{id}/differences", ctx -> html(ctx, Differences.html(finished(job(ctx)))));
        config.routes.sse("/api/jobs/{id}/events", client -> {
            Job j = jobs.get(client.ctx().pathParam("id"));
            if (j == null) {
                client.sendEvent("gone", "{}");
                client.close();
                return;
            }
            client.keepAlive();
            Watcher w = new Watcher(client, j);
            client.onClose(() -> watchers.remove(w));
            watchers.add(w);
            send(w);
        });
        config.routes.exception(NotFound.class, (e, ctx) -> problem(ctx, 404, "Not found", e.getMessage()));
        config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (e instanceof io.javalin.http.HttpResponseException h) {
                problem(ctx, h.getStatus(), "Request refused", h.getMessage());
                return;
            }
            // one line for the user, the details for the server's log: never a stack trace in a page
            System.err.println("senesim serve: internal error on " + ctx.path() + ": " + e);
            problem(ctx, 500, "Internal error", "internal error: " + e.getClass().getSimpleName());
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, 404, "Not found", "nothing here: " + ctx.path());
            }
        });
    }

    // ---------------------------------------------------------------- handlers

    private void preset(Context ctx) {
        Presets.Preset p = Presets.find(ctx.pathParam("id"));
        if (p == null) {
            throw new NotFound("no preset of that name");
        }
        ctx.contentType("text/plain; charset=utf-8").result(p.text().get());
    }

    private void compose(Context ctx) {
        Presets.Preset p = Presets.find(ctx.formParam("preset"));
        if (p == null) {
            throw new BadRequest("preset: choose one of the presets offered");
        }
        Map<String, String> form = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> form.put(k, v.isEmpty() ? "" : v.get(0)));
        ctx.contentType("text/plain; charset=utf-8").result(Presets.compose(p, form));
    }

    /** The loader's verdict on the editor's text: ok with what would run, or the located problem. */
    private void validate(Context ctx) {
        String text = ctx.body();
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Scenario s = ScenarioLoader.parse(text, EDITOR_LABEL);
            var design = Jobs.design(s);
            long size = Jobs.voxelDays(design);
            out.put("ok", true);
            out.put("name", s.name());
            out.put("arms", design.arms().stream().map(a -> a.name()).toList());
            out.put("runs", design.specs().size());
            out.put("voxelDays", size);
            out.put("withinLimits", size <= limits.maxVoxelDays());
            if (s.tissue().narrow()) {
                out.put("note", s.tissue().narrowNote());
            }
        } catch (ScenarioException e) {
            located(out, e);
        } catch (ArithmeticException e) {
            out.put("ok", true);
            out.put("withinLimits", false);
        }
        json(ctx, out);
    }

    private static void located(Map<String, Object> out, ScenarioException e) {
        out.put("ok", false);
        out.put("line", e.line());
        out.put("column", e.column());
        out.put("key", e.key());
        out.put("problem", e.problem());
        out.put("message", e.getMessage());
    }

    private void submit(Context ctx) {
        String text = ctx.body();
        Scenario s;
        try {
            s = ScenarioLoader.parse(text, EDITOR_LABEL);
        } catch (ScenarioException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            located(out, e);
            ctx.status(400);
            json(ctx, out);
            return;
        }
        try {
            Job j = jobs.submit(s, text);
            ctx.status(202).header("Location", "/jobs/" + j.id());
            json(ctx, Map.of("id", j.id(), "url", "/jobs/" + j.id()));
        } catch (Jobs.Full e) {
            ctx.status(429).header("Retry-After", "30");
            json(ctx, Map.of("ok", false, "message", e.getMessage()));
        } catch (Jobs.Refused e) {
            ctx.status(422);
            json(ctx, Map.of("ok", false, "message", EDITOR_LABEL + ": " + e.getMessage()));
        }
    }

    private void slice(Context ctx) {
        Job j = finished(job(ctx));
        int arm = integer(ctx.queryParam("arm"));
        int index = integer(ctx.queryParam("index"));
        byte[] b = ResultsJson.slice(j, arm, index, ctx.queryParam("field"));
        if (b == null) {
            throw new NotFound("this job has no such cross-section (arm, index or field)");
        }
        bytes(ctx, b, false);
    }

    private void report(Context ctx) throws java.io.IOException {
        Reports.Report r = reports.find(ctx.pathParam("id"));
        if (r == null) {
            throw new NotFound("no report with that id in the workspace");
        }
        ctx.contentType("text/html; charset=utf-8").result(Files.readAllBytes(r.file()));
    }

    // ---------------------------------------------------------------- progress stream

    private void tick() {
        for (Watcher w : watchers) {
            try {
                send(w);
            } catch (RuntimeException e) {
                watchers.remove(w);
            }
        }
    }

    private void send(Watcher w) {
        if (w.client().terminated()) {
            watchers.remove(w);
            return;
        }
        w.client().sendEvent("progress", write(status(w.job())));
        if (w.job().state().finished()) {
            watchers.remove(w);
            w.client().close();
        }
    }

    private static Map<String, Object> status(Job j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("state", j.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("done", j.done());
        m.put("total", j.total());
        m.put("seconds", Math.round(j.seconds() * 10) / 10.0);
        m.put("message", j.message());
        return m;
    }

    // ---------------------------------------------------------------- helpers

    /** Thrown by handlers for an unknown id, answered 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String m) {
            super(m, null, false, false);
        }
    }

    /** Thrown by handlers for a malformed request, answered 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String m) {
            super(m, null, false, false);
        }
    }

    private Job job(Context ctx) {
        Job j = jobs.get(ctx.pathParam("id"));
        if (j == null) {
            throw new NotFound("no job with that id (ids are given by this server; old jobs are forgotten after "
                    + limits.keptJobs() + " newer ones)");
        }
        return j;
    }

    private static Job finished(Job j) {
        if (j.state() != Job.State.DONE) {
            throw new NotFound("the job has no results (it is " + j.state().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return j;
    }

    /** The series JSON, made once per job. */
    private static byte[] done(Job j) {
        finished(j);
        synchronized (j) {
            if (j.cache() == null) {
                j.cache(ResultsJson.series(j));
            }
            return (byte[]) j.cache();
        }
    }

    private static org.senesim.evidence.EvidenceTier tier(Context ctx) {
        try {
            return EvidencePages.tier(ctx.queryParam("tier"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("tier: " + e.getMessage());
        }
    }

    private static int integer(String s) {
        if (s == null || !s.matches("\\d{1,6}")) {
            throw new BadRequest("arm and index must be small whole numbers");
        }
        return Integer.parseInt(s);
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(write(value));
    }

    private static void bytes(Context ctx, byte[] b, boolean cacheable) {
        ctx.contentType("application/json").header("Cache-Control", cacheable ? "private, max-age=3600" : "no-cache").result(b);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An error as JSON for the API, as a page for a browser. */
    private static void problem(Context ctx, int status, String title, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, Map.of("ok", false, "message", message == null ? title : message));
        } else {
            html(ctx, Page.problem(title, message == null ? title : message));
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        jobs.close();
        app.stop();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
