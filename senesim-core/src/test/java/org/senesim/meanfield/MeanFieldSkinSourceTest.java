package org.senesim.meanfield;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.observe.TimeSeries;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Person;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismColumns;
import org.senesim.systemic.OrganismEvent;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.OrganismRun;
import org.senesim.systemic.SkinStep;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The mean-field skin behind the organism's {@code SkinSource} seam. */
class MeanFieldSkinSourceTest {

    private static final ParameterSet P = ParameterRegistry.builtIn().defaults();
    private static final Lattice LATTICE = new Lattice(50, 1, 60, 20);

    private static Person person(double age) {
        return new Person(Species.HUMAN, Sex.FEMALE, age, 2, 45, 1.5, 0, 0, 0, 0, Diet.BALANCED);
    }

    private static OrganismParameters organism() {
        return OrganismModel.builder(P).species(org.senesim.scenario.Species.HUMAN)
                .sex(org.senesim.scenario.Sex.FEMALE).build().parameters();
    }

    private static MeanFieldSkin skin(MeanFieldSkin.BloodSasp blood) {
        return new MeanFieldSkin(P, person(20), LATTICE, organism(), blood);
    }

    private static SkinStep step(long index, double age, double dtDays, double immune) {
        return new SkinStep(1, 0, index, age, dtDays, 1.0, immune, 1.0, 0.0, Exposures.REFERENCE, 1.0, 1.0);
    }

    /** Advances a year in weekly organism steps and returns the burden at the end. */
    private static double year(MeanFieldSkin skin, double immune) {
        double burden = Double.NaN;
        for (int k = 0; k < 52; k++) {
            burden = skin.advance(step(k, skin.ageYears(), 7.0, immune));
        }
        return burden;
    }

    @Test
    void startAndAdvanceReportTheSenescentFractionInOrganismUnits() {
        MeanFieldSkin skin = skin(MeanFieldSkin.BloodSasp.registryBackground(P));
        OrganismParameters o = organism();
        double start = skin.start(30, 123.0);
        assertThat(skin.ageYears()).isEqualTo(30.0);
        assertThat(start).isCloseTo(o.skinBurdenFromFraction(skin.senescentFraction()), within(1e-12));
        assertThat(skin.senescentFraction()).isCloseTo(P.get("clearance.reference_fraction"), within(1e-12));
        double burden = skin.advance(step(0, 30, 7.0, 1.0));
        assertThat(skin.day()).isEqualTo(7);
        assertThat(burden).isCloseTo(o.skinBurdenFromFraction(skin.senescentFraction()), within(1e-12));
        // steps of non-integer length keep the skin on the organism's clock
        for (int k = 1; k <= 10; k++) {
            skin.advance(step(k, 30 + 7.0 / 365.25 + (k - 1) * 2.5 / 365.25, 2.5, 1.0));
        }
        assertThat(skin.day()).isEqualTo(32);
    }

    @Test
    void lowerImmuneCapacityLeavesMoreSenescentCells() {
        MeanFieldSkin young = skin(MeanFieldSkin.BloodSasp.registryBackground(P));
        MeanFieldSkin weak = skin(MeanFieldSkin.BloodSasp.registryBackground(P));
        assertThat(year(weak, 0.3)).isGreaterThan(1.5 * year(young, 1.0));
    }

    @Test
    void bloodSaspReachesThePatchThroughTheConversion() {
        MeanFieldSkin background = skin(MeanFieldSkin.BloodSasp.registryBackground(P));
        MeanFieldSkin inflamed = skin((organismSasp, age) -> 0.2 * organismSasp);
        assertThat(year(inflamed, 1.0)).isGreaterThan(year(background, 1.0));
    }

    @Test
    void theCouplingsConversionGivesTheRegistryBackgroundAtTheYoungAdultBloodSasp() {
        OrganismModel model = OrganismModel.builder(P).species(org.senesim.scenario.Species.HUMAN)
                .sex(org.senesim.scenario.Sex.FEMALE).build();
        double reference = model.start(11, 0, model.parameters().referenceAge(), 1.0).bloodSasp();
        MeanFieldSkin.BloodSasp conversion = MeanFieldSkin.BloodSasp.asPatchSkin(P, model, 11);
        double background = P.get("field.sasp.blood_background");
        assertThat(conversion.patchUnits(reference, 25)).isCloseTo(background, within(1e-12 * background));
        assertThat(conversion.patchUnits(3 * reference, 70)).isCloseTo(3 * background, within(1e-12 * background));
    }

    @Test
    void addBurdenAndKillMoveSenescentCellsAtOnce() {
        MeanFieldSkin skin = skin(MeanFieldSkin.BloodSasp.registryBackground(P));
        OrganismParameters o = organism();
        double before = skin.senescentFraction();
        double cells = skin.totalOccupancy();
        skin.addBurden(1.0);
        assertThat(skin.senescentFraction()).isCloseTo(before + o.skinFractionFromBurden(1.0), within(1e-12));
        assertThat(skin.totalOccupancy()).isCloseTo(cells, within(1e-12));
        double senescent = skin.senescentFraction() * skin.totalOccupancy();
        skin.kill(0.5);
        assertThat(skin.senescentFraction() * skin.totalOccupancy()).isCloseTo(0.5 * senescent, within(1e-12));
    }

    @Test
    void drivesTheOrganismModelAsItsSkin() {
        OrganismModel model = OrganismModel.builder(P).species(org.senesim.scenario.Species.HUMAN)
                .sex(org.senesim.scenario.Sex.FEMALE).noise(false)
                .skin(MeanFieldSkin.factory(P, person(20), LATTICE, MeanFieldSkin.BloodSasp.registryBackground(P)))
                .build();
        OrganismRun run = model.simulate(7, 20, 30, 7.0,
                List.of(new OrganismEvent.Injection(25, Organ.SKIN, 1e9)));
        TimeSeries series = run.series();
        int fraction = series.indexOf("skin_senescent_fraction");
        int skinBurden = series.indexOf(OrganismColumns.burden(Organ.SKIN));
        double[] ages = series.ages();
        int first = -1;
        for (int r = 0; r < series.rows(); r++) {
            assertThat(series.value(r, fraction)).isBetween(1.0, 20.0);
            if (first < 0 && ages[r] >= 25 - 1e-9) {
                first = r;
            }
        }
        // 1e9 cells into the skin: units/weight organism units at once, and a week later the mean
        // field, which now supplies the skin burden, still carries most of them
        double expected = model.parameters().unitsPerCells(1e9) / model.parameters().weight(Organ.SKIN);
        double before = series.value(first - 1, skinBurden);
        assertThat(series.value(first, skinBurden) - before).isCloseTo(expected, within(0.05 * expected));
        assertThat(series.value(first + 1, skinBurden) - before).isGreaterThan(0.5 * expected);
    }
}
