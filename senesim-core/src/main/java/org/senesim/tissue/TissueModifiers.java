package org.senesim.tissue;

/**
 * Day-by-day multipliers that treatments and the organism put on the patch's processes. All start
 * neutral; whoever schedules an intervention sets them before a day and resets them when its effect
 * ends. The patch reads them each day and never changes them.
 */
public final class TissueModifiers {

    /** Multiplies immune clearance of senescent cells (recruitment after a wound: above 1). */
    public double clearanceMultiplier = 1.0;
    /** Extra removal hazard of senescent fibroblasts per day (senolytic drugs, cells). */
    public double senescentKillHazard = 0.0;
    /** Hazard per day that a senescent fibroblast is reprogrammed to a non-secreting healthy state (exosomes). */
    public double reprogramHazard = 0.0;
    /** Multiplies SASP secretion (senomorphics, photobiomodulation: below 1). */
    public double saspSecretionFactor = 1.0;
    /** Multiplies matrix synthesis of healthy fibroblasts (photobiomodulation, remodelling). */
    public double synthesisMultiplier = 1.0;
    /** Multiplies the blood SASP background the patch sees (cryotherapy: below 1). */
    public double bloodSaspFactor = 1.0;
    /** Multiplies the clearance of elastin fragments (wound remodelling: above 1). */
    public double fragmentClearanceMultiplier = 1.0;
    /** Extra senescence hazard of healthy fibroblasts per day (off-target drug toxicity). */
    public double extraSenescenceHazard = 0.0;

    /** Sets every modifier back to neutral. */
    public void reset() {
        clearanceMultiplier = 1.0;
        senescentKillHazard = 0.0;
        reprogramHazard = 0.0;
        saspSecretionFactor = 1.0;
        synthesisMultiplier = 1.0;
        bloodSaspFactor = 1.0;
        fragmentClearanceMultiplier = 1.0;
        extraSenescenceHazard = 0.0;
    }
}
