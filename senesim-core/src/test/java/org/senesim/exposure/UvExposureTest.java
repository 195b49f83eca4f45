package org.senesim.exposure;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UvExposureTest {

    private static final ParameterSet P = ParameterRegistry.builtIn().defaults();
    private static final int MID_JUNE = 166;
    private static final int MID_DECEMBER = 349;

    private static UvExposure at(double latitude, double spf, double adherence, int type) {
        return new UvExposure(P, latitude, 2, spf, adherence, type);
    }

    @Test
    void noonIndexFollowsTheMadronichFormulaAndTheSeasons() {
        UvExposure north = at(45, 0, 0, 2);
        // Overhead sun gives the formula's scale; clear-sky mid-latitude summer noon gives about 10.
        assertThat(at(23.44, 0, 0, 2).noonUvIndex(MID_JUNE)).isCloseTo(12.5, within(0.2));
        assertThat(north.noonUvIndex(MID_JUNE)).isBetween(9.0, 11.0);
        assertThat(north.noonUvIndex(MID_DECEMBER)).isLessThan(north.noonUvIndex(MID_JUNE) / 4);
        UvExposure south = at(-45, 0, 0, 2);
        assertThat(south.noonUvIndex(MID_DECEMBER)).isGreaterThan(south.noonUvIndex(MID_JUNE));
        assertThat(at(80, 0, 0, 2).noonUvIndex(MID_DECEMBER)).isZero();
    }

    /**
     * The dose is read from a four-year table filled as days come: whichever day fills an entry, a
     * day's dose is the noon index of its place in the year, the same number in any order of asking.
     */
    @Test
    void aDaysDoseIsTheSameNumberWhicheverDayFilledItsPlaceInTheFourYearTable() {
        UvExposure forward = at(-34, 0, 0, 2);
        UvExposure backward = at(-34, 0, 0, 2);
        int days = 60 * 366;
        double[] f = new double[days];
        for (int d = 0; d < days; d++) {
            f[d] = forward.surfaceDoseSed(d);
        }
        for (int d = days - 1; d >= 0; d--) {
            assertThat(backward.surfaceDoseSed(d)).as("day %d", d).isEqualTo(f[d]);
        }
        // and it is the noon index of the day's place in the year, times the day's constant factors
        double factor = f[MID_JUNE] / forward.noonUvIndex(MID_JUNE);
        for (int d : new int[] {0, MID_JUNE, 1461 + 10, 20 * 365 + 7, days - 1}) {
            double dayOfYear = d - 365.25 * Math.floor(d / 365.25);
            assertThat(f[d]).isCloseTo(forward.noonUvIndex(dayOfYear) * factor, within(1e-12));
        }
    }

    @Test
    void sunscreenAndDarkerSkinLowerTheDoseThatGetsIn() {
        double bare = at(45, 0, 0, 2).surfaceDoseSed(MID_JUNE);
        double protectedAlways = at(45, 50, 1, 2).surfaceDoseSed(MID_JUNE);
        double protectedHalf = at(45, 50, 0.5, 2).surfaceDoseSed(MID_JUNE);
        assertThat(protectedAlways).isLessThan(protectedHalf).isLessThan(bare);
        // Real use never reaches the label: SPF 50 applied at the registry's amount (a fraction of the
        // 2 mg/cm² of the test) protects as SPF 50^(amount/2) (Faurschou & Wulf 2007), and one morning
        // application wears off over the day (uv.sunscreen.day_retention, Bodekaer 2008).
        double share = P.get("uv.sunscreen.applied_amount") / P.get("uv.sunscreen.label_amount");
        double retention = P.get("uv.sunscreen.day_retention");
        assertThat(retention).isLessThan(1.0);
        assertThat(bare / protectedAlways).isCloseTo(Math.pow(50, share) * retention, within(1e-9)).isLessThan(10.0);
        assertThat(UvExposure.effectiveSpf(30, 1.0)).isEqualTo(30.0);
        assertThat(UvExposure.effectiveSpf(30, 1.0, 0.5)).isEqualTo(15.0);
        // worn off, a thin layer protects no more than bare skin, and never less
        assertThat(UvExposure.effectiveSpf(2, 0.3, 0.5)).isEqualTo(1.0);
        assertThat(at(45, 0, 0, 6).basalDose(1.0)).isLessThan(at(45, 0, 0, 1).basalDose(1.0));
        assertThatThrownBy(() -> at(45, 0, 0, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doseFallsWithDepthAndUvaReachesDeeperThanUvb() {
        UvExposure uv = at(45, 0, 0, 2);
        double[] profile = uv.dermalProfile(60, 20);
        for (int z = 1; z < profile.length; z++) {
            assertThat(profile[z]).isLessThan(profile[z - 1]);
        }
        // At 1 mm only UVA is left: its e-folding depth is ten times UVB's.
        double deep = uv.dermalDose(1.0, 1000);
        double uvaOnly = P.get("uv.transmission.fitzpatrick2") * P.get("uv.uva.dermal_fraction")
                * Math.exp(-1000 / P.get("uv.uva.depth"));
        assertThat(deep).isCloseTo(uvaOnly, within(1e-6 * uvaOnly + 1e-12));
    }
}
