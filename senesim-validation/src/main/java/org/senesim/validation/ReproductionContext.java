package org.senesim.validation;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Scenario;

/** What a {@link Reproduction} gets from the runner. */
public interface ReproductionContext {

    /** Loads a scenario of {@code examples/reproductions/} by file name (errors name that file and line). */
    Scenario scenario(String fileName);

    /** The registry parameters with the scenario's overrides, as {@code senesim run} would use them. */
    default ParameterSet parameters(Scenario scenario) {
        return scenario.parameterSet();
    }

    /** Threads the reproduction may use. */
    int threads();

    /** One line of progress for the console (long reproductions should report every few seconds). */
    void progress(String message);
}
