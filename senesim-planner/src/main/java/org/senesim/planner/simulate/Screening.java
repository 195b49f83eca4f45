package org.senesim.planner.simulate;

import org.senesim.planner.objective.Objective;
import org.senesim.run.Fidelity;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.TissueSpec;

import java.util.List;
import java.util.Locale;

/**
 * How coarsely the search judges candidate plans before the front is judged again on the daily
 * mean-field skin ({@code --screening}, docs/planner.md "Screening"). A screening fidelity changes
 * the numbers: what it is for is ordering plans, and its error against the daily mean field is
 * measured ({@code screen.ScreeningError}, {@code senesim bench plan --compare N}).
 */
public enum Screening {

    /** No screening: the search judges every plan on the daily mean-field skin itself. */
    MEAN_FIELD("mean-field", 1),
    /**
     * The daily mean-field skin on a grid {@link #COARSE_FACTOR} times coarser (voxel edge ×3 up to
     * {@link #COARSEST_UM}: 60 µm and 20 depth layers for the default 20 µm, 1.2 mm patch). The
     * mean field's day costs about layers × division classes, so a plan costs about half (measured,
     * docs/performance.md); the rules are the patch's per voxel, so absolute figures move (lesions
     * per 100 cm² several-fold, the senescent fraction by about 15 %) while the plans' order
     * mostly holds (Spearman ≥ 0.98 on a sample of plan-35 plans).
     */
    COARSE_DEPTH("coarse-depth", 3),
    /**
     * The coarse grid of {@link #COARSE_DEPTH}, its skin stepped in weekly strides
     * ({@link Fidelity#MEAN_FIELD_WEEKLY}: each day's treatments and inputs gathered, one seven-day
     * step with their means; the organism still daily). A week costs about what a day of the
     * daily mean field costs; the error against the daily mean field is measured
     * ({@code bench plan --compare}, docs/planner.md).
     */
    COARSE_WEEKLY("coarse-weekly", 3);

    /** Times the person file's voxel edge on the coarse screening grid (a numerical choice, measured, not biology). */
    static final int COARSE_FACTOR = 3;
    /** The coarsest voxel edge a scenario may have (the loader's limit), µm. */
    static final double COARSEST_UM = 100.0;

    private final String id;
    private final int factor;

    Screening(String id, int factor) {
        this.id = id;
        this.factor = factor;
    }

    public String id() {
        return id;
    }

    /** The screening in a few words, for a report: "the coarse-depth grid", "the coarse-depth grid in weekly steps". */
    public String description() {
        return switch (this) {
            case MEAN_FIELD -> "the daily mean field";
            case COARSE_DEPTH -> "the coarse-depth grid";
            case COARSE_WEEKLY -> "the coarse-depth grid in weekly steps (coarse-weekly)";
        };
    }

    /**
     * Per objective, the relative difference this screening can vouch for: its scatter against the
     * daily mean field ({@code bench plan --compare 100 --objectives ...}, {@code screen.ScreeningError}),
     * the larger of {@code plan-35} (a 35-year-old woman to 85) and a 50-year-old smoking man to 85,
     * to one significant figure (docs/planner.md, "Thinning the screening front"). Sessions,
     * downtime and fees come from the plan, not the simulation: exact (0). The daily mean field
     * screens nothing: all exact.
     */
    public double[] scatter(List<Objective> objectives) {
        double[] out = new double[objectives.size()];
        for (int j = 0; j < out.length; j++) {
            Objective o = objectives.get(j);
            out[j] = o.simulated() ? scatter(o.name().split("@")[0]) : 0;
        }
        return out;
    }

    private double scatter(String outcome) {
        return switch (this) {
            case MEAN_FIELD -> 0;
            // measured scatter (plan-35 / 50-year-old man), session 21
            case COARSE_DEPTH -> switch (outcome) {
                case "senescence" -> 0.006;   // 0.41 % / 0.57 %
                case "kc" -> 0.06;            // 5.71 / 4.35
                case "ak" -> 0.09;            // 8.06 / 8.66
                case "frailty" -> 0.004;      // 0.43 / 0.13
                case "organs" -> 0.003;       // 0.33 / 0.13
                case "collagen" -> 0.0006;    // 0.06 / 0.04
                case "elastin" -> 0.0002;     // 0.02 / 0.01
                default -> 0;                 // uv: the exposure model, the same on every grid (0.00 / 0.00)
            };
            case COARSE_WEEKLY -> switch (outcome) {
                case "senescence" -> 0.008;   // 0.76 % / 0.51 %
                case "kc" -> 0.04;            // 4.28 / 4.19
                case "ak" -> 0.07;            // 6.13 / 7.22
                case "frailty" -> 0.005;      // 0.47 / 0.17
                case "organs" -> 0.005;       // 0.53 / 0.15
                case "collagen" -> 0.003;     // 0.32 / 0.05
                case "elastin" -> 0.0003;     // 0.03 / 0.01
                default -> 0;                 // uv (0.00 / 0.00)
            };
        };
    }

    /** True when the search's figures are not the daily mean field's and the front is judged again. */
    public boolean screens() {
        return this != MEAN_FIELD;
    }

    /** The screening by its id; an unknown id is an IllegalArgumentException naming the choices. */
    public static Screening parse(String id) {
        for (Screening s : values()) {
            if (s.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("--screening must be mean-field, coarse-depth or coarse-weekly, got '" + id
                + "'. Fix: --screening mean-field (judge every plan on the daily mean field), coarse-depth or coarse-weekly");
    }

    /**
     * The fidelity this screening judges plans on when the search asks for {@code requested}: the
     * weekly mean field in place of the daily one for {@link #COARSE_WEEKLY}, else the requested.
     */
    public Fidelity fidelity(Fidelity requested) {
        return this == COARSE_WEEKLY && requested == Fidelity.MEAN_FIELD ? Fidelity.MEAN_FIELD_WEEKLY : requested;
    }

    /**
     * The scenario as this screening simulates it: the same person, exposures and treatments on the
     * coarser grid. Refuses (IllegalArgumentException) a patch that cannot be coarsened.
     */
    public Scenario apply(Scenario s) {
        if (factor == 1) {
            return s;
        }
        TissueSpec t = s.tissue();
        double voxel = Math.min(t.voxelUm() * factor, COARSEST_UM);
        TissueSpec coarse = new TissueSpec(t.threeD(), t.widthUm(), t.threeD() ? t.lengthUm() : voxel, t.depthUm(), voxel);
        if (voxel <= t.voxelUm() || coarse.nz() < TissueSpec.MIN_VOXELS_PER_AXIS || coarse.nx() < TissueSpec.MIN_VOXELS_PER_AXIS
                || coarse.ny() < (t.threeD() ? TissueSpec.MIN_VOXELS_PER_AXIS : 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--screening %s: the person file's patch (%.0f × %.0f µm, "
                    + "voxel %.0f µm) cannot be made coarser with at least %d voxels per axis. Fix: --screening mean-field, or a "
                    + "finer voxel or a wider patch", id, t.widthUm(), t.depthUm(), t.voxelUm(), TissueSpec.MIN_VOXELS_PER_AXIS));
        }
        return s.withTissue(coarse);
    }
}
