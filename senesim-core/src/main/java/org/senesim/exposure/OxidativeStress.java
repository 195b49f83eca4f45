package org.senesim.exposure;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Diet;

/**
 * Oxidative-stress index from lifestyle: 1 for a non-smoking, non-drinking person on a balanced
 * diet, raised by smoking, alcohol and diet. The tissue uses the excess over 1 to add DNA damage.
 * Smoking is strongly pro-senescent in p16-reporter mice, a high-fat diet is not (Sorrentino 2014),
 * hence the small default for high-fat diet.
 */
public final class OxidativeStress {

    private final double perPackPerDay;
    private final double perDrinkPerWeek;
    private final double westernDiet;
    private final double highFatDiet;
    private final double mediterraneanDiet;

    public OxidativeStress(ParameterSet p) {
        this.perPackPerDay = p.get("exposure.ros.smoking");
        this.perDrinkPerWeek = p.get("exposure.ros.alcohol");
        this.westernDiet = p.get("exposure.ros.western_diet");
        this.highFatDiet = p.get("exposure.ros.high_fat_diet");
        this.mediterraneanDiet = p.get("exposure.ros.mediterranean_diet");
    }

    /** The excess oxidative-stress index over a neutral lifestyle (never below zero). */
    public double excess(double packsPerDay, double drinksPerWeek, Diet diet) {
        double dietTerm = switch (diet) {
            case WESTERN -> westernDiet;
            case HIGH_FAT -> highFatDiet;
            case MEDITERRANEAN -> mediterraneanDiet;
            case BALANCED -> 0.0;
        };
        return Math.max(0.0, packsPerDay * perPackPerDay + drinksPerWeek * perDrinkPerWeek + dietTerm);
    }
}
