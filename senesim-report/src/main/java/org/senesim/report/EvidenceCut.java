package org.senesim.report;

import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterSet;
import org.senesim.report.html.Html;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's parameter section: the evidence cut of the run (which tiers stay on) and every
 * parameter whose value is not the registry default, saying whether the scenario set it or the
 * evidence filter switched it off. Shared by the single-run and the comparison report.
 */
public final class EvidenceCut {

    private EvidenceCut() {
    }

    /** One sentence naming the tier cut and how many parameters it neutralised. */
    public static String describe(EvidenceTier minTier, ParameterSet parameters) {
        if (minTier == null) {
            return "none: effects resting on every evidence tier are on";
        }
        int n = parameters.neutralised().size();
        return "only " + minTier.id() + " and stronger evidence; " + n + " parameter" + (n == 1 ? "" : "s")
                + " resting on weaker evidence set to " + (n == 1 ? "its" : "their") + " neutral value";
    }

    /** HTML: the tier cut, then the table of parameters changed by the scenario or the filter. */
    public static String parametersSection(EvidenceTier minTier, ParameterSet parameters) {
        StringBuilder html = new StringBuilder();
        html.append("<p>Evidence filter: ").append(Html.escape(describe(minTier, parameters))).append(".</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (Parameter p : parameters.registry().all()) {
            ParameterSet.Origin origin = parameters.origin(p.id());
            if (origin != ParameterSet.Origin.REGISTRY) {
                String why = origin == ParameterSet.Origin.EVIDENCE_FILTER ? "evidence filter (neutral value)"
                        : origin == ParameterSet.Origin.SCENARIO ? "scenario" : "sampled";
                rows.add(List.of(p.id(), Numbers.readable(parameters.get(p.id()), 4), p.unit(),
                        Numbers.readable(p.defaultValue(), 4), why, p.tier().id(), p.source()));
            }
        }
        if (rows.isEmpty()) {
            html.append("<p>None: every parameter has its registry default (see scenario.resolved.yaml for all ")
                    .append(parameters.values().size()).append(" values with their sources).</p>\n");
            return html.toString();
        }
        html.append(Html.table(List.of("Parameter", "Value", "Unit", "Default", "Set by", "Evidence tier", "Source"), rows));
        return html.toString();
    }
}
