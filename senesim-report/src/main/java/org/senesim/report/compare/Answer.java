package org.senesim.report.compare;

import org.senesim.evidence.EvidenceTier;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Course;
import org.senesim.scenario.Evidence;
import org.senesim.run.Headlines;
import org.senesim.report.Counts;
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
            if (seeds > 1) {
                // how many paired differences each column rests on (the organism model's deaths take seeds away)
                List<String> reached = new ArrayList<>(List.of("", "Seeds that reached the age in both arms"));
                for (double age : ages) {
                    int armIndex = a;
                    Headlines.Row r = rows.stream().filter(x -> x.ageYears() == age && !Double.isNaN(x.difference(armIndex)))
                            .findFirst().orElse(null);
                    reached.add(r == null ? "0" : r.pairs()[armIndex] + " of " + seeds);
                }
                body.add(reached);
            }
            List<String> previousCells = null;
            for (Headlines.Quantity q : quantities) {
                List<String> cells = new ArrayList<>();
                Headlines.Row any = rows.stream().filter(x -> x.quantity().equals(q)).findFirst().orElseThrow();
                Counts counts = RowCounts.of(any, rows);
                for (double age : ages) {
                    Headlines.Row r = rows.stream().filter(x -> x.quantity().equals(q) && x.ageYears() == age)
                            .findFirst().orElse(null);
                    cells.add(r == null ? "—" : cell(r, a, seeds, counts));
                }
                // quantities the model makes identical (organs sharing one law) are one row, said so
                if (previousCells != null && previousCells.equals(cells)
                        && body.get(body.size() - 1).get(0).equals(q.category().label())) {
                    List<String> last = body.get(body.size() - 1);
                    last.set(1, last.get(1) + " = " + Html.escape(q.label()));
                    continue;
                }
                String unit = counts.unit();
                List<String> row = new ArrayList<>(List.of(q.category().label(),
                        q.label() + (unit.isEmpty() || q.label().contains(unit) ? "" : " (" + unit + ")")));
                row.replaceAll(Html::escape);
                row.addAll(cells);
                body.add(row);
                previousCells = cells;
            }
            sb.append(table(header, body));
        }
        if (rows.stream().anyMatch(r -> r.quantity().headline() && Double.isNaN(r.values()[r.reference()]))) {
            sb.append("<p class=\"note\">Compared ages that no seed reached alive in both arms are left out "
                    + "(the organism model's deaths are in the chart 'Seeds alive').</p>\n");
        }
        sb.append("<p class=\"note\">How the noise judgement is made: every seed runs every arm with the same random "
                + "numbers, so each seed in which both arms reached the age gives one paired difference (treated minus "
                + "untreated, same person, same noise). A difference is told from run-to-run noise when the 95 % "
                + "confidence interval of the mean paired difference (Student's t, pairs − 1 degrees of freedom) "
                + "excludes 0; <em>no</em> means the seeds cannot separate it from noise; <em>cannot tell</em> means only "
                + "one seed (here ").append(seeds).append(seeds == 1 ? " seed was run; use --replicates)" : " seeds were run)")
                .append(" reached that age with both arms alive. The organism model's deaths leave fewer pairs at late "
                        + "ages, and fewer pairs need a larger difference. Expected counts of rare events (lesions on one "
                        + "person's skin) are given per " + Counts.PEOPLE_WORDS + " people. Weakest tier: of each treatment's best evidence in the "
                        + "catalog, the weakest; the registry numbers behind each effect carry their own tiers, and "
                        + "--tier-cuts shows each outcome with weaker evidence switched off. Model predictions with "
                        + "stated evidence, not medical advice.</p>\n");
        return sb.toString();
    }

    /** A table whose header is text and whose cells are HTML already (escaped where they hold text). */
    private static String table(List<String> header, List<List<String>> body) {
        StringBuilder sb = new StringBuilder("<table class=\"answer\">\n<thead><tr>");
        for (String h : header) {
            sb.append("<th>").append(Html.escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : body) {
            sb.append("<tr>");
            for (String c : row) {
                sb.append("<td>").append(c).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /**
     * The difference first, then the two means it is between (over the seeds that reached the age in
     * both arms, so one minus the other is the difference; the unit is in the row's label), the
     * range of the per-seed differences and the verdict, one per line:
     * {@code +9.9% (+0.0578) / 0.641 vs 0.584 / seeds +0.0521 to +0.0612 / told from noise: yes}.
     */
    private static String cell(Headlines.Row r, int a, int seeds, Counts counts) {
        if (Double.isNaN(r.difference(a))) {
            return "— (no seed reached this age in both arms)";
        }
        String means = Html.escape(counts.value(r.pairedValue(a), 3) + " vs " + counts.value(r.pairedReference()[a], 3));
        if (r.identical(a)) {
            return "no difference<br/>" + means + "<br/>(no treatment yet)";
        }
        StringBuilder sb = new StringBuilder("<strong>").append(Html.escape(difference(r, a, counts))).append("</strong><br/>")
                .append(means);
        if (seeds > 1 && r.pairs()[a] > 1) {
            sb.append("<br/>seeds ").append(Html.escape(counts.signed(r.lowDifference()[a]) + " to "
                    + counts.signed(r.highDifference()[a])));
        }
        return sb.append("<br/>told from noise: ").append(verdict(r, a)).toString();
    }

    /** {@code +9.9% (+0.0578)}; only the absolute difference where a relative one says little. */
    private static String difference(Headlines.Row r, int a, Counts counts) {
        double rel = r.relative(a);
        String abs = counts.signed(r.difference(a));
        // a relative change of a rare event (a reference of almost nothing) says little: show it only
        // where the reference is a clear amount
        return Double.isNaN(rel) || Math.abs(rel) > 10 ? abs : ComparisonWriter.relative(r, a, counts) + " (" + abs + ")";
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
