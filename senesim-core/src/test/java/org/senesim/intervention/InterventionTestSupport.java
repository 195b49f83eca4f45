package org.senesim.intervention;

import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.Headlines;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.scenario.Protocol;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;

import java.util.List;

/** Scenarios from text and comparisons run on them, for the intervention tests. */
final class InterventionTestSupport {

    private InterventionTestSupport() {
    }

    static Scenario scenario(String yaml) {
        return ScenarioLoader.parse(yaml, "test.yaml");
    }

    static ParameterSet defaults() {
        return ParameterRegistry.builtIn().defaults();
    }

    /** Runs every arm of the scenario's protocol (no-treatment first for a protocol without arms). */
    static List<ArmRun> compare(Scenario s, int threads) {
        Protocol protocol = s.protocol();
        ParameterSet p = ParameterSet.of(ParameterRegistry.builtIn(), s.parameterOverrides());
        return new ArmsDesign(s, protocol.comparisonArms(), p, 1).run(new LocalExecutor(threads), Simulator.patch()).get(0);
    }

    static double at(ArmRun run, String column, double age) {
        TimeSeries ts = run.result().series();
        return Headlines.valueAt(ts, ts.indexOf(column), age);
    }

    static double last(ArmRun run, String column) {
        TimeSeries ts = run.result().series();
        return ts.last(ts.indexOf(column));
    }
}
