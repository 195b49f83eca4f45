package org.senesim.meanfield;

import org.senesim.tissue.TissueObserver;

/**
 * Reads the lattice's time-series columns ({@link TissueObserver#COLUMNS}, same ids, units and
 * order) off a {@link MeanFieldSkin}, so a mean-field run and a patch run can be compared column by
 * column. Every column is the expectation of the patch's, with one exception: {@code sasp_max} is the
 * largest layer mean (the mean field has no scatter within a layer).
 */
public final class MeanFieldObserver {

    private static final double PERCENT = 100.0;

    private MeanFieldObserver() {
    }

    /** One row of {@link TissueObserver#COLUMNS} for the skin's current state. */
    public static double[] observe(MeanFieldSkin m) {
        int nz = m.nz;
        double blood = m.bloodSasp() * m.modifiers.bloodSaspFactor;
        int papillaryEnd = Math.min(nz, (int) Math.round(m.rules.papillaryDepthUm() / m.voxelUm));
        int reticularMid = papillaryEnd + (nz - papillaryEnd) / 2;
        double[] cells = new double[3];
        double[] senescent = new double[3];
        double saspMax = 0;
        double synthesis = 0;
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
        double allCells = cells[0] + cells[1] + cells[2];
        double allSenescent = senescent[0] + senescent[1] + senescent[2];
        double removal = m.lastClearance + m.apoptosisSenescent;
        double elastin = mean(m.elastin);
        double fragments = mean(m.fragments);
        double collagen = mean(m.collagen);
        return new double[] {
            PERCENT * ratio(allSenescent, allCells),
            PERCENT * ratio(senescent[0], cells[0]),
            PERCENT * ratio(senescent[1], cells[1]),
            PERCENT * ratio(senescent[2], cells[2]),
            removal > 0 ? 1.0 / removal : Double.NaN,
            m.lastImmune,
            mean(m.sasp) + blood,
            saspMax,
            mean(m.growthFactor),
            collagen,
            elastin,
            elastin + fragments > 0 ? elastin / (elastin + fragments) : 1.0,
            mean(m.hyaluronan),
            collagen,
            allCells > 0 ? synthesis / allCells : 0.0,
            allCells / nz,
            m.stemCells(),
            m.epidermis.actinicKeratosesPer100Cm2(),
            m.epidermis.cumulativeCarcinomaPer100Cm2(),
            m.epidermis.cumulativeSccPer100Cm2(),
            m.epidermis.igf1Response(),
            m.epidermis.igf1Induction(),
            PERCENT * m.melanocyteSenescent,
            m.epidermis.thickness(m.melanocyteSenescent),
            m.lastSurfaceDose,
        };
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
