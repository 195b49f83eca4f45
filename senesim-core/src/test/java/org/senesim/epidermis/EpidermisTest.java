package org.senesim.epidermis;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.CellState;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The IGF-1 link (Lewis 2010; Spandau 2012): a senescent papillary dermis lets UV mutations accumulate. */
class EpidermisTest {

    private static final ParameterSet P = ParameterRegistry.builtIn().defaults();
    private static final Lattice LATTICE = new Lattice(40, 1, 20, 20);
    private static final Workers ONE_THREAD = new Workers(1);

    private static Epidermis expose(byte papillaryState, int days) {
        double[] setPoint = new double[LATTICE.nz()];
        Arrays.fill(setPoint, 0.5);
        Epidermis e = new Epidermis(P, LATTICE, setPoint);
        byte[] cells = new byte[LATTICE.size()];
        Arrays.fill(cells, papillaryState);
        e.refreshIgf1(cells);
        for (int d = 0; d < days; d++) {
            e.step(1, d, 0.5, 0.1, ONE_THREAD);
        }
        return e;
    }

    @Test
    void aHealthyDermisProtectsTheEpidermisFromUvMutations() {
        Epidermis healthy = expose(CellState.HEALTHY, 3650);
        Epidermis senescent = expose(CellState.SENESCENT, 3650);
        assertThat(healthy.meanIgf1Response()).isEqualTo(1.0);
        assertThat(senescent.meanIgf1Response()).isZero();
        assertThat(senescent.actinicKeratosesPer100Cm2()).isGreaterThan(5 * healthy.actinicKeratosesPer100Cm2());
        assertThat(senescent.cumulativeCarcinomaPer100Cm2()).isGreaterThan(healthy.cumulativeCarcinomaPer100Cm2());
    }

    private static Epidermis exposeSenescent(double basalUv, int days) {
        double[] setPoint = new double[LATTICE.nz()];
        Arrays.fill(setPoint, 0.5);
        Epidermis e = new Epidermis(P, LATTICE, setPoint);
        byte[] cells = new byte[LATTICE.size()];
        Arrays.fill(cells, CellState.SENESCENT);
        e.refreshIgf1(cells);
        for (int d = 0; d < days; d++) {
            e.step(1, d, basalUv, 0.1, ONE_THREAD);
        }
        return e;
    }

    /**
     * Without UV only the UV-independent damage mutates: far fewer AKs, but not none. With it the
     * dose-response is not a fixed power of the dose (the cube of the hit count would give 8 for a
     * doubling): doubling a low dose, where intrinsic damage still matters, multiplies AKs by less.
     */
    @Test
    void mutationsComeMostlyFromUvAndTheDoseResponseIsNotAFixedPower() {
        int days = 7300;
        double none = exposeSenescent(0.0, days).actinicKeratosesPer100Cm2();
        double low = exposeSenescent(0.05, days).actinicKeratosesPer100Cm2();
        double doubled = exposeSenescent(0.1, days).actinicKeratosesPer100Cm2();
        assertThat(none).isPositive().isLessThan(low / 10);
        assertThat(doubled / low).isGreaterThan(2.0).isLessThan(7.0);
        Epidermis e = exposeSenescent(0.5, days);
        assertThat(e.cumulativeSccPer100Cm2()).isPositive();
        assertThat(e.cumulativeCarcinomaPer100Cm2()).isGreaterThan(e.cumulativeSccPer100Cm2());
    }

    /**
     * Wound-induced IGF-1 (Lewis 2011; Spandau 2012; Travers 2020): two weeks of wound growth factor
     * under a dermis with too few healthy papillary fibroblasts raises the share of units that answer
     * UVB correctly; with the signal gone the induction fades with its mean life.
     */
    @Test
    void woundGrowthFactorInducesIgf1ThatFadesOverMonths() {
        double[] setPoint = new double[LATTICE.nz()];
        Arrays.fill(setPoint, 0.5);
        Epidermis e = new Epidermis(P, LATTICE, setPoint);
        byte[] cells = new byte[LATTICE.size()];
        // every column healthy in every fourth layer: 3 of the 5 expected in the 10 papillary layers, under the threshold
        for (int z = 0; z < LATTICE.nz(); z += 4) {
            Arrays.fill(cells, z * LATTICE.layerSize(), (z + 1) * LATTICE.layerSize(), CellState.HEALTHY);
        }
        e.refreshIgf1(cells);
        double before = e.meanIgf1Response();
        assertThat(before).isLessThan(0.9);
        float[] gf = new float[LATTICE.size()];
        Arrays.fill(gf, 0.2f);
        for (int d = 0; d < 14; d++) {
            e.accumulateGrowthFactor(gf, ONE_THREAD);
        }
        e.refreshIgf1(cells);
        double induced = e.meanIgf1Induction();
        assertThat(induced).isGreaterThan(0.5);
        assertThat(e.meanIgf1Response()).isGreaterThan(before * 1.3);
        float[] none = new float[LATTICE.size()];
        double life = P.get("epidermis.igf1.wound_induction_life");
        for (int d = 0; d < (int) life; d++) {
            e.accumulateGrowthFactor(none, ONE_THREAD);
        }
        e.refreshIgf1(cells);
        assertThat(e.meanIgf1Induction()).isCloseTo(induced * Math.exp(-1), org.assertj.core.api.Assertions.within(0.01));
    }
}
