package org.senesim.planner.simulate;

import org.senesim.observe.TimeSeries;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the planner reads from one simulated life: the outcomes its objectives are written in,
 * each found by column id. An outcome at an age the person did not reach takes the last value
 * before death (a death is no escape from a high burden: burdens are highest at death).
 */
final class LifeOutcomes {

    static final String[] AGED = {"frailty", "organs", "collagen", "elastin"};

    private LifeOutcomes() {
    }

    /** The outcome names for the given ages of interest. */
    static Set<String> names(double[] ages) {
        Set<String> names = new java.util.LinkedHashSet<>(java.util.List.of("senescence", "kc", "ak", "uv"));
        for (double a : ages) {
            for (String n : AGED) {
                names.add(n + "@" + age(a));
            }
        }
        return names;
    }

    static Map<String, Double> read(TimeSeries s, double[] ages) {
        Map<String, Double> out = new LinkedHashMap<>();
        double[] sen = s.column(s.indexOf("senescent_fraction"));
        double sum = 0;
        for (double v : sen) {
            sum += v;
        }
        out.put("senescence", sen.length == 0 ? Double.NaN : sum / sen.length / 100.0);
        out.put("kc", s.last(s.indexOf("carcinoma_cumulative")));
        out.put("uv", mean(s.column(s.indexOf("uv_dose"))));
        out.put("ak", s.last(s.indexOf("actinic_keratoses")));
        for (double a : ages) {
            int row = rowAt(s, a);
            String tag = "@" + age(a);
            out.put("frailty" + tag, s.value(row, s.indexOf("frailty_index")));
            out.put("organs" + tag, (s.value(row, s.indexOf("burden_liver")) + s.value(row, s.indexOf("burden_muscle"))
                    + s.value(row, s.indexOf("burden_brain"))) / 3.0);
            out.put("collagen" + tag, s.value(row, s.indexOf("collagen")));
            out.put("elastin" + tag, s.value(row, s.indexOf("elastin_intact")));
        }
        return out;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return v.length == 0 ? Double.NaN : sum / v.length;
    }

    /** The last row at or before the age (the first row when the series starts later). */
    private static int rowAt(TimeSeries s, double ageYears) {
        int row = 0;
        for (int r = 0; r < s.rows(); r++) {
            if (s.age(r) <= ageYears + 1e-9) {
                row = r;
            }
        }
        return row;
    }

    /** An age as objectives write it: 80, 62.5. */
    static String age(double a) {
        return a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a);
    }
}
