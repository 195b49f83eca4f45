package org.senesim.validation.tissue;

import org.senesim.scenario.Catalog;
import org.senesim.run.ArmRun;
import org.senesim.scenario.Kind;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.Units;
import org.senesim.validation.Reproduction;
import org.senesim.validation.ReproductionContext;
import org.senesim.validation.ReproductionException;
import org.senesim.validation.ReproductionRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device review: every energy-based device class studied lowered markers of cellular senescence
 * (Kelm, Murphrey et al. 2025, 23 studies), and the pulsed dye laser alone did not lower actinic
 * keratoses (Alexiades-Armenakas and Geronemus 2003).
 *
 * <p>{@code device-review.yaml}: a 58-year-old, one session of each energy-based device of the
 * catalog at 60 at its typical settings, each against the same person untreated (same seeds); the
 * figure of a device is the relative change of the senescent fibroblast fraction averaged over
 * days {@value #FROM_DAY}–{@value #TO_DAY} after the session (the studies sampled weeks to months after
 * treatment). Every device of the catalog must have an arm: a device added to the catalog without one
 * stops the reproduction. {@code device-review-ak.yaml}: the AK-trial person treated with the pulsed dye
 * laser at 65, AKs six months later against no treatment.
 */
public final class DeviceReview implements Reproduction {

    static final String UNTREATED = "untreated";
    static final String FILE = "device-review.yaml";
    static final String AK_FILE = "device-review-ak.yaml";
    static final String PULSED_DYE = "pulsed-dye-595";
    static final double SESSION_AGE = 60;
    /** Age of the pulsed dye session of {@code device-review-ak.yaml}. */
    static final double AK_SESSION_AGE = 65;
    static final int FROM_DAY = 7;
    static final int TO_DAY = 90;
    /** Six months after the pulsed dye session at 65, ± about two weeks. */
    static final double[] SIX_MONTHS = {65.46, 65.55};

    @Override
    public String name() {
        return "device-review";
    }

    @Override
    public String title() {
        return "Device review: every energy-based device lowers senescent fibroblasts; pulsed dye alone does not lower AKs";
    }

    @Override
    public Map<String, Double> run(ReproductionContext context) {
        Scenario markers = context.scenario(FILE);
        TissueFigures.requireSessionsAt(markers, SESSION_AGE, FILE);
        Scenario ak = context.scenario(AK_FILE);
        TissueFigures.requireSessionsAt(ak, AK_SESSION_AGE, AK_FILE);
        List<List<ArmRun>> runs = TissueRuns.compare(context, markers, "one session of each device at 60");
        checkEveryDevice(runs);
        List<List<ArmRun>> akRuns = TissueRuns.compare(context, ak, "pulsed dye laser at 65, AKs");
        Map<String, Double> out = markerFigures(runs);
        out.put("pulsed_dye_actinic_keratoses_change_6_months", TissueFigures.relativeChange(akRuns,
                TissueFigures.arm(akRuns, PULSED_DYE, AK_FILE), TissueFigures.arm(akRuns, UNTREATED, AK_FILE), "actinic_keratoses",
                SIX_MONTHS[0], SIX_MONTHS[1]));
        return out;
    }

    /** One figure per treated arm: {@code senescent_change_<arm, dashes as underscores>}. */
    static Map<String, Double> markerFigures(List<List<ArmRun>> runs) {
        int u = TissueFigures.arm(runs, UNTREATED, FILE);
        double from = SESSION_AGE + FROM_DAY / Units.DAYS_PER_YEAR;
        double to = SESSION_AGE + TO_DAY / Units.DAYS_PER_YEAR;
        Map<String, Double> out = new LinkedHashMap<>();
        List<ArmRun> first = runs.get(0);
        for (int a = 0; a < first.size(); a++) {
            if (a == u) {
                continue;
            }
            String id = "senescent_change_" + first.get(a).arm().name().replace('-', '_');
            out.put(id, TissueFigures.relativeChange(runs, a, u, "senescent_fraction", from, to));
        }
        return out;
    }

    /** Every energy-based device of the catalog has an arm named after it. */
    static void checkEveryDevice(List<List<ArmRun>> runs) {
        List<String> missing = new ArrayList<>();
        for (String device : Catalog.builtIn().ids(Kind.DEVICE)) {
            boolean found = false;
            for (ArmRun run : runs.get(0)) {
                found |= run.arm().name().equals(device);
            }
            if (!found) {
                missing.add(device);
            }
        }
        if (!missing.isEmpty()) {
            throw new ReproductionException(ReproductionRunner.FOLDER_LABEL + FILE, 0, "the protocol has no arm for "
                    + String.join(", ", missing) + ". Fix: add one (named after the device) and its figure to"
                    + " device-review.published.yaml");
        }
    }
}
