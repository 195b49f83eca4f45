package org.senesim.tissue;

import org.senesim.observe.Column;
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
    static final String DENSITY = "Fibroblast density";
    static final String STEM = "Stem cells";
    static final String LESIONS = "Actinic keratoses and carcinoma";
    static final String EPIDERMIS = "Epidermis";
    static final String MELANOCYTES = "Senescent melanocytes";
    static final String EXPOSURE = "UV exposure";

    /** Columns in the order {@link #observe} fills them. */
    public static final List<Column> COLUMNS = List.of(
            new Column("senescent_fraction", "Senescent fibroblasts (all dermis)", "%", SENESCENCE),
            new Column("senescent_fraction_papillary", "Senescent fibroblasts, papillary dermis", "%", SENESCENCE),
            new Column("senescent_fraction_upper_reticular", "Senescent fibroblasts, upper reticular dermis", "%", SENESCENCE),
            new Column("senescent_fraction_lower_reticular", "Senescent fibroblasts, lower reticular dermis", "%", SENESCENCE),
            new Column("senescent_residence_days", "Mean residence of a senescent cell", "day", TURNOVER),
            new Column("immune_capacity", "Immune clearance capacity (1 = age 20)", "1", IMMUNE),
            new Column("sasp_mean", "SASP, mean", "cell-eq/voxel", SIGNALS),
            new Column("sasp_max", "SASP, maximum", "cell-eq/voxel", SIGNALS),
            new Column("growth_factor_mean", "Growth factor, mean", "cell-eq/voxel", SIGNALS),
            new Column("collagen", "Collagen (1 = young reference)", "1", MATRIX),
            new Column("elastin_intact", "Intact elastin (1 = young reference)", "1", MATRIX),
            new Column("elastin_integrity", "Elastin integrity, intact / (intact + fragments)", "1", MATRIX),
            new Column("hyaluronan", "Hyaluronic acid (1 = young reference)", "1", MATRIX),
            new Column("dermal_thickness", "Dermal thickness proxy (1 = young reference)", "1", MATRIX),
            new Column("procollagen_per_fibroblast", "Procollagen synthesis per fibroblast (1 = unstressed young cell)", "1", MATRIX),
            new Column("fibroblast_occupancy", "Fibroblasts per voxel", "1", DENSITY),
            new Column("stem_cells", "Stem cells in the patch", "cells", STEM),
            new Column("actinic_keratoses", "Actinic keratoses (expected)", "per 100 cm2", LESIONS),
            new Column("carcinoma_cumulative", "Keratinocyte carcinomas (SCC and BCC) since start (expected)", "per 100 cm2", LESIONS),
            new Column("scc_cumulative", "Squamous cell carcinomas since start (expected)", "per 100 cm2", LESIONS),
            new Column("igf1_response", "Basal units answering UVB correctly (IGF-1)", "1", EPIDERMIS),
            new Column("igf1_induction", "Wound-induced IGF-1 expression of papillary fibroblasts (1 = fully induced)", "1", EPIDERMIS),
            new Column("senescent_melanocytes", "Senescent melanocytes", "%", MELANOCYTES),
            new Column("epidermal_thickness", "Epidermal thickness (1 = no senescent melanocytes)", "1", EPIDERMIS),
            new Column("uv_dose", "Personal UV dose at the skin site", "SED/day", EXPOSURE));

    private static final double PERCENT = 100.0;

    private TissueObserver() {
    }

    /** Fills one time-series row for the patch's current state. */
    public static double[] observe(TissuePatch patch) {
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
        long[] cells = new long[3];
        long[] senescent = new long[3];
        double saspSum = 0;
        double saspMax = 0;
        double gfSum = 0;
        double collagenSum = 0;
        double elastinSum = 0;
        double fragmentSum = 0;
        double haSum = 0;
        double synthesisSum = 0;
        long fibroblasts = 0;
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
        int n = st.length;
        long allCells = cells[0] + cells[1] + cells[2];
        long allSenescent = senescent[0] + senescent[1] + senescent[2];
        double removal = patch.lastClearanceHazard() + patch.rules().apoptosisSenescent;
        double collagen = collagenSum / n;
        double elastin = elastinSum / n;
        return new double[] {
            PERCENT * ratio(allSenescent, allCells),
            PERCENT * ratio(senescent[0], cells[0]),
            PERCENT * ratio(senescent[1], cells[1]),
            PERCENT * ratio(senescent[2], cells[2]),
            removal > 0 ? 1.0 / removal : Double.NaN,
            patch.lastImmuneCapacity(),
            saspSum / n,
            saspMax,
            gfSum / n,
            collagen,
            elastin,
            elastinSum + fragmentSum > 0 ? elastinSum / (elastinSum + fragmentSum) : 1.0,
            haSum / n,
            collagen,
            fibroblasts == 0 ? 0.0 : synthesisSum / fibroblasts,
            fibroblasts / (double) n,
            patch.stemCells().count(),
            patch.epidermis().actinicKeratosesPer100Cm2(),
            patch.epidermis().cumulativeCarcinomaPer100Cm2(),
            patch.epidermis().cumulativeSccPer100Cm2(),
            patch.epidermis().meanIgf1Response(),
            patch.epidermis().meanIgf1Induction(),
            PERCENT * patch.epidermis().senescentMelanocyteFraction(),
            patch.epidermis().epidermalThicknessRelative(),
            patch.lastSurfaceDose(),
        };
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
