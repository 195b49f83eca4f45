package org.senesim.tissue;

import org.senesim.lattice.CellState;
import org.senesim.lattice.Lattice;
import org.senesim.observe.Column;
import org.senesim.observe.Reporters;
import org.senesim.observe.Snapshot;

import java.util.List;

/**
 * Reads observables off a tissue patch: what the time series records and what snapshots hold.
 * Everything here is an exact pass over the arrays, done only on observation days.
 */
public final class TissueObserver {

    // Chart groups: columns of one group share a chart, so each group holds one unit.
    static final String SENESCENCE = "Senescent dermal fibroblasts";
    static final String TURNOVER = "Senescent-cell residence";
    static final String IMMUNE = "Immune capacity";
    static final String SIGNALS = "SASP and growth factor";
    static final String MATRIX = "Matrix (relative to young skin)";
    static final String THICKNESS = "Dermal thickness";
    static final String DENSITY = "Fibroblast density";
    static final String STEM = "Stem cells";
    static final String LESIONS = "Actinic keratoses and carcinoma";
    static final String EPIDERMIS = "Epidermis";
    static final String MELANOCYTES = "Senescent melanocytes";
    static final String EXPOSURE = "UV exposure";

    private static final double PERCENT = 100.0;

    /**
     * What one exact pass over the patch's arrays gives the reporters: counts by depth band and sums
     * of the fields and the matrix. Made once per observation day.
     */
    private static final class Pass {
        final TissuePatch patch;
        final long[] cells = new long[3];
        final long[] senescent = new long[3];
        final int n;
        long allCells;
        long allSenescent;
        double saspSum;
        double saspMax;
        double gfSum;
        double collagenSum;
        double elastinSum;
        double fragmentSum;
        double haSum;
        double synthesisSum;
        long fibroblasts;

        Pass(TissuePatch patch) {
            this.patch = patch;
            Lattice lat = patch.lattice();
            Dermis dermis = patch.dermis();
            int layer = lat.layerSize();
            int nz = lat.nz();
            byte[] st = dermis.state;
            float[] sasp = patch.sasp().value();
            float[] gf = patch.growthFactor().value();
            float[] col = patch.matrix().collagen();
            float[] ela = patch.matrix().elastin();
            float[] frag = patch.matrix().fragments();
            float[] ha = patch.matrix().hyaluronan();
            double blood = patch.bloodSaspFelt();
            double ageFactor = patch.matrix().collagenAgeFactor(patch.ageYears());
            int papillaryEnd = Math.min(nz, (int) Math.round(patch.rules().papillaryDepthUm() / lat.voxelUm()));
            int reticularMid = papillaryEnd + (nz - papillaryEnd) / 2;
            for (int i = 0; i < st.length; i++) {
                int z = i / layer;
                double c = sasp[i] + blood;
                saspSum += c;
                if (c > saspMax) {
                    saspMax = c;
                }
                gfSum += gf[i];
                collagenSum += col[i];
                elastinSum += ela[i];
                fragmentSum += frag[i];
                haSum += ha[i];
                byte s = st[i];
                if (s == CellState.EMPTY) {
                    continue;
                }
                int band = z < papillaryEnd ? 0 : z < reticularMid ? 1 : 2;
                cells[band]++;
                fibroblasts++;
                if (s == CellState.SENESCENT) {
                    senescent[band]++;
                } else {
                    synthesisSum += patch.matrix().collagenActivity(ageFactor, c, frag[i]);
                }
            }
            n = st.length;
            allCells = cells[0] + cells[1] + cells[2];
            allSenescent = senescent[0] + senescent[1] + senescent[2];
        }

        double removal() {
            return patch.lastClearanceHazard() + patch.rules().apoptosisSenescent;
        }
    }

    /** The patch's time-series columns, each a named reporter over one {@link Pass}. */
    private static final Reporters<Pass> REPORTERS = Reporters.<Pass>builder()
            .add("senescent_fraction", "Senescent fibroblasts (all dermis)", "%", SENESCENCE,
                    t -> PERCENT * ratio(t.allSenescent, t.allCells))
            .add("senescent_fraction_papillary", "Senescent fibroblasts, papillary dermis", "%", SENESCENCE,
                    t -> PERCENT * ratio(t.senescent[0], t.cells[0]))
            .add("senescent_fraction_upper_reticular", "Senescent fibroblasts, upper reticular dermis", "%", SENESCENCE,
                    t -> PERCENT * ratio(t.senescent[1], t.cells[1]))
            .add("senescent_fraction_lower_reticular", "Senescent fibroblasts, lower reticular dermis", "%", SENESCENCE,
                    t -> PERCENT * ratio(t.senescent[2], t.cells[2]))
            .add("senescent_residence_days", "Mean residence of a senescent cell", "day", TURNOVER,
                    t -> t.removal() > 0 ? 1.0 / t.removal() : Double.NaN)
            .add("immune_capacity", "Immune clearance capacity (1 = age 20)", "1", IMMUNE,
                    t -> t.patch.lastImmuneCapacity())
            .add("sasp_mean", "SASP, mean", "cell-eq/voxel", SIGNALS, t -> t.saspSum / t.n)
            .add("sasp_max", "SASP, maximum", "cell-eq/voxel", SIGNALS, t -> t.saspMax)
            .add("growth_factor_mean", "Growth factor, mean", "cell-eq/voxel", SIGNALS, t -> t.gfSum / t.n)
            .add("collagen", "Collagen (1 = young reference)", "1", MATRIX, t -> t.collagenSum / t.n)
            .add("elastin_intact", "Intact elastin (1 = young reference)", "1", MATRIX, t -> t.elastinSum / t.n)
            .add("elastin_integrity", "Elastin integrity, intact / (intact + fragments)", "1", MATRIX,
                    t -> t.elastinSum + t.fragmentSum > 0 ? t.elastinSum / (t.elastinSum + t.fragmentSum) : 1.0)
            .add("hyaluronan", "Hyaluronic acid (1 = young reference)", "1", MATRIX, t -> t.haSum / t.n)
            .add("dermal_thickness", "Dermal thickness (volume of collagen, elastin and bound water)", "mm", THICKNESS,
                    t -> t.patch.matrix().thickness().mm(t.collagenSum / t.n, t.elastinSum / t.n,
                            t.fragmentSum / t.n, t.haSum / t.n))
            .add("procollagen_per_fibroblast", "Procollagen synthesis per fibroblast (1 = unstressed young cell)", "1",
                    MATRIX, t -> t.fibroblasts == 0 ? 0.0 : t.synthesisSum / t.fibroblasts)
            .add("fibroblast_occupancy", "Fibroblasts per voxel", "1", DENSITY, t -> t.fibroblasts / (double) t.n)
            .add("stem_cells", "Stem cells in the patch", "cells", STEM, t -> t.patch.stemCells().count())
            .add("actinic_keratoses", "Actinic keratoses (expected)", "per 100 cm2", LESIONS,
                    t -> t.patch.epidermis().actinicKeratosesPer100Cm2())
            .add("carcinoma_cumulative", "Keratinocyte carcinomas (SCC and BCC) since start (expected)", "per 100 cm2",
                    LESIONS, t -> t.patch.epidermis().cumulativeCarcinomaPer100Cm2())
            .add("scc_cumulative", "Squamous cell carcinomas since start (expected)", "per 100 cm2", LESIONS,
                    t -> t.patch.epidermis().cumulativeSccPer100Cm2())
            .add("igf1_response", "Basal units answering UVB correctly (IGF-1)", "1", EPIDERMIS,
                    t -> t.patch.epidermis().meanIgf1Response())
            .add("igf1_induction", "Wound-induced IGF-1 expression of papillary fibroblasts (1 = fully induced)", "1",
                    EPIDERMIS, t -> t.patch.epidermis().meanIgf1Induction())
            .add("senescent_melanocytes", "Senescent melanocytes", "%", MELANOCYTES,
                    t -> PERCENT * t.patch.epidermis().senescentMelanocyteFraction())
            .add("epidermal_thickness", "Epidermal thickness (1 = no senescent melanocytes)", "1", EPIDERMIS,
                    t -> t.patch.epidermis().epidermalThicknessRelative())
            .add("uv_dose", "Personal UV dose at the skin site", "SED/day", EXPOSURE, t -> t.patch.lastSurfaceDose())
            .build();

    /** The columns, in row order (the order of {@link #REPORTERS}; readers find them by id). */
    public static final List<Column> COLUMNS = REPORTERS.columns();

    private TissueObserver() {
    }

    /** One time-series row for the patch's current state: every reporter over one pass of its arrays. */
    public static double[] observe(TissuePatch patch) {
        return REPORTERS.row(new Pass(patch));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : a / (double) b;
    }

    /** A snapshot of every per-voxel quantity, as image data. */
    public static Snapshot snapshot(TissuePatch patch) {
        Lattice lat = patch.lattice();
        int n = lat.size();
        float[] cellState = new float[n];
        float[] damage = new float[n];
        byte[] st = patch.dermis().state;
        float[] dmg = patch.dermis().damage;
        float[] stem = new float[n];
        for (int i = 0; i < n; i++) {
            byte s = st[i];
            cellState[i] = s == CellState.EMPTY ? 0f : s == CellState.SENESCENT ? 2f : 1f;
            damage[i] = s == CellState.EMPTY ? 0f : dmg[i];
        }
        for (int pos : patch.stemCells().positions()) {
            stem[pos] += 1f;
        }
        float[] sasp = patch.sasp().value().clone();
        float blood = (float) patch.bloodSaspFelt();
        for (int i = 0; i < n; i++) {
            sasp[i] += blood;
        }
        return new Snapshot(patch.day(), patch.ageYears(), lat.nx(), lat.ny(), lat.nz(), lat.voxelUm())
                .put("cell_state", cellState)
                .put("dna_damage", damage)
                .put("stem_cells", stem)
                .put("sasp", sasp)
                .put("growth_factor", patch.growthFactor().value().clone())
                .put("collagen", patch.matrix().collagen().clone())
                .put("elastin", patch.matrix().elastin().clone())
                .put("elastin_fragments", patch.matrix().fragments().clone())
                .put("hyaluronan", patch.matrix().hyaluronan().clone());
    }
}
