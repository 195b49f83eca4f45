package org.senesim.tissue;

import org.senesim.lattice.CellState;
import org.senesim.lattice.Lattice;
import org.senesim.parallel.Workers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClearanceAndStemCellTest {

    private static final Lattice LATTICE = new Lattice(30, 1, 30, 20);

    @Test
    void clearanceSaturatesWithBurdenSoTurnoverSlowsDown() {
        FibroblastRules rules = new FibroblastRules(TissueTestSupport.defaults());
        double young = rules.clearanceHazard(1.0, 1.0);
        double old = rules.clearanceHazard(0.6, 5.0);
        assertThat(1 / young).isLessThan(14);
        assertThat(1 / old).isGreaterThan(3 * (1 / young));
    }

    @Test
    void weakerImmuneClearanceLeavesMoreSenescentCells() {
        TissuePatch strong = TissueTestSupport.run(TissueTestSupport.defaults(), TissueTestSupport.person(40),
                new Lattice(60, 1, 60, 20), 4, 1, 3 * 365);
        TissuePatch weak = TissueTestSupport.run(TissueTestSupport.with(Map.of("organism.clearance.beta", 0.07)),
                TissueTestSupport.person(40), new Lattice(60, 1, 60, 20), 4, 1, 3 * 365);
        assertThat(weak.dermis().senescentCount()).isGreaterThan(strong.dermis().senescentCount());
    }

    @Test
    void stemCellsNextToSenescentCellsKillOrReprogramThem() {
        Map<String, Double> certain = Map.of("stem.kill_probability", 0.6, "stem.reprogram_probability", 0.4,
                "stem.move_probability", 0.1);
        try (Workers w = new Workers(1)) {
            TissuePatch patch = new TissuePatch(TissueTestSupport.with(certain), TissueTestSupport.person(40), LATTICE, 2, w);
            Dermis dermis = patch.dermis();
            StemCells stem = patch.stemCells();
            int centre = LATTICE.index(15, 0, 15);
            dermis.setState(centre, CellState.SENESCENT, 1, 0);
            stem.add(centre);
            float[] gf = new float[LATTICE.size()];
            stem.step(2, 1, 40, dermis, new float[LATTICE.size()], gf, 1f);
            assertThat(dermis.state()[centre]).isNotEqualTo(CellState.SENESCENT);
            assertThat(stem.killedToday() + stem.reprogrammedToday()).isGreaterThanOrEqualTo(1);
            assertThat(gf).contains(1f);
        }
    }

    @Test
    void stemCellNumberFallsWithAge() {
        StemCells stem = new StemCells(TissueTestSupport.defaults(), new Lattice(50, 50, 60, 20));
        assertThat(stem.target(70)).isLessThan(stem.target(20) / 3);
    }
}
