package org.senesim.cli;

import org.senesim.Version;
import org.senesim.evidence.RegistryException;
import org.senesim.report.OutputLocationException;
import org.senesim.scenario.ScenarioException;
import org.senesim.validation.ReproductionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code senesim}: the command-line entry point. Each subcommand is a small class; this one wires
 * them and turns failures into the exit-code contract — bad input prints one line naming what was
 * wrong and exits 2, an internal error says so and exits 1, and no stack trace reaches a user
 * unless {@code SENESIM_DEBUG} is set.
 */
@Command(name = "senesim",
        mixinStandardHelpOptions = true,
        versionProvider = SenesimCommand.VersionProvider.class,
        description = {"Simulates cellular senescence in human skin and its spread to the body.",
                "Model predictions with stated evidence, not medical advice."},
        subcommands = {RunCommand.class, ResumeCommand.class, CompareCommand.class, DevicesCommand.class, ParamsCommand.class, BenchCommand.class,
            ExportSbmlCommand.class, ReproduceCommand.class, SensitivityCommand.class, CalibrateCommand.class, PlanCommand.class,
            TrialCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class SenesimCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SenesimCommand());
        // Bind to the streams of the moment (tests redirect System.out and System.err).
        cl.setOut(new PrintWriter(System.out, true));
        cl.setErr(new PrintWriter(System.err, true));
        cl.setExecutionExceptionHandler(SenesimCommand::handle);
        // The command list of 'senesim --help' shows only a description's first element: join each
        // command's elements into one, so no description is cut off mid-sentence.
        for (CommandLine sub : cl.getSubcommands().values()) {
            String[] d = sub.getCommandSpec().usageMessage().description();
            if (d.length > 1) {
                sub.getCommandSpec().usageMessage().description(String.join(" ", d));
            }
        }
        cl.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("senesim: " + ex.getMessage());
            err.println("Try 'senesim " + commandPath(ex.getCommandLine()) + "--help'.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return "senesim".equals(name) ? "" : name + " ";
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof ScenarioException || ex instanceof InputException || ex instanceof OutputLocationException
                || ex instanceof ReproductionException) {
            err.println("senesim: " + ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof RegistryException) {
            err.println("senesim: the parameter registry shipped with this build is broken: " + ex.getMessage());
        } else {
            err.println("senesim: internal error: " + ex);
            err.println("This is a bug in Senesim, not in your input. Please report it with the command line;"
                    + " set SENESIM_DEBUG=1 to see the stack trace.");
        }
        if (System.getenv("SENESIM_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Prints the version and, when known, the commit. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String commit = Version.gitCommit();
            return new String[] {"senesim " + Version.version() + (commit == null ? "" : " (" + commit + ")"),
                    "JDK " + System.getProperty("java.runtime.version", System.getProperty("java.version"))};
        }
    }
}
