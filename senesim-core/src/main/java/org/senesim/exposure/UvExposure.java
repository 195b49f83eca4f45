package org.senesim.exposure;

import org.senesim.StateIo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.senesim.evidence.ParameterSet;

/**
 * Daily UV dose of the modelled skin site and its attenuation with depth.
 *
 * <p>Ambient dose: the clear-sky noon UV index from Madronich's formula
 * {@code UVI = a·cos(θ)^b} with θ the noon solar zenith angle at the person's latitude and the
 * day's solar declination, times the mean fraction of that index over outdoor hours (sun angle and
 * cloud), times the hours outdoors, converted to standard erythemal doses (SED). The skin site
 * receives a fraction of ambient (geometry, shade, clothing), reduced by sunscreen where it is
 * used: the protected fraction of time gets {@code 1/SPF_eff}, the SPF at the amount people apply
 * as it wears off over the day.
 *
 * <p>Skin type scales what passes the epidermis (melanin). UVB, weighted to the erythemal
 * spectrum, mostly stops in the epidermis; a fraction reaches the basal layer and decays with an
 * e-folding depth of tens of µm into the dermis. UVA reaches the dermis and decays over a few
 * hundred µm.
 */
public final class UvExposure {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final double MAX_DECLINATION_DEG = 23.44;
    /** Day-of-year offset of the declination sine (Cooper 1969): δ = 23.44°·sin(2π(284 + n)/365). */
    private static final double DECLINATION_PHASE_DAYS = 284.0;
    /** Days after which a simulated day's place in the year repeats exactly: 4 × 365.25. */
    private static final int FOUR_YEARS = 1461;

    private double latitudeRad;
    private double indexScale;
    private double indexExponent;
    private double sedPerUviHour;
    private double dailyMeanFraction;
    private double siteFraction;
    private double outdoorHours;
    private double sunscreenFactor;
    private double skinTransmission;
    private double uvbBasalFraction;
    private double uvbDepthUm;
    private double uvaDermalFraction;
    private double uvaDepthUm;
    /**
     * The noon UV index by simulated day modulo {@link #FOUR_YEARS}, filled as days are first asked
     * for (NaN: not yet). A day's place in the year repeats exactly every four years of 365.25 days,
     * so a 50-year life computes its sun 1,461 times instead of 18,262 and gets the same numbers.
     */
    private double[] noonByDay;

    public UvExposure(ParameterSet p, double latitudeDegrees, double outdoorHoursPerDay,
                      double sunscreenSpf, double sunscreenAdherence, int fitzpatrick) {
        if (fitzpatrick < 1 || fitzpatrick > 6) {
            throw new IllegalArgumentException("Fitzpatrick type must be 1..6, got " + fitzpatrick);
        }
        this.latitudeRad = Math.toRadians(latitudeDegrees);
        this.indexScale = p.get("uv.index_scale");
        this.indexExponent = p.get("uv.index_exponent");
        this.sedPerUviHour = p.get("uv.sed_per_uvi_hour");
        this.dailyMeanFraction = p.get("uv.daily_mean_fraction");
        this.siteFraction = p.get("uv.body_exposed_fraction");
        this.outdoorHours = outdoorHoursPerDay;
        this.sunscreenFactor = sunscreenFactor(sunscreenSpf, sunscreenAdherence,
                p.get("uv.sunscreen.applied_amount") / p.get("uv.sunscreen.label_amount"),
                p.get("uv.sunscreen.day_retention"));
        this.skinTransmission = p.get("uv.transmission.fitzpatrick" + fitzpatrick);
        this.uvbBasalFraction = p.get("uv.uvb.basal_fraction");
        this.uvbDepthUm = p.get("uv.uvb.depth");
        this.uvaDermalFraction = p.get("uv.uva.dermal_fraction");
        this.uvaDepthUm = p.get("uv.uva.depth");
    }

    /**
     * Fraction of dose that gets through sunscreen, averaged over protected and unprotected time. The
     * label SPF is measured at 2 mg/cm²; people apply a fraction of that, and protection falls
     * exponentially with the amount: {@code SPF^(amount/label amount)} (Faurschou & Wulf 2007), so
     * SPF 30 applied at 0.8 mg/cm² protects about as SPF 3.9. One application then wears off over the
     * day with sweat, rubbing and water (Bodekaer 2008): the SPF over a day's outdoor time is that
     * times {@code retention}, never below 1.
     */
    static double sunscreenFactor(double spf, double adherence, double amountShare, double retention) {
        if (spf <= 1 || adherence <= 0) {
            return 1.0;
        }
        double effective = effectiveSpf(spf, amountShare, retention);
        return (1 - adherence) + adherence / effective;
    }

    /** SPF over a day's outdoor time of a label SPF applied at the given share of the label amount. */
    public static double effectiveSpf(double spf, double amountShare, double retention) {
        return Math.max(1.0, effectiveSpf(spf, amountShare) * retention);
    }

    /** Effective SPF, just after application, of a label SPF applied at the given share of the label amount. */
    public static double effectiveSpf(double spf, double amountShare) {
        return spf <= 1 ? 1.0 : StrictMath.pow(spf, amountShare);
    }

    /** Clear-sky noon UV index on a day of the year (0 = 1 January). */
    public double noonUvIndex(double dayOfYear) {
        double declination = Math.toRadians(MAX_DECLINATION_DEG)
                * StrictMath.sin(2 * StrictMath.PI * (DECLINATION_PHASE_DAYS + dayOfYear) / 365.0);
        double cosZenith = StrictMath.cos(latitudeRad - declination);
        if (cosZenith <= 0) {
            return 0.0;
        }
        return indexScale * StrictMath.pow(cosZenith, indexExponent);
    }

    /** Erythemal dose reaching the surface of the modelled skin site on a simulated day, in SED. */
    public double surfaceDoseSed(long simulatedDay) {
        return noonUvIndexOn(simulatedDay) * dailyMeanFraction * outdoorHours * sedPerUviHour
                * siteFraction * sunscreenFactor;
    }

    /** {@link #noonUvIndex} on a simulated day, from the four-year table. */
    private double noonUvIndexOn(long simulatedDay) {
        if (noonByDay == null) {
            noonByDay = new double[FOUR_YEARS];
            java.util.Arrays.fill(noonByDay, Double.NaN);
        }
        int i = (int) Math.floorMod(simulatedDay, (long) FOUR_YEARS);
        double index = noonByDay[i];
        if (Double.isNaN(index)) {
            double dayOfYear = simulatedDay - DAYS_PER_YEAR * Math.floor(simulatedDay / DAYS_PER_YEAR);
            index = noonUvIndex(dayOfYear);
            noonByDay[i] = index;
        }
        return index;
    }

    /** Mean daily surface dose over the year from simulated day 0 (days 0 to 364), SED. */
    public double yearMeanSurfaceDoseSed() {
        double sum = 0;
        for (int d = 0; d < 365; d++) {
            sum += surfaceDoseSed(d);
        }
        return sum / 365;
    }

    /** UVB-weighted dose at the basal epidermal layer for a surface dose, in SED. */
    public double basalDose(double surfaceSed) {
        return surfaceSed * skinTransmission * uvbBasalFraction;
    }

    /**
     * Damage-weighted dose at a depth below the top of the dermis for a surface dose, in SED:
     * the UVB tail plus UVA.
     */
    public double dermalDose(double surfaceSed, double depthUm) {
        double uvb = uvbBasalFraction * StrictMath.exp(-depthUm / uvbDepthUm);
        double uva = uvaDermalFraction * StrictMath.exp(-depthUm / uvaDepthUm);
        return surfaceSed * skinTransmission * (uvb + uva);
    }

    /** Per-layer dermal dose factors (dose per SED at the surface), one per voxel layer. */
    public double[] dermalProfile(int layers, double voxelUm) {
        double[] f = new double[layers];
        for (int z = 0; z < layers; z++) {
            f[z] = dermalDose(1.0, (z + 0.5) * voxelUm);
        }
        return f;
    }

    /**
     * Checkpoint: the exposure in force (a protocol may have changed it since the start). Fields
     * are not final only so that {@link #readState} can restore them.
     */
    public void writeState(DataOutput out) throws IOException {
        StateIo.write(out, new double[] {latitudeRad, indexScale, indexExponent, sedPerUviHour, dailyMeanFraction, siteFraction, outdoorHours, sunscreenFactor, skinTransmission, uvbBasalFraction, uvbDepthUm, uvaDermalFraction, uvaDepthUm});
    }

    public void readState(DataInput in) throws IOException {
        double[] v = new double[13];
        StateIo.read(in, v);
        latitudeRad = v[0];
        indexScale = v[1];
        indexExponent = v[2];
        sedPerUviHour = v[3];
        dailyMeanFraction = v[4];
        siteFraction = v[5];
        outdoorHours = v[6];
        sunscreenFactor = v[7];
        skinTransmission = v[8];
        uvbBasalFraction = v[9];
        uvbDepthUm = v[10];
        uvaDermalFraction = v[11];
        uvaDepthUm = v[12];
        noonByDay = null;   // the latitude and the index's scale may have changed
    }
}
