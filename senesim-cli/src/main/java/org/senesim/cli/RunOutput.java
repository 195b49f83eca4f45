package org.senesim.cli;

import org.senesim.report.RunFolder;
import org.senesim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a simulating command writes: {@code --out DIR}, else {@code runs/<scenario name>-<date-time>}
 * (the name made safe and, when another run took it the same second, numbered). The folder is
 * reserved before any computing, so a bad location is exit 2 at once, not after an hour's run; what
 * the reservation found of killed runs is said on stderr. A patch too large for the heap is refused
 * here too ({@link MemoryCheck}), before the folder is made.
 */
final class RunOutput {

    /** Parent of the default run folders, relative to the working directory. */
    static final Path DEFAULT_PARENT = Path.of("runs");

    private RunOutput() {
    }

    static RunFolder open(Path out, boolean force, Scenario scenario, boolean quiet) throws IOException {
        MemoryCheck.requireFits(scenario, Runtime.getRuntime().maxMemory());
        RunFolder folder;
        if (out != null) {
            folder = RunFolder.create(out, force);
        } else {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            folder = RunFolder.createUnique(DEFAULT_PARENT, scenario.name() + "-" + stamp);
        }
        if (!quiet) {
            for (String notice : folder.notices()) {
                System.err.println("senesim: " + notice);
            }
        }
        return folder;
    }
}
