package org.senesim.report.compare;

import org.senesim.evidence.EvidenceTier;
import org.senesim.run.Headlines;
import org.senesim.report.Numbers;
import org.senesim.report.html.Html;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline outcomes of a comparison at each evidence cut: the same arms, person and seeds run
 * with the parameters of each weaker tier set to their neutral value, so a reader sees how much of
 * a predicted benefit rests on weak evidence. The cut at {@code expert-opinion} keeps every tier.
 * A single run ({@code senesim run --tier-cuts}) is a comparison of one arm: its table shows each
 * headline outcome per cut, with no differences.
 */
public final class TierCuts {

    /** File of a run folder holding every cut, quantity, age and arm. */
    public static final String CSV = "tier-cuts.csv";

    /**
     * One cut.
     *
     * @param tier        weakest tier kept
     * @param neutralised how many parameters the cut set to their neutral value
     * @param rows        the difference table of the comparison run at this cut
     */
    public record Cut(EvidenceTier tier, int neutralised, List<Headlines.Row> rows) {
    }

    private TierCuts() {
    }

    /** Column heading of a cut. */
    static String heading(Cut c) {
        return c.tier() == EvidenceTier.EXPERT_OPINION ? "all tiers" : c.tier().id() + "+";
    }

    /** Column heading of a cut in the console, at most 11 characters. */
    static String shortHeading(Cut c) {
        return switch (c.tier()) {
            case HUMAN_OBSERVATIONAL -> "human-obs+";
            case MECHANISTIC -> "mechanist.+";
            default -> heading(c);
        };
    }

    /** The last compared age: the cut table shows that one (the CSV has every age). */
    static double lastAge(List<Cut> cuts) {
        double last = Double.NEGATIVE_INFINITY;
        for (Headlines.Row r : cuts.get(0).rows()) {
            last = Math.max(last, r.ageYears());
        }
        return last;
    }

    /**
     * Table rows: per headline quantity, the reference arm's value, then each other arm's
     * difference from it (relative, or absolute where the reference is 0), at the last compared
     * age, one column per cut. {@code ~} marks a difference within run-to-run noise.
     */
    public static List<List<String>> table(List<Cut> cuts, List<String> armNames, int reference) {
        List<List<String>> out = new ArrayList<>();
        List<String> count = new ArrayList<>(List.of("Parameters set to neutral"));
        for (Cut c : cuts) {
            count.add(Integer.toString(c.neutralised()));
        }
        out.add(count);
        double age = lastAge(cuts);
        List<Headlines.Row> first = cuts.get(0).rows();
        for (int i = 0; i < first.size(); i++) {
            Headlines.Row r0 = first.get(i);
            if (!r0.quantity().headline() || r0.ageYears() != age) {
                continue;
            }
            String label = armNames.size() == 1 ? r0.quantity().label() + unit(r0.quantity().label(), r0.unit())
                    : r0.quantity().label() + ", " + armNames.get(reference);
            List<String> ref = new ArrayList<>(List.of(label));
            for (Cut c : cuts) {
                ref.add(Numbers.readable(c.rows().get(i).values()[reference], 3));
            }
            out.add(ref);
            for (int arm = 0; arm < armNames.size(); arm++) {
                if (arm == reference) {
                    continue;
                }
                List<String> diff = new ArrayList<>(List.of("  " + armNames.get(arm) + " vs " + armNames.get(reference)));
                for (Cut c : cuts) {
                    diff.add(difference(c.rows().get(i), arm));
                }
                out.add(diff);
            }
        }
        return out;
    }

    /** {@code " (%)"}, or nothing for a dimensionless unit or one the label already names. */
    private static String unit(String label, String unit) {
        return unit == null || unit.isBlank() || unit.equals("1") || label.contains(unit) ? "" : " (" + unit + ")";
    }

    static String difference(Headlines.Row r, int arm) {
        double d = r.difference(arm);
        if (Double.isNaN(d)) {
            return "—";
        }
        String mark = r.withinNoise(arm) ? "~" : r.oneSeedOnly(arm) ? "?" : "";
        double rel = r.relative(arm);
        return mark + (Double.isNaN(rel) || Double.isInfinite(rel) ? ComparisonWriter.signed(d) : ComparisonWriter.percent(rel));
    }

    /** The report section. */
    public static String html(List<Cut> cuts, List<String> armNames, int reference) {
        List<String> header = new ArrayList<>(List.of("At age " + Numbers.readable(lastAge(cuts), 4)));
        for (Cut c : cuts) {
            header.add(heading(c));
        }
        if (armNames.size() == 1) {
            return "<p>The same person and seed run again with every parameter resting on evidence weaker than the "
                    + "column's tier set to its neutral value (\"rct+\": only randomised trials; \"all tiers\": nothing "
                    + "switched off). Where an outcome moves towards the left, that much of it rests on weak evidence; "
                    + "every age is in " + CSV + ".</p>\n" + Html.table(header, table(cuts, armNames, reference));
        }
        return "<p>The same arms, person and seeds run again with every parameter resting on evidence weaker than "
                + "the column's tier set to its neutral value (\"rct+\": only randomised trials; \"all tiers\": nothing "
                + "switched off). Where a benefit shrinks to nothing towards the left, it rests on weak evidence. "
                + "~ marks a difference within run-to-run noise; every age is in " + CSV + ".</p>\n"
                + Html.table(header, table(cuts, armNames, reference));
    }

    /** Plain-text table for the console. */
    public static String text(List<Cut> cuts, List<String> armNames, int reference) {
        int label = 46;
        int cell = 12;
        StringBuilder sb = new StringBuilder();
        sb.append("Headline outcomes at each evidence cut, age ").append(Numbers.readable(lastAge(cuts), 4))
                .append(" (tier+ = parameters resting on weaker evidence set to neutral; all tiers = nothing switched off):\n");
        StringBuilder h = new StringBuilder(pad("", label));
        for (Cut c : cuts) {
            h.append(pad(shortHeading(c), cell));
        }
        sb.append(h.toString().stripTrailing()).append('\n');
        for (List<String> row : table(cuts, armNames, reference)) {
            StringBuilder line = new StringBuilder(pad(trim(row.get(0), label - 1), label));
            for (int k = 1; k < row.size(); k++) {
                line.append(pad(row.get(k), cell));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** CSV: tier, neutralised, quantity, age, arm, value, difference from the reference. */
    public static String csv(List<Cut> cuts, List<String> armNames) {
        StringBuilder sb = new StringBuilder("min_tier,neutralised,quantity,age,arm,value,difference\n");
        for (Cut c : cuts) {
            for (Headlines.Row r : c.rows()) {
                for (int arm = 0; arm < armNames.size(); arm++) {
                    sb.append(c.tier().id()).append(',').append(c.neutralised()).append(',')
                            .append(r.quantity().id()).append(',').append(Numbers.exact(r.ageYears())).append(',')
                            .append(org.senesim.report.Csv.field(armNames.get(arm))).append(',').append(Numbers.exact(r.values()[arm])).append(',')
                            .append(Numbers.exact(r.difference(arm))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String trim(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

}
