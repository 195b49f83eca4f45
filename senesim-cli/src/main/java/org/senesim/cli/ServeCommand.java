package org.senesim.cli;

import org.senesim.web.Limits;
import org.senesim.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code senesim serve}: the browser explorer (senesim-web) on this machine. It binds to 127.0.0.1
 * unless told otherwise, prints the URL, and runs until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the browser explorer: a scenario form and YAML editor with the loader's located errors, "
                + "runs with live progress and cancel, interactive charts of every time series (arms overlaid, seed "
                + "bands), cross-sections by age, the catalog and the evidence, and the reports in the workspace "
                + "(docs/web.md). Binds to 127.0.0.1 (this machine only) unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 opens it to the network.")
    String host;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = "runs",
            description = "Folder whose report.html files (run, compare, trial, plan) the Reports page lists (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--threads", paramLabel = "N", description = "Threads the running jobs share (default: every processor).")
    Integer threads;

    @Option(names = "--max-queue", paramLabel = "N", defaultValue = "4", description = "Jobs that may wait (default: ${DEFAULT-VALUE}); one more is refused with 429.")
    int maxQueue;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "1", description = "Jobs that run at once (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--max-voxel-days", paramLabel = "N", description = "Largest job in voxels x simulated days over all its runs (default: 5e9; the flagship is 3.9e9).")
    Double maxVoxelDays;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Wall time after which a job is stopped (default: 900).")
    Long maxSeconds;

    @Override
    public Integer call() throws InterruptedException, org.senesim.report.OutputLocationException {
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be between 0 and 65535, got " + port);
        }
        if (maxQueue < 0 || maxQueue > 1000 || maxConcurrent < 1 || maxConcurrent > 64) {
            throw new InputException("--max-queue must be 0 to 1000 and --max-concurrent 1 to 64, got " + maxQueue + " and " + maxConcurrent);
        }
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
            throw new InputException("--workspace " + workspace + ": not a folder. Fix: give a folder (run folders are written to runs/).");
        }
        writable(workspace);
        Limits limits = Limits.defaults().withQueue(maxQueue, maxConcurrent);
        if (maxVoxelDays != null) {
            if (!(maxVoxelDays >= 1 && maxVoxelDays <= 9e18)) {
                throw new InputException("--max-voxel-days must be at least 1, got " + maxVoxelDays);
            }
            limits = limits.withMaxVoxelDays(Math.round(maxVoxelDays));
        }
        if (maxSeconds != null) {
            if (maxSeconds < 1) {
                throw new InputException("--max-seconds must be at least 1, got " + maxSeconds);
            }
            limits = limits.withMaxSeconds(maxSeconds);
        }
        WebServer server;
        try {
            server = WebServer.start(host, port, workspace, limits, RunOptions.threadCount(threads));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException || String.valueOf(t.getMessage()).contains("already in use")) {
                    throw new InputException("--port " + port + " on " + host + ": the address is in use or cannot be bound ("
                            + t.getMessage() + "). Fix: choose another --port, or stop the other server.");
                }
            }
            throw e;
        }
        System.out.println("Senesim explorer: " + server.url() + "  (Ctrl-C stops it; model predictions, not medical advice)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * Every run the explorer starts writes its folder into the workspace: a place that cannot be
     * written is refused now, as bad input naming it, not after a visitor's first run has computed.
     */
    private static void writable(Path workspace) throws org.senesim.report.OutputLocationException {
        try {
            // the explorer makes the folder with its first run: a folder made only to try is removed
            boolean made = !Files.exists(workspace);
            Files.createDirectories(workspace);
            Files.delete(Files.createTempFile(workspace, ".senesim-serve-", ".probe"));
            if (made) {
                Files.delete(workspace);
            }
        } catch (java.io.IOException e) {
            throw org.senesim.report.OutputPaths.refused(workspace, "write run folders into the workspace", e,
                    "run 'senesim serve' from a folder you can write, or give --workspace DIR in one");
        }
    }
}
