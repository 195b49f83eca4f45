package org.senesim.report.compare;

import org.senesim.scenario.Scenario;

/** Reaches {@code RunWriter.treatments} from this package's tests. */
final class RunWriterAccess {
    private RunWriterAccess() {
    }

    static String treatments(Scenario s) {
        return org.senesim.report.RunWriter.treatments(s);
    }
}
