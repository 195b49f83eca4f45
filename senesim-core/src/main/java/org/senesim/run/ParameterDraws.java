package org.senesim.run;

import org.senesim.evidence.ParameterSet;

/**
 * The parameter values replicate {@code k} of a design lives with: the nominal set for every
 * replicate ({@link #NOMINAL}), or a draw from the registry ranges or a calibrated posterior, so
 * that replicates carry parameter uncertainty as well as chance. A draw depends only on the nominal
 * set and {@code k}, never on the order runs are computed in.
 */
@FunctionalInterface
public interface ParameterDraws {

    /** Every replicate uses the nominal values. */
    ParameterDraws NOMINAL = (nominal, k) -> nominal;

    /** The values of replicate {@code k} (0-based). */
    ParameterSet draw(ParameterSet nominal, int k);
}
