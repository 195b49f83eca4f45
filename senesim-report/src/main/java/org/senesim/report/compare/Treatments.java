package org.senesim.report.compare;

import org.senesim.report.html.Html;
import org.senesim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The treatments of a single run's protocol, for its report. It reads courses from intervention as
 * the comparison report does, so that a run
 * with a protocol says what was applied, as a comparison does.
 */
public final class Treatments {

    private Treatments() {
    }

    /** The protocol's courses as a list, with their evidence; empty without a protocol. */
    public static String html(Scenario scenario) {
        if (scenario.protocol().isEmpty()) {
            return "";
        }
        org.senesim.scenario.Protocol protocol = scenario.protocol();
        if (protocol.arms().isEmpty() || protocol.arms().get(0).isEmpty()) {
            return "";
        }
        double start = scenario.person().ageYears();
        StringBuilder sb = new StringBuilder("<ul>\n");
        for (org.senesim.scenario.Course c : protocol.arms().get(0).courses()) {
            sb.append("<li>").append(Html.escape(c.describe(start)))
                    .append(c.label().isBlank() ? "" : " — " + Html.escape(c.label())).append("<br/><span class=\"note\">Evidence: ");
            List<String> ev = new ArrayList<>();
            for (org.senesim.scenario.Evidence e : c.entry().evidence()) {
                ev.add(e.tier().id() + ": " + e.cite());
            }
            sb.append(Html.escape(ev.isEmpty() ? "none recorded" : String.join("; ", ev))).append("</span></li>\n");
        }
        sb.append("</ul>\n");
        List<String> repeated = org.senesim.run.Caveats.repeatedSystemicSenolytics(protocol.arms().get(0).courses());
        if (!repeated.isEmpty()) {
            sb.append("<p class=\"note\">").append(Html.escape(org.senesim.run.Caveats.repeatedSenolytics(repeated)))
                    .append("</p>\n");
        }
        return sb.toString();
    }

}
