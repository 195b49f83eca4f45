package org.senesim.tissue;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.matrix.DermalThickness;
import org.senesim.meanfield.MeanFieldObserver;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.observe.Column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * Dermal thickness is its own quantity (issue #11): the volume of collagen, elastic fibres and the
 * water glycosaminoglycans hold, not mean collagen. The patch and the mean-field skin both report it
 * from their own matrix state, by the same formula, and agree.
 */
class DermalThicknessTest {

    private static final Lattice LATTICE = new Lattice(50, 1, 60, 20);
    /** Past the first matrix update, so hyaluronan is at its quasi-steady level, not its seed. */
    private static final int DAYS = 30;

    @Test
    void theYoungReferenceHasTheCalibratedThicknessAndEveryPartCounts() {
        DermalThickness t = new DermalThickness(2.0, 0.4, 0.02, 0.35);
        assertThat(t.mm(1, 1, 0, 1)).isCloseTo(2.0, offset(1e-12));
        // losing all collagen removes its share of the volume; fragments take the volume elastin had
        assertThat(t.mm(0, 1, 0, 1)).isCloseTo(2.0 * 0.6, offset(1e-12));
        assertThat(t.mm(1, 0.5, 0.5, 1)).isCloseTo(2.0, offset(1e-12));
        assertThat(t.mm(1, 1, 0, 0)).isCloseTo(2.0 * 0.65, offset(1e-12));
        assertThatThrownBy(() -> new DermalThickness(2.0, 0.6, 0.05, 0.4))
                .hasMessageContaining("add up to at most 1");
    }

    @Test
    void patchAndMeanFieldReportTheVolumeOfTheirOwnMatrix() {
        ParameterSet p = TissueTestSupport.defaults();
        DermalThickness formula = DermalThickness.of(p);
        TissuePatch patch = TissueTestSupport.run(p, TissueTestSupport.person(20), LATTICE, 3, 1, DAYS);
        double[] patchRow = TissueObserver.observe(patch);
        MeanFieldSkin mf = new MeanFieldSkin(p, TissueTestSupport.person(20), LATTICE);
        for (int d = 0; d < DAYS; d++) {
            mf.step();
        }
        double[] mfRow = MeanFieldObserver.observe(mf);

        double patchMm = expected(formula, patchRow);
        assertThat(value(patchRow, "dermal_thickness")).isCloseTo(patchMm, offset(1e-9));
        assertThat(value(mfRow, "dermal_thickness")).isCloseTo(expected(formula, mfRow), offset(1e-9));
        // not collagen under another name: collagen and hyaluronan are below the young reference, so
        // the thickness is below the calibrated scale by less than collagen alone would say
        assertThat(value(patchRow, "hyaluronan")).isLessThan(1.0);
        assertThat(patchMm).isLessThan(formula.youngMm())
                .isGreaterThan(formula.youngMm() * value(patchRow, "collagen"));
        assertThat(value(mfRow, "dermal_thickness")).isCloseTo(patchMm, withPercentage(5));
        assertThat(TissueObserver.COLUMNS.get(index("dermal_thickness")).unit()).isEqualTo("mm");
    }

    /** The formula on a row's collagen, intact elastin, fragments (from the integrity) and hyaluronan. */
    private static double expected(DermalThickness t, double[] row) {
        double elastin = value(row, "elastin_intact");
        double integrity = value(row, "elastin_integrity");
        double fragments = elastin / integrity - elastin;
        return t.mm(value(row, "collagen"), elastin, fragments, value(row, "hyaluronan"));
    }

    private static double value(double[] row, String id) {
        return row[index(id)];
    }

    private static int index(String id) {
        int i = 0;
        for (Column c : TissueObserver.COLUMNS) {
            if (c.id().equals(id)) {
                return i;
            }
            i++;
        }
        throw new AssertionError("no column " + id);
    }
}
