package org.senesim.matrix;

import org.senesim.evidence.ParameterSet;

/**
 * Dermal thickness as the volume of the dermis over a unit of skin surface: the sum of the volumes
 * of its parts, each scaled by how much of it is left relative to young skin.
 *
 * <pre>
 *   T = T_young · [ φ_C·C + φ_E·(E + F) + φ_H·HA + (1 − φ_C − φ_E − φ_H) ]
 * </pre>
 *
 * {@code C}, {@code E}, {@code F}, {@code HA} are the layer-mean collagen, intact elastin, elastin
 * fragments and hyaluronan, each in units of the young reference (the matrix model's state).
 * {@code φ_C} is the share of the young dermis's volume taken by collagen fibres with the water they
 * hold, {@code φ_E} by elastic fibres (fragments count too: elastotic material stays in the dermis
 * until it is cleared), {@code φ_H} by the interstitial water the glycosaminoglycans, hyaluronan
 * chiefly, hold in the ground substance; the rest (cells, vessels, nerves, adnexa) is held fixed.
 * The formula is linear, so the thickness of layer means (the mean-field skin) equals the mean of
 * per-voxel thicknesses (the patch): both report the same quantity. With every part at the young
 * reference the thickness is {@code T_young}, the one calibrated number.
 *
 * @param youngMm         thickness of a dermis at the young reference, mm
 * @param collagenShare   φ_C
 * @param elastinShare    φ_E
 * @param hyaluronanShare φ_H
 */
public record DermalThickness(double youngMm, double collagenShare, double elastinShare, double hyaluronanShare) {

    public DermalThickness {
        double sum = collagenShare + elastinShare + hyaluronanShare;
        if (collagenShare < 0 || elastinShare < 0 || hyaluronanShare < 0 || sum > 1.0) {
            throw new IllegalArgumentException("matrix.thickness shares must be non-negative and add up to at most 1 (collagen "
                    + collagenShare + " + elastin " + elastinShare + " + hyaluronan " + hyaluronanShare + " = " + sum + ")");
        }
    }

    public static DermalThickness of(ParameterSet p) {
        return new DermalThickness(
                p.get("matrix.thickness.young"),
                p.get("matrix.thickness.collagen_share"),
                p.get("matrix.thickness.elastin_share"),
                p.get("matrix.thickness.hyaluronan_share"));
    }

    /** Thickness in mm for mean collagen, intact elastin, fragments and hyaluronan (young reference = 1 each). */
    public double mm(double collagen, double elastin, double fragments, double hyaluronan) {
        double fixed = 1.0 - collagenShare - elastinShare - hyaluronanShare;
        return youngMm * (collagenShare * collagen + elastinShare * (elastin + fragments)
                + hyaluronanShare * hyaluronan + fixed);
    }
}
