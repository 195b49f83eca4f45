package org.senesim.planner.report;

import org.senesim.planner.PlanFront;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.search.Decision;

import java.util.List;
import java.util.Locale;

/**
 * The planner's tables as CSV: every evaluated plan with its decisions and objectives, and the
 * front with each plan in words. Text that a spreadsheet would read as a formula is quoted with a
 * leading apostrophe.
 */
public final class PlanCsv {

    private PlanCsv() {
    }

    /** Every evaluated candidate, in evaluation order. */
    public static String evaluated(PlanFront f) {
        StringBuilder sb = new StringBuilder("index,cut,feasible");
        List<Decision> ds = f.problem().decisions();
        for (Decision d : ds) {
            sb.append(',').append(d.name());
        }
        for (Objective o : f.objectives()) {
            sb.append(',').append(o.name());
        }
        sb.append(",plan\n");
        for (Candidate c : f.result().evaluated()) {
            sb.append(c.index()).append(',').append(cell(f.cut())).append(',').append(c.feasible());
            for (double x : c.decisions()) {
                sb.append(',').append(num(x));
            }
            for (int i = 0; i < f.objectives().size(); i++) {
                sb.append(',').append(num(f.objectives().get(i).readable(c.objective(i))));
            }
            sb.append(',').append(cell(f.problem().space().decode(c.decisions()).describe())).append('\n');
        }
        return sb.toString();
    }

    /** The front: rank, objectives as a person reads them, the plan in words. */
    public static String front(PlanFront f) {
        StringBuilder sb = new StringBuilder("rank,cut");
        for (Objective o : f.objectives()) {
            sb.append(',').append(o.name());
        }
        sb.append(",sessions,plan\n");
        for (int r = 0; r < f.front().size(); r++) {
            Candidate c = f.front().get(r);
            sb.append(r + 1).append(',').append(cell(f.cut()));
            for (int i = 0; i < f.objectives().size(); i++) {
                sb.append(',').append(num(f.objectives().get(i).readable(c.objective(i))));
            }
            sb.append(',').append(f.plans().get(r).sessions()).append(',').append(cell(f.plans().get(r).describe())).append('\n');
        }
        return sb.toString();
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    static String cell(String s) {
        String t = s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return t.contains(",") || t.contains("\"") || t.contains("\n") ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }
}
