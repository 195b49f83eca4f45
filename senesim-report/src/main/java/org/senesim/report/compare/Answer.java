package org.senesim.report.compare;

import org.senesim.evidence.EvidenceTier;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Course;
import org.senesim.scenario.Evidence;
import org.senesim.run.Headlines;
import org.senesim.report.Numbers;
import org.senesim.report.html.Html;

import java.util.ArrayList;
import java.util.List;

/**
 * The first thing a comparison's report says: for each arm against the reference (no treatment), the
 * visible and the biological outcomes at the compared ages, with the range over seeds, whether the
 * difference can be told from run-to-run noise (and how that is judged), and the weakest evidence
 * tier the arm's treatments rest on.
 */
final class Answer {

    private Answer() {
    }

    static String html(ComparisonWriter.Input in, List<Headlines.Row> rows) {
        StringBuilder sb = new StringBuilder();
        int reference = in.reference();
        String refName = in.runs().get(reference).arm().label();
        int seeds = in.replicates().size();
        for (int a = 0; a < in.runs().size(); a++) {
            if (a == reference) {
                continue;
            }
            Arm arm = in.runs().get(a).arm();
            EvidenceTier weakest = weakestTier(arm);
            sb.append("<h3>").append(Html.escape(arm.label())).append(" against ").append(Html.escape(refName))
                    .append("</h3>\n<p>Its treatments rest at weakest on evidence of tier <strong>")
                    .append(weakest == null ? "—" : Html.escape(weakest.id())).append("</strong>")
                    .append(weakest == null ? "" : " (" + Html.escape(weakest.meaning()) + ")").append(".</p>\n");
            List<Double> ages = new ArrayList<>();
            List<Headlines.Quantity> quantities = new ArrayList<>();
            for (Headlines.Row r : rows) {
                if (!r.quantity().headline()) {
                    continue;
                }
                boolean reached = !Double.isNaN(r.difference(a));
                if (reached && !ages.contains(r.ageYears())) {
                    ages.add(r.ageYears());
                }
                if (!quantities.contains(r.quantity())) {
                    quantities.add(r.quantity());
                }
            }
            ages.sort(Double::compare);
            List<String> header = new ArrayList<>(List.of("Kind", "Outcome"));
            for (double age : ages) {
                header.add("At " + Numbers.readable(age, 4)); // the heading above names the arm and its reference
            }
            List<List<String>> body = new ArrayList<>();
            List<String> previousCells = null;
            for (Headlines.Quantity q : quantities) {
                List<String> cells = new ArrayList<>();
                for (double age : ages) {
                    Headlines.Row r = rows.stream().filter(x -> x.quantity().equals(q) && x.ageYears() == age)
                            .findFirst().orElse(null);
                    cells.add(r == null ? "—" : cell(r, a, seeds));
                }
                // quantities the model makes identical (organs sharing one law) are one row, said so
                if (previousCells != null && previousCells.equals(cells)
                        && body.get(body.size() - 1).get(0).equals(q.category().label())) {
                    List<String> last = body.get(body.size() - 1);
                    last.set(1, last.get(1) + " = " + q.label());
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(q.category().label(), q.label()));
                row.addAll(cells);
                body.add(row);
                previousCells = cells;
            }
            sb.append(Html.table(header, body));
        }
        if (rows.stream().anyMatch(r -> r.quantity().headline() && Double.isNaN(r.values()[r.reference()]))) {
            sb.append("<p class=\"note\">Compared ages that no seed reached alive in both arms are left out "
                    + "(the organism model's deaths are in the chart 'Seeds alive').</p>\n");
        }
        sb.append("<p class=\"note\">How the noise judgement is made: every seed runs every arm with the same random "
                + "numbers, so each seed gives one paired difference. A difference is told from run-to-run noise when "
                + "the 95 % confidence interval of the mean paired difference (Student's t, seeds − 1 degrees of freedom) "
                + "excludes 0; <em>no</em> means the seeds cannot separate it from noise; <em>cannot tell</em> means only "
                + "one seed (here ").append(seeds).append(seeds == 1 ? " seed was run; use --replicates)" : " seeds were run)")
                .append(" reached that age with both arms alive. Weakest tier: of each treatment's best evidence in the "
                        + "catalog, the weakest; the registry numbers behind each effect carry their own tiers, and "
                        + "--tier-cuts shows each outcome with weaker evidence switched off. Model predictions with "
                        + "stated evidence, not medical advice.</p>\n");
        return sb.toString();
    }

    /** {@code 13.8 vs 19.7 %: −5.82 % (−29.6 %); seeds −11.5 to −0.135; told from noise: yes} */
    private static String cell(Headlines.Row r, int a, int seeds) {
        String unit = r.unit() == null || r.unit().equals("1") ? "" : " " + r.unit();
        StringBuilder sb = new StringBuilder();
        sb.append(Numbers.readable(r.values()[a], 3)).append(" vs ").append(Numbers.readable(r.values()[r.reference()], 3))
                .append(unit).append(": ").append(difference(r, a, unit));
        if (seeds > 1 && r.pairs()[a] > 1) {
            sb.append("; seeds ").append(ComparisonWriter.signed(r.lowDifference()[a])).append(" to ")
                    .append(ComparisonWriter.signed(r.highDifference()[a]));
        }
        return sb.append("; told from noise: ").append(verdict(r, a)).toString();
    }

    private static String difference(Headlines.Row r, int a, String unit) {
        double d = r.difference(a);
        if (Double.isNaN(d)) {
            return "— (no seed reached this age in both arms)";
        }
        double rel = r.relative(a);
        String abs = ComparisonWriter.signed(d) + unit;
        // a relative change of a rare event (a reference of almost nothing) says little: show it only
        // where the reference is a clear amount
        return Double.isNaN(rel) || Math.abs(rel) > 10 ? abs : abs + " (" + ComparisonWriter.relative(r, a) + ")";
    }

    private static String verdict(Headlines.Row r, int a) {
        if (Double.isNaN(r.difference(a))) {
            return "—";
        }
        if (r.pairs()[a] < 2) {
            return "cannot tell";
        }
        return r.withinNoise(a) ? "no" : "yes";
    }

    /** The weakest of the treatments' best evidence tiers; null for an arm without treatment. */
    static EvidenceTier weakestTier(Arm arm) {
        EvidenceTier weakest = null;
        for (Course c : arm.courses()) {
            EvidenceTier best = null;
            for (Evidence e : c.entry().evidence()) {
                if (best == null || e.tier().ordinal() < best.ordinal()) {
                    best = e.tier();
                }
            }
            if (best != null && (weakest == null || best.ordinal() > weakest.ordinal())) {
                weakest = best;
            }
        }
        return weakest;
    }
}
