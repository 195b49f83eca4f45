package org.senesim.spark;

import org.senesim.report.OutputLocationException;
import org.senesim.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * What the Spark module's entry points (trial, sensitivity, calibrate) share with the CLI: picocli
 * parsing and the exit codes — 0 done, 2 bad input in one line, 1 internal error (the stack trace
 * only with {@code SENESIM_DEBUG} set).
 */
final class EntryPoint {

    /** Bad input an entry point finds itself, before Spark starts. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    private EntryPoint() {
    }

    /**
     * Runs a picocli command and returns its exit code.
     *
     * @param alsoBadInput exceptions besides a located scenario error, {@link BadInput} and an
     *                     unusable output location that are the user's input, not a bug
     */
    static int execute(Object command, String[] args, Class<?>... alsoBadInput) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (badInput(ex, alsoBadInput)) {
                System.err.println("senesim: " + ex.getMessage());
                return 2;
            }
            System.err.println("senesim: internal error: " + ex);
            if (System.getenv("SENESIM_DEBUG") != null) {
                ex.printStackTrace();
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, arguments) -> {
            System.err.println("senesim: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    private static boolean badInput(Exception ex, Class<?>[] also) {
        if (ex instanceof ScenarioException || ex instanceof BadInput || ex instanceof OutputLocationException) {
            return true;
        }
        for (Class<?> c : also) {
            if (c.isInstance(ex)) {
                return true;
            }
        }
        return false;
    }
}
