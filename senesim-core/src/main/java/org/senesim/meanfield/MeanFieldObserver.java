package org.senesim.meanfield;

import org.senesim.observe.Reporters;
import org.senesim.tissue.TissueObserver;

import java.util.Map;

/**
 * Reads the lattice's time-series columns ({@link TissueObserver#COLUMNS}, same ids, units and
 * order, each a reporter named by its id) off a {@link MeanFieldSkin}, so a mean-field run and a patch run can be compared column by
 * column. Every column is the expectation of the patch's, with one exception: {@code sasp_max} is the
 * largest layer mean (the mean field has no scatter within a layer).
 */
public final class MeanFieldObserver {

    private static final double PERCENT = 100.0;

    /** One pass over the skin's layers: cells by depth band, the largest SASP, the synthesis. */
    private static final class Pass {
        final MeanFieldSkin m;
        final double[] cells = new double[3];
        final double[] senescent = new double[3];
        final double blood;
        double saspMax;
        double synthesis;
        final double allCells;
        final double allSenescent;

        Pass(MeanFieldSkin m) {
            this.m = m;
            int nz = m.nz;
            blood = m.bloodSasp() * m.modifiers.bloodSaspFactor;
            int papillaryEnd = Math.min(nz, (int) Math.round(m.rules.papillaryDepthUm() / m.voxelUm));
            int reticularMid = papillaryEnd + (nz - papillaryEnd) / 2;
            double ageFactor = m.matrixRates.collagenAgeFactor(m.ageYears());
            for (int z = 0; z < nz; z++) {
                int band = z < papillaryEnd ? 0 : z < reticularMid ? 1 : 2;
                cells[band] += m.healthyTotal[z] + m.senescentTotal[z];
                senescent[band] += m.senescentTotal[z];
                double c = m.sasp[z] + blood;
                saspMax = Math.max(saspMax, c);
                synthesis += m.healthyTotal[z] * ageFactor
                        / ((1.0 + c / m.matrixRates.saspHalf()) * (1.0 + m.fragments[z] / m.matrixRates.fragmentHalfCollagen()));
            }
            allCells = cells[0] + cells[1] + cells[2];
            allSenescent = senescent[0] + senescent[1] + senescent[2];
        }

        double removal() {
            return m.lastClearance + m.apoptosisSenescent;
        }
    }

    /** A reporter for every column of the patch, by the patch's column ids. */
    private static final Reporters<Pass> REPORTERS = Reporters.forColumns(TissueObserver.COLUMNS,
            Map.ofEntries(
                    Map.entry("senescent_fraction", t -> PERCENT * ratio(t.allSenescent, t.allCells)),
                    Map.entry("senescent_fraction_papillary", t -> PERCENT * ratio(t.senescent[0], t.cells[0])),
                    Map.entry("senescent_fraction_upper_reticular", t -> PERCENT * ratio(t.senescent[1], t.cells[1])),
                    Map.entry("senescent_fraction_lower_reticular", t -> PERCENT * ratio(t.senescent[2], t.cells[2])),
                    Map.entry("senescent_residence_days", t -> t.removal() > 0 ? 1.0 / t.removal() : Double.NaN),
                    Map.entry("immune_capacity", t -> t.m.lastImmune),
                    Map.entry("sasp_mean", t -> mean(t.m.sasp) + t.blood),
                    Map.entry("sasp_max", t -> t.saspMax),
                    Map.entry("growth_factor_mean", t -> mean(t.m.growthFactor)),
                    Map.entry("collagen", t -> mean(t.m.collagen)),
                    Map.entry("elastin_intact", t -> mean(t.m.elastin)),
                    Map.entry("elastin_integrity", t -> {
                        double elastin = mean(t.m.elastin);
                        double fragments = mean(t.m.fragments);
                        return elastin + fragments > 0 ? elastin / (elastin + fragments) : 1.0;
                    }),
                    Map.entry("hyaluronan", t -> mean(t.m.hyaluronan)),
                    Map.entry("dermal_thickness", t -> t.m.thickness.mm(mean(t.m.collagen), mean(t.m.elastin),
                            mean(t.m.fragments), mean(t.m.hyaluronan))),
                    Map.entry("procollagen_per_fibroblast", t -> t.allCells > 0 ? t.synthesis / t.allCells : 0.0),
                    Map.entry("fibroblast_occupancy", t -> t.allCells / t.m.nz),
                    Map.entry("stem_cells", t -> t.m.stemCells()),
                    Map.entry("actinic_keratoses", t -> t.m.epidermis.actinicKeratosesPer100Cm2()),
                    Map.entry("carcinoma_cumulative", t -> t.m.epidermis.cumulativeCarcinomaPer100Cm2()),
                    Map.entry("scc_cumulative", t -> t.m.epidermis.cumulativeSccPer100Cm2()),
                    Map.entry("igf1_response", t -> t.m.epidermis.igf1Response()),
                    Map.entry("igf1_induction", t -> t.m.epidermis.igf1Induction()),
                    Map.entry("senescent_melanocytes", t -> PERCENT * t.m.melanocyteSenescent),
                    Map.entry("epidermal_thickness", t -> t.m.epidermis.thickness(t.m.melanocyteSenescent)),
                    Map.entry("uv_dose", t -> t.m.lastSurfaceDose)));

    private MeanFieldObserver() {
    }

    /** One row of {@link TissueObserver#COLUMNS} for the skin's current state, column by column by id. */
    public static double[] observe(MeanFieldSkin m) {
        return REPORTERS.row(new Pass(m));
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0.0 : a / b;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
