package org.senesim.meanfield;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Person;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.senesim.systemic.Exposures;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.SkinStep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ways the mean-field skin saves passes over its division classes, each against the plain
 * way on the same life (40 years from 35, with the events that touch the classes between sweeps:
 * exosome-like reprogramming, injected burden, a senolytic kill), daily and in weekly strides:
 * <ul>
 *   <li>the classes at and beyond the Hayflick limit lumped into one: the same life up to rounding
 *       (relative 1e-12), while kept apart they do fill past the limit;</li>
 *   <li>the stem cells' daily kills written into the classes by the next sweep instead of at once:
 *       the same life bit for bit.</li>
 * </ul>
 */
class MeanFieldClassesTest {

    private static final ParameterSet P = ParameterRegistry.builtIn().defaults();
    private static final Lattice LATTICE = new Lattice(50, 1, 60, 20);
    private static final int YEARS = 40;

    private static MeanFieldSkin skin(Consumer<MeanFieldSkin> setUp, int strideDays) {
        Person person = new Person(Species.HUMAN, Sex.FEMALE, 35, 2, 45, 1.5, 0, 0, 0, 0, Diet.BALANCED);
        OrganismParameters organism = OrganismModel.builder(P).species(Species.HUMAN).sex(Sex.FEMALE).build().parameters();
        MeanFieldSkin skin = new MeanFieldSkin(P, person, LATTICE, organism, MeanFieldSkin.BloodSasp.registryBackground(P));
        setUp.accept(skin);
        skin.setStrideDays(strideDays);
        skin.start(35);
        return skin;
    }

    /** The life's yearly record: per layer, healthy and senescent occupancy, damage, collagen; and the burden. */
    private static List<double[]> life(MeanFieldSkin skin) {
        List<double[]> years = new ArrayList<>();
        long day = 0;
        for (int y = 0; y < YEARS; y++) {
            for (int d = 0; d < 365; d++, day++) {
                // events between sweeps that read or change the classes
                skin.modifiers().reprogramHazard = y % 5 == 1 && d < 30 ? 0.02 : 0.0;
                if (d == 100 && y % 7 == 3) {
                    skin.addBurden(0.05);
                }
                if (d == 200 && y % 9 == 4) {
                    skin.kill(0.3);
                }
                skin.advance(new SkinStep(1, 0, day, skin.ageYears(), 1.0, 1.0, 1.0, Double.NaN, 0.0,
                        Exposures.REFERENCE, 1.0, 1.0));
            }
            double[] row = new double[4 * LATTICE.nz() + 1];
            for (int z = 0; z < LATTICE.nz(); z++) {
                row[4 * z] = skin.healthyOccupancy(z);
                row[4 * z + 1] = skin.senescentOccupancy(z);
                row[4 * z + 2] = skin.damage(z);
                row[4 * z + 3] = skin.collagen(z);
            }
            row[row.length - 1] = skin.burdenUnits();
            years.add(row);
        }
        return years;
    }

    @Test
    void lumpingTheClassesBeyondTheHayflickLimitChangesOnlyRounding() {
        for (int stride : new int[] {1, 7}) {
            MeanFieldSkin lumped = skin(s -> { }, stride);
            MeanFieldSkin apart = skin(MeanFieldSkin::keepClassesBeyondLimitApart, stride);
            List<double[]> a = life(lumped);
            List<double[]> b = life(apart);
            double worst = 0;
            for (int y = 0; y < YEARS; y++) {
                for (int k = 0; k < a.get(y).length; k++) {
                    double x = a.get(y)[k];
                    double w = b.get(y)[k];
                    worst = Math.max(worst, Math.abs(x - w) / Math.max(Math.abs(w), 1e-300));
                }
            }
            assertThat(worst).as("largest relative difference, stride %d", stride).isLessThan(1e-12);
            // the tail is real: kept apart, cells fill classes past the limit; lumped, none does
            int limit = (int) Math.round(P.get("fibroblast.hayflick_limit"));
            double past = 0;
            double pastLumped = 0;
            for (int z = 0; z < LATTICE.nz(); z++) {
                double[] h = apart.divisionHistogram(z);
                double[] l = lumped.divisionHistogram(z);
                for (int c = limit + 1; c < h.length; c++) {
                    past += h[c];
                    pastLumped += l[c];
                }
            }
            assertThat(past).isGreaterThan(1e-6);
            assertThat(pastLumped).isZero();
        }
    }

    @Test
    void deferringTheStemCellsRemovalToTheNextSweepChangesNoBit() {
        for (int stride : new int[] {1, 7}) {
            List<double[]> deferred = life(skin(s -> { }, stride));
            List<double[]> atOnce = life(skin(s -> s.settleStemRemovalAtOnce = true, stride));
            for (int y = 0; y < YEARS; y++) {
                assertThat(deferred.get(y)).as("year %d, stride %d", y, stride).isEqualTo(atOnce.get(y));
            }
        }
    }
}
