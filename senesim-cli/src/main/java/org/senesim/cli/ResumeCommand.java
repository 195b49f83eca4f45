package org.senesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code senesim resume}: continues a run started with {@code run --checkpoint-every} from its last
 * checkpoint and finishes the same run folder ({@link CheckpointedRun}).
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continues a run that 'senesim run --checkpoint-every' saved, from its last checkpoint, with the "
                + "same threads and options, and finishes its run folder: the files are those the run would have "
                + "written had it never stopped (docs/outputs.md). A checkpoint from another Senesim version, or a "
                + "damaged one, is refused.")
final class ResumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_FOLDER_OR_CHECKPOINT",
            description = "The unfinished run folder (.NAME.partial, named when the run started) or the "
                    + "checkpoint.senesim in it.")
    Path target;

    @Override
    public Integer call() throws IOException {
        CheckpointedRun.resume(target);
        return ExitCodes.OK;
    }
}
