package org.senesim.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.senesim.web.Page.esc;

/**
 * The reports the command line wrote into the workspace (run, compare, trial with its Kaplan–Meier
 * curves and forest plot, plan with its fronts): found by walking the workspace, listed, and served
 * by an opaque id. The id is a digest of the report's place; a request's id is looked up among the
 * reports found, never turned into a path, so no request can name a file.
 */
final class Reports {

    /** A report found: its id, folder name relative to the workspace, what wrote it, and when. */
    record Report(String id, String folder, String kind, Instant modified, Path file) {
    }

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final int MAX_DEPTH = 3;
    private static final int MAX_LISTED = 500;

    private final Path workspace;

    Reports(Path workspace) {
        this.workspace = workspace == null ? null : workspace.toAbsolutePath().normalize();
    }

    Path workspace() {
        return workspace;
    }

    /** Reports under the workspace, newest first. */
    List<Report> list() {
        List<Report> out = new ArrayList<>();
        if (workspace == null || !Files.isDirectory(workspace)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(workspace, MAX_DEPTH, new FileVisitOption[0])) {
            files.filter(p -> p.getFileName().toString().equals("report.html") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .limit(MAX_LISTED)
                    .forEach(p -> {
                        String folder = workspace.relativize(p.getParent()).toString();
                        try {
                            out.add(new Report(id(folder), folder.isEmpty() ? "." : folder, kind(p.getParent()),
                                    Files.getLastModifiedTime(p).toInstant(), p));
                        } catch (IOException e) {
                            // vanished while listing: leave it out
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Report::modified).reversed());
        return out;
    }

    /** The report of an id, or null (an id that is not one found now). */
    Report find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return null;
        }
        for (Report r : list()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** What wrote a run folder, from the files beside its report. */
    private static String kind(Path folder) {
        if (Files.exists(folder.resolve("front.csv")) || Files.exists(folder.resolve("plan.json"))) {
            return "plan";
        }
        if (Files.exists(folder.resolve("trial.duckdb")) || Files.isDirectory(folder.resolve("parquet"))) {
            return "trial";
        }
        if (Files.exists(folder.resolve("comparison.csv")) || Files.isDirectory(folder.resolve("arms"))) {
            return "compare";
        }
        return "run";
    }

    private static String id(String folder) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String page() {
        StringBuilder b = new StringBuilder();
        b.append("<p>Reports the command line wrote (<code>senesim run</code>, <code>compare</code>, <code>trial</code> ")
                .append("with Kaplan–Meier curves and forest plot, <code>plan</code> with its fronts) under the workspace ")
                .append(workspace == null ? "(none set)" : "<code>" + esc(workspace.toString()) + "</code>")
                .append(". Start the server with <code>--workspace DIR</code> to list another folder.</p>");
        List<Report> all = list();
        if (all.isEmpty()) {
            b.append("<p>No report.html found there yet.</p>");
        } else {
            b.append("<table class=\"list\"><thead><tr><th>run folder</th><th>kind</th><th>written (UTC)</th></tr></thead><tbody>");
            for (Report r : all) {
                b.append("<tr><td><a href=\"/reports/").append(r.id()).append("\">").append(esc(r.folder())).append("</a></td><td>")
                        .append(r.kind().toLowerCase(Locale.ROOT)).append("</td><td>").append(r.modified().toString(), 0, 19)
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Page.of("Reports in the workspace", "/reports", b.toString());
    }
}
